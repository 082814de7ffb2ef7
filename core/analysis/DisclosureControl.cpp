#include "analysis/DisclosureControl.h"

#include "document/FixedText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sna {

namespace {
qint64 rounded(qint64 value, int to)
{
    if (to <= 1)
        return value;
    return qint64(std::llround(double(value) / to)) * to;
}
} // namespace

QJsonValue ControlledCount::toJson() const
{
    if (suppressed())
        return QStringLiteral("*");
    return double(shownValue);
}

QString ControlledCount::text(Lang lang) const
{
    return suppressed() ? QStringLiteral("*") : localeFor(lang).toString(shownValue);
}

ControlledCount DisclosureControl::control(qint64 value, const DisclosureRule& rule)
{
    ControlledCount count;
    count.trueValue = value;
    count.shownValue = rounded(value, rule.roundTo);
    if (value >= 1 && value <= rule.suppressUpTo)
        count.state = ControlledCount::State::PrimarySuppressed;
    return count;
}

bool DisclosureControl::rateIsPublishable(qint64 events, const DisclosureRule& rule)
{
    return events >= rule.rateMinimumEvents;
}

QString DisclosureControl::statement(const DisclosureRule& health, const DisclosureRule& other,
                                     Lang lang)
{
    const QLocale locale = localeFor(lang);
    QString text =
        FixedText::text(FixedText::DisclosureStatement, lang)
            .arg(locale.toString(health.suppressUpTo), locale.toString(other.suppressUpTo),
                 locale.toString(other.rateMinimumEvents));
    // Rounding said once when both kinds of source share it, else for each that rounds.
    const auto rounding = [&](FixedText::Term term, int base) {
        if (base > 1)
            text += QLatin1Char(' ') + FixedText::text(term, lang).arg(locale.toString(base));
    };
    if (health.roundTo == other.roundTo) {
        rounding(FixedText::RoundingStatement, health.roundTo);
    } else {
        rounding(FixedText::RoundingHealth, health.roundTo);
        rounding(FixedText::RoundingOther, other.roundTo);
    }
    return text;
}

ControlledTable::ControlledTable(QStringList rowLabels, QStringList columnLabels,
                                 const QList<QList<qint64>>& cells, const DisclosureRule& rule)
    : m_rows(std::move(rowLabels))
    , m_columns(std::move(columnLabels))
{
    QList<qint64> columnSums(m_columns.size(), 0);
    qint64 grand = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        QList<ControlledCount> row;
        qint64 rowSum = 0;
        for (int c = 0; c < m_columns.size(); ++c) {
            const qint64 value = r < cells.size() && c < cells[r].size() ? cells[r][c] : 0;
            row.append(DisclosureControl::control(value, rule));
            rowSum += value;
            columnSums[c] += value;
        }
        m_cells.append(row);
        m_rowTotals.append(DisclosureControl::control(rowSum, rule));
        grand += rowSum;
    }
    for (qint64 sum : columnSums)
        m_columnTotals.append(DisclosureControl::control(sum, rule));
    m_grandTotal = DisclosureControl::control(grand, rule);
    suppressSecondary();
}

int ControlledTable::suppressedCount() const
{
    int count = 0;
    for (const auto& row : m_cells)
        count += int(std::count_if(row.begin(), row.end(),
                                   [](const ControlledCount& c) { return c.suppressed(); }));
    return count;
}

// Every line of the table — a row with its total, a column with its total, the row totals
// with the grand total, the column totals with the grand total — is an equation "parts =
// total". A line with exactly one hidden entry gives it away, so another entry of that line is
// hidden too (the smallest, so the least information is lost), until no line has exactly one.
// Hand-written: no Debian-packaged library does statistical disclosure control for C++.
void ControlledTable::suppressSecondary()
{
    using Line = QList<ControlledCount*>; // parts first, total last
    QList<Line> lines;
    for (int r = 0; r < m_rows.size(); ++r) {
        Line line;
        for (int c = 0; c < m_columns.size(); ++c)
            line.append(&m_cells[r][c]);
        line.append(&m_rowTotals[r]);
        lines.append(line);
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        Line line;
        for (int r = 0; r < m_rows.size(); ++r)
            line.append(&m_cells[r][c]);
        line.append(&m_columnTotals[c]);
        lines.append(line);
    }
    Line rowTotals;
    for (ControlledCount& total : m_rowTotals)
        rowTotals.append(&total);
    rowTotals.append(&m_grandTotal);
    lines.append(rowTotals);
    Line columnTotals;
    for (ControlledCount& total : m_columnTotals)
        columnTotals.append(&total);
    columnTotals.append(&m_grandTotal);
    lines.append(columnTotals);

    bool changed = true;
    while (changed) {
        changed = false;
        for (Line& line : lines) {
            const auto hidden = std::count_if(
                line.begin(), line.end(), [](const ControlledCount* c) { return c->suppressed(); });
            if (hidden != 1 || line.size() < 2)
                continue;
            // Prefer hiding a part over the total, and the smallest part.
            ControlledCount* choice = nullptr;
            for (int i = 0; i + 1 < line.size(); ++i) {
                ControlledCount* part = line[i];
                if (!part->suppressed() && (!choice || part->trueValue < choice->trueValue))
                    choice = part;
            }
            if (!choice)
                choice = line.last();
            choice->state = ControlledCount::State::SecondarySuppressed;
            changed = true;
        }
    }
}

} // namespace sna
