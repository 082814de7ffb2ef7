#include "analysis/SuppressionNetwork.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sna {

int SuppressionNetwork::add(qint64 value, const DisclosureRule& rule, bool expendable)
{
    m_cells.append(Cell{DisclosureControl::control(value, rule), false, rule, expendable});
    return int(m_cells.size() - 1);
}

int SuppressionNetwork::addImplicit(qint64 value, const DisclosureRule& rule)
{
    m_cells.append(Cell{DisclosureControl::control(value, rule), true, rule});
    return int(m_cells.size() - 1);
}

void SuppressionNetwork::addRelation(const QList<int>& parts, int total)
{
    if (total < 0)
        return;
    Relation relation{parts, total};
    qint64 sum = 0;
    for (int part : parts)
        sum += m_cells[part].count.trueValue;
    const qint64 rest = m_cells[total].count.trueValue - sum;
    if (rest != 0) {
        // The parts leave something out: that remainder is a figure a reader can work out.
        // It follows the strictest rule among the relation's figures.
        DisclosureRule rule = m_cells[total].rule;
        for (int part : parts) {
            rule.suppressUpTo = std::max(rule.suppressUpTo, m_cells[part].rule.suppressUpTo);
            rule.roundTo = std::max(rule.roundTo, m_cells[part].rule.roundTo);
        }
        m_cells.append(Cell{DisclosureControl::control(std::abs(rest), rule), true, rule});
        m_cells.last().count.trueValue = rest;
        relation.parts.append(int(m_cells.size() - 1));
    }
    m_relations.append(relation);
}

int SuppressionNetwork::hiddenCount() const
{
    return int(std::count_if(m_cells.begin(), m_cells.end(),
                             [](const Cell& c) { return !c.implicit && c.count.suppressed(); }));
}

// Hides one more figure of a relation: an unprinted remainder, then the smallest shown part
// that is not zero, then any shown part, then the total.
bool SuppressionNetwork::showsExpendable(const Relation& relation) const
{
    const QList<int> members = relation.members();
    return std::any_of(members.begin(), members.end(), [&](int m) {
        return m_cells[m].expendable && !m_cells[m].count.suppressed();
    });
}

void SuppressionNetwork::hideAnotherIn(const Relation& relation)
{
    // The smallest shown figure among those `eligible`.
    const auto smallest = [&](const QList<int>& candidates, auto eligible) {
        int choice = -1;
        for (int member : candidates) {
            const ControlledCount& c = m_cells[member].count;
            if (c.suppressed() || !eligible(m_cells[member]))
                continue;
            if (choice < 0 || std::abs(c.trueValue) < std::abs(m_cells[choice].count.trueValue))
                choice = member;
        }
        return choice;
    };
    // First a figure nobody prints (a remainder; a seasonal sum, printed only as an average):
    // hiding it costs the reader least. Then an expendable figure, part or total; then the
    // smallest shown part that is not zero, any shown part, and last the total.
    int choice = smallest(relation.members(), [](const Cell& c) { return c.implicit; });
    if (choice < 0)
        choice = smallest(relation.members(), [](const Cell& c) { return c.expendable; });
    if (choice < 0)
        choice = smallest(relation.parts, [](const Cell& c) { return c.count.trueValue != 0; });
    if (choice < 0)
        choice = smallest(relation.parts, [](const Cell&) { return true; });
    if (choice < 0 && !m_cells[relation.total].count.suppressed())
        choice = relation.total;
    if (choice >= 0)
        m_cells[choice].count.state = ControlledCount::State::SecondarySuppressed;
}

bool SuppressionNetwork::lineRule()
{
    bool changed = false;
    bool again = true;
    while (again) {
        again = false;
        for (const Relation& relation : std::as_const(m_relations)) {
            // Only a small count needs protecting: a figure hidden to protect another may be
            // worked out as long as no small count can (the linear rule checks that).
            int hiddenMembers = 0;
            bool primary = false;
            for (int member : relation.members()) {
                const ControlledCount& c = m_cells[member].count;
                hiddenMembers += c.suppressed() ? 1 : 0;
                primary = primary || c.state == ControlledCount::State::PrimarySuppressed;
            }
            if (hiddenMembers == 1 && primary) {
                hideAnotherIn(relation);
                again = changed = true;
            }
        }
    }
    return changed;
}

// Finds hidden figures that the system of sums determines although every sum has two or more
// hidden entries (a + b known and a + c known and b + c known gives all three), and hides
// another figure of a sum holding each.
bool SuppressionNetwork::linearRule()
{
    // Hidden figures, grouped by the relations that join them (union-find).
    QList<int> hiddenCells;
    QHash<int, int> column;
    for (int i = 0; i < int(m_cells.size()); ++i) {
        if (m_cells[i].count.suppressed()) {
            column.insert(i, int(hiddenCells.size()));
            hiddenCells.append(i);
        }
    }
    if (hiddenCells.isEmpty())
        return false;
    QList<int> parent(hiddenCells.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    QList<QList<int>> relationColumns(m_relations.size());
    for (int r = 0; r < int(m_relations.size()); ++r) {
        for (int member : m_relations[r].members()) {
            if (column.contains(member))
                relationColumns[r].append(column.value(member));
        }
        for (int i = 1; i < relationColumns[r].size(); ++i)
            parent[find(relationColumns[r][i])] = find(relationColumns[r][0]);
    }
    QHash<int, QList<int>> groups; // root → relations touching it
    for (int r = 0; r < int(m_relations.size()); ++r) {
        if (!relationColumns[r].isEmpty())
            groups[find(relationColumns[r][0])].append(r);
    }
    QList<int> determined;
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        const QList<int>& relations = g.value();
        QList<int> columns; // hidden cells of the group
        QHash<int, int> local;
        for (int r : relations) {
            for (int c : relationColumns[r]) {
                if (!local.contains(c)) {
                    local.insert(c, int(columns.size()));
                    columns.append(c);
                }
            }
        }
        const int rows = int(relations.size());
        const int cols = int(columns.size());
        // Coefficients of the hidden figures: +1 for a part, −1 for the total.
        std::vector<double> a(size_t(rows) * size_t(cols), 0.0);
        for (int i = 0; i < rows; ++i) {
            const Relation& relation = m_relations[relations[i]];
            for (int part : relation.parts) {
                if (column.contains(part))
                    a[size_t(i) * cols + local.value(column.value(part))] += 1;
            }
            if (column.contains(relation.total))
                a[size_t(i) * cols + local.value(column.value(relation.total))] -= 1;
        }
        // Reduced row echelon form with partial pivoting.
        QList<int> pivotColumnOfRow;
        int row = 0;
        for (int c = 0; c < cols && row < rows; ++c) {
            int best = row;
            for (int i = row + 1; i < rows; ++i) {
                if (std::abs(a[size_t(i) * cols + c]) > std::abs(a[size_t(best) * cols + c]))
                    best = i;
            }
            if (std::abs(a[size_t(best) * cols + c]) < 1e-9)
                continue;
            if (best != row) {
                for (int k = 0; k < cols; ++k)
                    std::swap(a[size_t(best) * cols + k], a[size_t(row) * cols + k]);
            }
            const double pivot = a[size_t(row) * cols + c];
            for (int k = 0; k < cols; ++k)
                a[size_t(row) * cols + k] /= pivot;
            for (int i = 0; i < rows; ++i) {
                const double factor = a[size_t(i) * cols + c];
                if (i == row || std::abs(factor) < 1e-12)
                    continue;
                for (int k = 0; k < cols; ++k)
                    a[size_t(i) * cols + k] -= factor * a[size_t(row) * cols + k];
            }
            pivotColumnOfRow.append(c);
            ++row;
        }
        QList<bool> isPivot(cols, false);
        for (int c : std::as_const(pivotColumnOfRow))
            isPivot[c] = true;
        // A pivot figure is determined when its row has nothing in any free column.
        for (int i = 0; i < int(pivotColumnOfRow.size()); ++i) {
            bool free = false;
            for (int k = 0; k < cols && !free; ++k)
                free = !isPivot[k] && std::abs(a[size_t(i) * cols + k]) > 1e-9;
            const int cell = hiddenCells[columns[pivotColumnOfRow[i]]];
            if (!free && m_cells[cell].count.state == ControlledCount::State::PrimarySuppressed)
                determined.append(cell);
        }
    }
    if (determined.isEmpty())
        return false;
    // Hide another figure in a relation of each determined one (or, when every figure of its
    // relations is hidden already, in any relation that still shows one).
    const auto showsAny = [&](const Relation& relation) {
        const QList<int> members = relation.members();
        return std::any_of(members.begin(), members.end(),
                           [&](int m) { return !m_cells[m].count.suppressed(); });
    };
    bool changed = false;
    for (int cell : std::as_const(determined)) {
        if (!m_cells[cell].count.suppressed())
            continue;
        // Rather a relation that still shows a part than one that shows only its total, so
        // that totals stay shown where they can.
        const Relation* target = nullptr;
        // A relation with an expendable figure still shown costs least: one of the cell's own,
        // else one that joins the hidden figures it is worked out with.
        for (const Relation& relation : std::as_const(m_relations)) {
            if (relation.members().contains(cell) && showsExpendable(relation)) {
                target = &relation;
                break;
            }
        }
        for (int r : groups.value(find(column.value(cell)))) {
            if (target)
                break;
            if (showsExpendable(m_relations[r]))
                target = &m_relations[r];
        }
        for (int pass = 0; pass < 2 && !target; ++pass) {
            for (const Relation& relation : std::as_const(m_relations)) {
                if (!relation.members().contains(cell) || !showsAny(relation))
                    continue;
                const bool showsPart =
                    std::any_of(relation.parts.begin(), relation.parts.end(),
                                [&](int m) { return !m_cells[m].count.suppressed(); });
                if (pass == 1 || showsPart) {
                    target = &relation;
                    break;
                }
            }
        }
        for (int r = 0; !target && r < int(m_relations.size()); ++r) {
            const QList<int> members = m_relations[r].members();
            const bool touchesHidden = std::any_of(members.begin(), members.end(), [&](int m) {
                return m_cells[m].count.suppressed();
            });
            if (touchesHidden && showsAny(m_relations[r]))
                target = &m_relations[r];
        }
        if (target) {
            hideAnotherIn(*target);
            changed = true;
        }
    }
    return changed;
}

void SuppressionNetwork::run()
{
    // Each round hides at least one more figure, so this ends.
    for (int round = 0; round < 100000; ++round) {
        const bool byLines = lineRule();
        const bool byAlgebra = linearRule();
        if (!byLines && !byAlgebra)
            break;
    }
}

} // namespace sna
