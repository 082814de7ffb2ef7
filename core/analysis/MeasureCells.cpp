#include "analysis/MeasureCells.h"

namespace sna {

QList<int> MeasureCells::monthsBetween(int first, int last) const
{
    QList<int> cells;
    for (int month = first; month <= last; month = Periods::addMonths(month, 1)) {
        const auto it = months.constFind(month);
        if (it != months.constEnd())
            cells << *it;
    }
    return cells;
}

MeasureCells::MeasureCells(SuppressionNetwork& network, const AnalysisData& data,
                           const MeasureSet& m, const DisclosureRule& rule)
    : m_network(network)
{
    for (auto& day : hourWeekday)
        day.fill(-1);
    seasonalSums.fill(-1);
    if (!m.available)
        return;
    const auto cell = [&](qint64 value) { return network.add(value, rule); };
    const auto relate = [&](const QList<int>& parts, int whole) {
        if (!parts.isEmpty() && whole >= 0)
            network.addRelation(parts, whole);
    };

    // Time.
    for (const MonthCount& month : m.months) {
        if (month.hasData)
            months.insert(month.month, cell(month.count));
    }
    total = cell(m.total);
    relate(monthsBetween(m.first, m.last), total);
    const auto periods = [&](const QList<PeriodCount>& list, QHash<QString, int>& into,
                             bool expendable) {
        for (const PeriodCount& p : list) {
            const int c = network.add(p.count, rule, expendable);
            into.insert(p.period.key(), c);
            relate(monthsBetween(p.period.first, p.period.last), c);
        }
    };
    periods(m.quarters, quarters, false);
    periods(m.financialYears, financialYears, false);
    // Rolling windows overlap: they go before months when more must be hidden.
    periods(m.rolling12, rolling12, true);

    // What.
    QList<int> categoryCells;
    for (const auto& [id, n] : m.byCategory) {
        const int c = cell(n);
        categories.insert(id, c);
        categoryCells << c;
    }
    relate(categoryCells, total);

    // Where: each level is a sum of the nearest level below that has areas in it.
    const Geography& geo = data.geography;
    for (int level = 0; level < Geography::kLevels; ++level) {
        for (const AreaCount& a : m.byArea[level]) {
            const int c = cell(a.count);
            areas[level].insert(a.area, c);
            if (level == Geography::Lsoa)
                lsoasInOrder << c;
        }
    }
    for (int level = 1; level < Geography::kLevels; ++level) {
        for (auto it = areas[level].cbegin(); it != areas[level].cend(); ++it) {
            for (int below = level - 1; below >= 0; --below) {
                QList<int> parts;
                for (auto child = areas[below].cbegin(); child != areas[below].cend(); ++child) {
                    if (geo.ancestor(child.key(), Geography::Level(level)) == it.key())
                        parts << child.value();
                }
                if (!parts.isEmpty()) {
                    relate(parts, it.value());
                    break;
                }
            }
        }
    }
    relate(QList<int>(areas[Geography::Lad].cbegin(), areas[Geography::Lad].cend()), total);

    if (m.concentration.available) {
        const Concentration& c = m.concentration;
        placed = cell(c.placedEvents);
        relate(lsoasInOrder, placed);
        relate({placed}, total);
        top5 = cell(c.top5Events);
        relate(lsoasInOrder.mid(0, c.top5Lsoas), top5);
        top10 = cell(c.top10Events);
        relate(lsoasInOrder.mid(0, c.top10Lsoas), top10);
        relate({top5}, top10);
    }
    if (!m.deprivationMeasure.isEmpty()) {
        QList<int> decileCells;
        for (const DecileCount& d : m.deciles) {
            QList<int> parts;
            for (int i = 0; i < int(m.byArea[Geography::Lsoa].size()); ++i) {
                const auto it =
                    data.deprivation.constFind(geo.area(m.byArea[Geography::Lsoa][i].area).code);
                if (it != data.deprivation.constEnd() && it->first == m.deprivationMeasure &&
                    it->second == d.decile)
                    parts << lsoasInOrder[i];
            }
            const int c = cell(d.count);
            relate(parts, c);
            deciles.insert(d.decile, c);
            decileCells << c;
        }
        withoutDecile = cell(m.withoutDecile);
        decileCells << withoutDecile;
        if (placed >= 0)
            relate(decileCells, placed);
    }

    // Who.
    QList<int> people;
    for (const AgeSexCount& row : m.ageSex) {
        const std::array<int, 3> cells{cell(row.female), cell(row.male), cell(row.other)};
        ageSex << cells;
        people << cells[0] << cells[1] << cells[2];
    }
    relate(people, total);

    // When in the day and the year.
    if (m.hasHourWeekday) {
        QList<int> all;
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h) {
                hourWeekday[d][h] = cell(m.hourWeekday[d][h]);
                all << hourWeekday[d][h];
            }
        }
        timed = cell(m.timedEvents);
        relate(all, timed);
        relate({timed}, total);
    }
    if (m.hasSeasonality) {
        for (int c = 1; c <= 12; ++c) {
            QList<int> parts;
            qint64 sum = 0;
            for (const MonthCount& month : m.months) {
                if (month.hasData && month.month % 100 == c) {
                    parts << months.value(month.month);
                    sum += month.count;
                }
            }
            seasonalSums[c - 1] = network.addImplicit(sum, rule);
            relate(parts, seasonalSums[c - 1]);
        }
    }

    // Change.
    const auto change = [&](const ChangeResult& result, int& before, int& after) {
        if (!result.assessable)
            return;
        before = cell(result.assessment.before);
        relate(monthsBetween(result.before.first, result.before.last), before);
        after = cell(result.assessment.after);
        relate(monthsBetween(result.after.first, result.after.last), after);
    };
    change(m.yearOnYear, yearOnYearBefore, yearOnYearAfter);
    change(m.sinceBaseline, baselineBefore, baselineAfter);

    withoutArea = cell(m.coverage.withoutArea);
    outsidePartnership = cell(m.coverage.outsidePartnership);
    spanning = cell(m.coverage.spanning);
}

ControlledMeasures::ControlledMeasures(const AnalysisData& data, const MeasureSet& m,
                                       bool controlled)
    : m_measures(m)
    , m_rule(data.settings.rule(m.disclosure))
    , m_controlled(controlled)
{
    m_cells = std::make_unique<MeasureCells>(m_network, data, m_measures, m_rule);
    if (controlled)
        m_network.run();
}

ControlledCount ControlledMeasures::at(int cell) const
{
    if (cell < 0)
        return {};
    ControlledCount count = m_network.count(cell);
    if (!m_controlled) {
        count.shownValue = count.trueValue;
        count.state = ControlledCount::State::Shown;
    }
    return count;
}

std::optional<double> ControlledMeasures::rate(int cell,
                                               const std::optional<double>& population) const
{
    if (cell < 0 || !population || *population <= 0)
        return std::nullopt;
    const ControlledCount count = at(cell);
    if (count.suppressed() ||
        (m_controlled && !DisclosureControl::rateIsPublishable(count.trueValue, m_rule)))
        return std::nullopt;
    return 1000.0 * double(count.shownValue) / *population;
}

} // namespace sna
