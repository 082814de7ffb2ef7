#include "analysis/PopulationTable.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace sna {

void PopulationTable::add(const QString& areaCode, const Row& row)
{
    m_rows[areaCode].append(row);
}

QList<int> PopulationTable::years() const
{
    QSet<int> years;
    for (const QList<Row>& rows : m_rows) {
        for (const Row& row : rows)
            years.insert(row.year);
    }
    QList<int> sorted = years.values();
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// Rows of one sex that tile from..to exactly (contiguous, no overlap, no straddling band).
std::optional<double> PopulationTable::exact(const QList<Row>& rows, int year, int from, int to,
                                             char sex) const
{
    if (from == 0 && to < 0) {
        for (const Row& row : rows) {
            if (row.year == year && row.sex == sex && row.total)
                return row.n;
        }
    }
    QList<const Row*> parts;
    for (const Row& row : rows) {
        if (row.year != year || row.sex != sex || row.total)
            continue;
        const bool inside = row.from >= from && (to < 0 || (row.to >= 0 && row.to <= to));
        if (inside)
            parts.append(&row);
    }
    std::sort(parts.begin(), parts.end(),
              [](const Row* a, const Row* b) { return a->from < b->from; });
    // Single years and bands of the same ages may both be present: take the finest tiling
    // by walking from `from`, preferring the shortest row that starts where we are.
    double sum = 0;
    int next = from;
    qsizetype i = 0;
    while (i < parts.size()) {
        const Row* best = nullptr;
        for (qsizetype j = i; j < parts.size() && parts[j]->from <= next; ++j) {
            if (parts[j]->from == next &&
                (!best || (parts[j]->to >= 0 && (best->to < 0 || parts[j]->to < best->to))))
                best = parts[j];
        }
        if (!best)
            return std::nullopt; // a gap: ages missing, or a band straddling the range
        sum += best->n;
        if (best->to < 0)
            return to < 0 ? std::optional<double>(sum) : std::nullopt;
        next = best->to + 1;
        if (to >= 0 && next > to)
            return sum;
        while (i < parts.size() && parts[i]->from < next)
            ++i;
    }
    return std::nullopt;
}

std::optional<double> PopulationTable::of(const QString& areaCode, int year, int from, int to,
                                          char sex, int* yearUsed) const
{
    const auto it = m_rows.constFind(areaCode);
    if (it == m_rows.constEnd())
        return std::nullopt;
    QList<int> years;
    for (const Row& row : *it) {
        if (!years.contains(row.year))
            years.append(row.year);
    }
    // Nearest year first; between two equally near, the later.
    std::sort(years.begin(), years.end(), [year](int a, int b) {
        const int da = std::abs(a - year), db = std::abs(b - year);
        return da != db ? da < db : a > b;
    });
    for (int candidate : std::as_const(years)) {
        std::optional<double> value = exact(*it, candidate, from, to, sex);
        if (!value && sex == 'P') {
            const auto female = exact(*it, candidate, from, to, 'F');
            const auto male = exact(*it, candidate, from, to, 'M');
            if (female && male)
                value = *female + *male;
        }
        if (value) {
            if (yearUsed)
                *yearUsed = candidate;
            return value;
        }
    }
    return std::nullopt;
}

} // namespace sna
