#include "analysis/Measures.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace sna {

namespace {

// A count of events over a range of month indexes: the monthly counts plus the partner counts
// that cover several months and fall wholly inside the range.
struct MonthlySeries {
    int first = 0; // month index of monthly[0]
    QVector<qint64> monthly;
    QList<const Fact*> spanning;

    qint64 between(int from, int to) const
    {
        qint64 sum = 0;
        for (int m = std::max(from, first); m <= to && m - first < monthly.size(); ++m)
            sum += monthly[m - first];
        for (const Fact* f : spanning) {
            if (f->first >= from && f->last <= to)
                sum += f->n;
        }
        return sum;
    }
};

bool coveredAll(const QSet<int>& covered, int from, int to)
{
    for (int m = from; m <= to; ++m) {
        if (!covered.contains(m))
            return false;
    }
    return true;
}

ChangeResult change(const MonthlySeries& series, const QSet<int>& covered, const Period& before,
                    const Period& after)
{
    ChangeResult result;
    result.before = before;
    result.after = after;
    if (before == after) {
        result.reason = QStringLiteral("same-period");
        return result;
    }
    const int b0 = Periods::index(before.first), b1 = Periods::index(before.last);
    const int a0 = Periods::index(after.first), a1 = Periods::index(after.last);
    if (!coveredAll(covered, b0, b1) || !coveredAll(covered, a0, a1)) {
        result.reason = QStringLiteral("incomplete");
        return result;
    }
    result.assessment = ChangeTest::compare(series.between(b0, b1), series.between(a0, a1),
                                            b1 - b0 + 1, a1 - a0 + 1);
    result.assessable = true;
    return result;
}

} // namespace

int Measures::latestMonth(const AnalysisData& data)
{
    int latest = -1;
    for (const AnalysisSource& source : data.sources) {
        if (!source.coveredMonths.isEmpty())
            latest = std::max(latest, source.coveredMonths.last());
    }
    return latest < 0 ? 0 : Periods::fromIndex(latest);
}

std::optional<double> Measures::populationOf(const AnalysisData& data, int area, Cohort cohort,
                                             int year, int* yearUsed)
{
    const auto [from, to] = Cohorts::ages(cohort);
    return populationOf(data, area, from, to, Cohorts::sex(cohort), year, yearUsed);
}

std::optional<double> Measures::populationOf(const AnalysisData& data, int area, int from, int to,
                                             char sex, int year, int* yearUsed)
{
    const Geography& geo = data.geography;
    if (area < 0) {
        // The partnership: its local authorities, each from its own estimate or its LSOAs'.
        if (!geo.partnershipDefined())
            return std::nullopt;
        double sum = 0;
        int used = 0;
        for (const QString& code : data.partnershipAreas) {
            const auto part = populationOf(data, geo.find(code), from, to, sex, year, &used);
            if (!part)
                return std::nullopt;
            sum += *part;
        }
        if (yearUsed)
            *yearUsed = used;
        return sum;
    }
    const Geography::Area& info = geo.area(area);
    if (const auto own = data.population.of(info.code, year, from, to, sex, yearUsed))
        return own;
    if (info.level == Geography::Lsoa)
        return std::nullopt;
    const QList<int> lsoas = geo.lsoasWithin(area);
    if (lsoas.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (int lsoa : lsoas) {
        const auto part = data.population.of(geo.area(lsoa).code, year, from, to, sex, yearUsed);
        if (!part)
            return std::nullopt; // an LSOA without an estimate: no exact denominator
        sum += *part;
    }
    return sum;
}

MeasureSet Measures::compute(const AnalysisData& data, const AnalysisFilter& filter)
{
    MeasureSet m;
    m.filter = filter;
    m.sourceKey = filter.source;
    const AnalysisSource* source = data.source(filter.source);
    if (!source) {
        m.unavailableReason = QStringLiteral("no-source");
        return m;
    }
    m.sourceName = source->name;
    m.disclosure = source->disclosure;
    if (Cohorts::needsAge(filter.cohort) && !source->hasAge) {
        m.unavailableReason = QStringLiteral("no-ages");
        return m;
    }
    if (Cohorts::needsSex(filter.cohort) && !source->hasSex) {
        m.unavailableReason = QStringLiteral("no-sex");
        return m;
    }
    if (source->coveredMonths.isEmpty()) {
        m.unavailableReason = QStringLiteral("no-data");
        return m;
    }
    const int srcFirst = source->coveredMonths.first();
    const int srcLast = source->coveredMonths.last();
    const auto span =
        filter.resolvePeriod(Periods::fromIndex(srcFirst), Periods::fromIndex(srcLast));
    if (!span) {
        m.unavailableReason = QStringLiteral("bad-period");
        return m;
    }
    m.first = span->first;
    m.last = span->second;
    const int pFirst = Periods::index(m.first);
    const int pLast = Periods::index(m.last);
    const QSet<int> covered(source->coveredMonths.begin(), source->coveredMonths.end());
    m.periodComplete = coveredAll(covered, pFirst, pLast);

    // Where: the partnership, or one area and everything within it.
    const Geography& geo = data.geography;
    int scopeLevel = -1;
    if (!filter.areaCode.isEmpty()) {
        m.areaIndex = geo.find(filter.areaCode);
        if (m.areaIndex < 0) {
            m.unavailableReason = QStringLiteral("no-area");
            return m;
        }
        scopeLevel = geo.area(m.areaIndex).level;
    }
    QVector<char> inScope(geo.size(), 0);
    for (int i = 0; i < geo.size(); ++i) {
        inScope[i] = m.areaIndex >= 0 ? geo.ancestor(i, Geography::Level(scopeLevel)) == m.areaIndex
                                      : geo.area(i).inPartnership;
    }
    const bool unplacedInScope = m.areaIndex < 0 && !geo.partnershipDefined();

    // What: serious violence under the definition, or one of its categories.
    const QList<int> targets = data.categoryTargets(*source);
    const QStringList included = data.includedCategories();
    if (!filter.category.isEmpty()) {
        m.categoryIndex = int(included.indexOf(filter.category));
        if (m.categoryIndex < 0) {
            m.unavailableReason = QStringLiteral("no-category");
            return m;
        }
    }
    // Who.
    const auto [ageFrom, ageTo] = Cohorts::ages(filter.cohort);
    QVector<char> bandInCohort(data.ageBands.size(), 0);
    for (int i = 0; i < int(data.ageBands.size()); ++i)
        bandInCohort[i] = data.ageBands[i].within(ageFrom, ageTo < 0 ? 200 : ageTo);
    const bool byAge = Cohorts::needsAge(filter.cohort);
    const qint8 wantedSex = filter.cohort == Cohort::Female ? 1
                            : filter.cohort == Cohort::Male ? 2
                                                            : 0;

    MonthlySeries series;
    series.first = srcFirst;
    series.monthly.fill(0, srcLast - srcFirst + 1);
    QVector<qint64> areaCounts(geo.size(), 0);
    QVector<qint64> categoryCounts(included.size(), 0);
    QVector<AgeSexCount> ageSex(data.ageBands.size() + 1);
    for (int i = 0; i < int(data.ageBands.size()); ++i)
        ageSex[i].band = i;
    ageSex.last().band = -1;

    for (const Fact& f : source->facts) {
        if (f.category < 0)
            continue;
        const int target = targets[f.category];
        if (target < 0 || (m.categoryIndex >= 0 && target != m.categoryIndex))
            continue;
        if (byAge && (f.ageBand < 0 || !bandInCohort[f.ageBand]))
            continue;
        if (wantedSex && f.sex != wantedSex)
            continue;
        const bool inPeriod = f.first >= pFirst && f.last <= pLast;
        bool in = false;
        if (f.area < 0) {
            in = unplacedInScope;
            if (!in && inPeriod && m.areaIndex < 0)
                m.coverage.withoutArea += f.n;
        } else {
            in = inScope[f.area];
            if (!in && inPeriod && m.areaIndex < 0)
                m.coverage.outsidePartnership += f.n;
        }
        if (!in)
            continue;
        if (f.first == f.last) {
            if (f.first >= srcFirst && f.first <= srcLast)
                series.monthly[f.first - srcFirst] += f.n;
        } else {
            series.spanning.append(&f);
            if (inPeriod)
                m.coverage.spanning += f.n;
        }
        if (!inPeriod)
            continue;
        m.total += f.n;
        categoryCounts[target] += f.n;
        if (f.area >= 0)
            areaCounts[f.area] += f.n;
        if (f.ageBand >= 0 || f.sex != 0) {
            AgeSexCount& row = ageSex[f.ageBand >= 0 ? f.ageBand : ageSex.size() - 1];
            (f.sex == 1 ? row.female : f.sex == 2 ? row.male : row.other) += f.n;
        }
        if (f.hour >= 0 && f.weekday >= 0) {
            m.hourWeekday[f.weekday][f.hour] += f.n;
            m.timedEvents += f.n;
        }
    }

    // When: month by month over the source's whole span, gaps kept.
    QMap<int, qint64> withData;
    for (int i = srcFirst; i <= srcLast; ++i) {
        MonthCount month{Periods::fromIndex(i), series.monthly[i - srcFirst], covered.contains(i)};
        month.hasData = month.hasData || month.count > 0;
        m.months.append(month);
        if (month.hasData)
            withData.insert(month.month, month.count);
        else
            m.coverage.missingMonths.append(month.month);
    }
    const auto periods = [&](PeriodKind kind) {
        QList<PeriodCount> list = Periods::aggregate(kind, withData);
        if (!series.spanning.isEmpty()) {
            for (PeriodCount& p : list) {
                const int a = Periods::index(p.period.first), b = Periods::index(p.period.last);
                for (const Fact* f : series.spanning) {
                    if (f->first >= a && f->last <= b)
                        p.count += f->n;
                }
            }
        }
        return list;
    };
    m.quarters = periods(PeriodKind::Quarter);
    m.financialYears = periods(PeriodKind::FinancialYear);
    m.rolling12 = periods(PeriodKind::Rolling12);

    // What.
    QSet<int> mapped;
    for (int target : targets) {
        if (target >= 0)
            mapped.insert(target);
    }
    for (int i = 0; i < int(included.size()); ++i) {
        if (mapped.contains(i) && (m.categoryIndex < 0 || i == m.categoryIndex))
            m.byCategory.append({included[i], categoryCounts[i]});
    }

    // Where: each level, areas in scope (with none, a zero) and the areas the events roll up
    // to; largest first.
    const int midYear = Periods::fromIndex((pFirst + pLast) / 2) / 100;
    std::array<QHash<int, qint64>, Geography::kLevels> rolled;
    for (int a = 0; a < geo.size(); ++a) {
        const Geography::Area& area = geo.area(a);
        if (inScope[a] && (area.level != Geography::Lsoa || areaCounts[a] > 0 || area.fromLookup))
            rolled[area.level].insert(a, rolled[area.level].value(a));
        if (areaCounts[a] == 0)
            continue;
        for (int level = area.level; level < Geography::kLevels; ++level) {
            const int above = area.ancestor[level];
            if (above >= 0)
                rolled[level][above] += areaCounts[a];
        }
    }
    for (int level = 0; level < Geography::kLevels; ++level) {
        QList<AreaCount>& list = m.byArea[level];
        for (auto it = rolled[level].cbegin(); it != rolled[level].cend(); ++it)
            list.append(AreaCount{it.key(), it.value(),
                                  populationOf(data, it.key(), filter.cohort, midYear)});
        std::sort(list.begin(), list.end(), [&](const AreaCount& x, const AreaCount& y) {
            return x.count != y.count ? x.count > y.count
                                      : geo.area(x.area).code < geo.area(y.area).code;
        });
    }

    // Concentration and deprivation, over the LSOAs in scope.
    const QList<AreaCount>& lsoas = m.byArea[Geography::Lsoa];
    Concentration& c = m.concentration;
    c.lsoas = int(lsoas.size());
    for (const AreaCount& a : lsoas)
        c.placedEvents += a.count;
    c.allLsoasFromLookup = false;
    for (const AreaCount& a : lsoas) {
        if (geo.area(a.area).fromLookup) {
            c.allLsoasFromLookup = true;
            break;
        }
    }
    if (c.lsoas > 0 && c.placedEvents > 0) {
        c.available = true;
        c.top5Lsoas = int(std::ceil(c.lsoas * 0.05));
        c.top10Lsoas = int(std::ceil(c.lsoas * 0.10));
        for (int i = 0; i < c.top10Lsoas && i < c.lsoas; ++i) {
            if (i < c.top5Lsoas)
                c.top5Events += lsoas[i].count;
            c.top10Events += lsoas[i].count;
        }
    }
    QHash<QString, int> measures;
    for (const AreaCount& a : lsoas) {
        const auto it = data.deprivation.constFind(geo.area(a.area).code);
        if (it != data.deprivation.constEnd())
            ++measures[it->first];
    }
    for (auto it = measures.cbegin(); it != measures.cend(); ++it) {
        if (m.deprivationMeasure.isEmpty() || it.value() > measures.value(m.deprivationMeasure))
            m.deprivationMeasure = it.key();
    }
    if (!m.deprivationMeasure.isEmpty()) {
        QVector<DecileCount> deciles(10);
        QVector<bool> populationKnown(10, true);
        QVector<double> populations(10, 0);
        for (int d = 0; d < 10; ++d)
            deciles[d].decile = d + 1;
        for (const AreaCount& a : lsoas) {
            const auto it = data.deprivation.constFind(geo.area(a.area).code);
            if (it == data.deprivation.constEnd() || it->first != m.deprivationMeasure) {
                m.withoutDecile += a.count;
                continue;
            }
            DecileCount& d = deciles[it->second - 1];
            d.count += a.count;
            ++d.lsoas;
            if (a.population)
                populations[it->second - 1] += *a.population;
            else
                populationKnown[it->second - 1] = false;
        }
        for (int d = 0; d < 10; ++d) {
            if (deciles[d].lsoas > 0 && populationKnown[d])
                deciles[d].population = populations[d];
            m.deciles.append(deciles[d]);
        }
    }

    // Who and when in the day.
    m.hasAgeSex = source->hasAge || source->hasSex;
    if (m.hasAgeSex) {
        for (const AgeSexCount& row : ageSex) {
            if (row.female || row.male || row.other || (row.band >= 0 && row.band < 8))
                m.ageSex.append(row);
        }
    }
    m.hasHourWeekday = source->hasHour && source->hasWeekday;

    // Seasonality: the mean of each calendar month, once every month has two years of data.
    std::array<qint64, 12> sums{};
    std::array<int, 12> years{};
    for (const MonthCount& month : std::as_const(m.months)) {
        if (!month.hasData)
            continue;
        sums[month.month % 100 - 1] += month.count;
        ++years[month.month % 100 - 1];
    }
    m.seasonalYears = *std::min_element(years.begin(), years.end());
    m.hasSeasonality = m.seasonalYears >= 2;
    for (int i = 0; i < 12; ++i)
        m.seasonal[i] = years[i] ? double(sums[i]) / years[i] : 0;

    // Population and change.
    m.population = populationOf(data, m.areaIndex, filter.cohort, midYear, &m.populationYear);
    for (AgeSexCount& row : m.ageSex) {
        if (row.band < 0)
            continue;
        const AgeBand& band = data.ageBands[row.band];
        row.femalePopulation = populationOf(data, m.areaIndex, band.from, band.to, 'F', midYear);
        row.malePopulation = populationOf(data, m.areaIndex, band.from, band.to, 'M', midYear);
    }
    const int length = pLast - pFirst + 1;
    m.yearOnYear = change(series, covered,
                          Period{PeriodKind::Month, Periods::fromIndex(pFirst - length),
                                 Periods::fromIndex(pFirst - 1)},
                          Period{PeriodKind::Month, m.first, m.last});
    // Against the baseline financial year (or, until one is chosen, the earliest complete one),
    // the latest complete financial year.
    const PeriodCount* latestYear = nullptr;
    const PeriodCount* baseline = nullptr;
    for (const PeriodCount& year : std::as_const(m.financialYears)) {
        if (!year.complete())
            continue;
        latestYear = &year;
        if (data.settings.baselineYear ? year.period.first / 100 == data.settings.baselineYear
                                       : !baseline)
            baseline = &year;
    }
    if (!latestYear) {
        m.sinceBaseline.reason = QStringLiteral("incomplete");
    } else if (!baseline) {
        m.sinceBaseline.reason = data.settings.baselineYear ? QStringLiteral("incomplete")
                                                            : QStringLiteral("no-baseline");
        if (data.settings.baselineYear)
            m.sinceBaseline.before = Periods::financialYear(data.settings.baselineYear * 100 + 4);
        m.sinceBaseline.after = latestYear->period;
    } else {
        m.sinceBaseline = change(series, covered, baseline->period, latestYear->period);
    }

    // Coverage: a force's missing months and a source that stops before the others.
    if (source->isPolice() && source->coveredBySubSource.size() > 1) {
        for (auto it = source->coveredBySubSource.cbegin(); it != source->coveredBySubSource.cend();
             ++it) {
            const QList<int>& months = it.value();
            if (months.isEmpty())
                continue;
            const QSet<int> has(months.begin(), months.end());
            for (int i = months.first(); i <= months.last(); ++i) {
                if (!has.contains(i))
                    m.coverage.subSourceGaps.append({it.key(), Periods::fromIndex(i)});
            }
            if (months.last() < srcLast)
                m.coverage.endsEarly.append({it.key(), Periods::fromIndex(months.last())});
        }
    }
    const int latest = latestMonth(data);
    if (latest && Periods::fromIndex(srcLast) < latest)
        m.coverage.endsEarly.append({source->key, Periods::fromIndex(srcLast)});
    m.coverage.withheldRows = source->withheldRows;
    m.coverage.lsoasPlacedByName = geo.lsoasPlacedByName();
    m.available = true;
    return m;
}

} // namespace sna
