#pragma once

#include "analysis/AnalysisData.h"
#include "analysis/AnalysisFilter.h"
#include "analysis/ChangeTest.h"
#include "analysis/Periods.h"

#include <array>
#include <optional>

namespace sna {

struct MonthCount {
    int month = 0; // yyyymm
    qint64 count = 0;
    bool hasData = false; // a month without data is a gap, never a zero
};

struct AreaCount {
    int area = -1; // index in the geography
    qint64 count = 0;
    std::optional<double> population;
};

struct DecileCount {
    int decile = 0; // 1 = most deprived
    qint64 count = 0;
    int lsoas = 0;
    std::optional<double> population;
};

struct AgeSexCount {
    int band = -1; // index in AnalysisData::ageBands; -1: age not recorded
    qint64 female = 0;
    qint64 male = 0;
    qint64 other = 0;                       // sex not recorded, or neither
    std::optional<double> femalePopulation; // of the band's ages, for rates; none: no estimate
    std::optional<double> malePopulation;
};

// The share of events in the busiest LSOAs: of every LSOA of the partnership when a lookup
// gives them (an LSOA without records counts, as a zero), else of those with records (and
// then it says so).
struct Concentration {
    bool available = false;
    bool allLsoasFromLookup = false;
    int lsoas = 0;
    qint64 placedEvents = 0; // events with an LSOA, in scope
    int top5Lsoas = 0;
    qint64 top5Events = 0;
    int top10Lsoas = 0;
    qint64 top10Events = 0;
    double top5Share() const { return placedEvents ? 100.0 * top5Events / placedEvents : 0; }
    double top10Share() const { return placedEvents ? 100.0 * top10Events / placedEvents : 0; }
};

struct ChangeResult {
    bool assessable = false;
    QString reason; // why not: "incomplete", "no-baseline", "same-period", "no-data"
    Period before;
    Period after;
    ChangeAssessment assessment;
};

// What the data does not cover, shown next to every trend.
struct Coverage {
    QList<int> missingMonths;                 // yyyymm, between the source's first and last
    QList<QPair<QString, int>> subSourceGaps; // a force (or file) and a month it lacks
    QList<QPair<QString, int>> endsEarly;     // a force or source and its last month
    qint64 withoutArea = 0;                   // events with no area (not in area figures)
    qint64 outsidePartnership = 0;            // events placed outside the partnership
    qint64 withheldRows = 0;                  // partner rows whose count was withheld
    qint64 spanning = 0; // events counted over more than a month (not in monthly figures)
    int lsoasPlacedByName = 0;
    bool isEmpty() const
    {
        return missingMonths.isEmpty() && subSourceGaps.isEmpty() && endsEarly.isEmpty() &&
               withoutArea == 0 && outsidePartnership == 0 && withheldRows == 0 && spanning == 0;
    }
};

// Every measure of the analysis for one filter. Computed in memory from the snapshot's
// aggregates (a few milliseconds on five million records), so the dashboard recomputes it on
// every change of filter.
struct MeasureSet {
    AnalysisFilter filter;
    bool available = false;
    QString unavailableReason; // "no-source", "no-data", "no-ages", "no-sex", "bad-period"
    QString sourceKey;
    BilingualText sourceName;
    SourceClass disclosure = SourceClass::Other;
    int first = 0; // the period resolved, yyyymm
    int last = 0;
    bool periodComplete = false;
    int areaIndex = -1; // -1: the partnership
    int categoryIndex = -1;

    qint64 total = 0;
    std::optional<double> population; // of the scope and cohort, nearest year
    int populationYear = 0;

    QList<MonthCount> months; // the source's whole span (not only the period)
    QList<PeriodCount> quarters;
    QList<PeriodCount> financialYears;
    QList<PeriodCount> rolling12;
    QList<QPair<QString, qint64>> byCategory; // definition category id → count, in the period
    std::array<QList<AreaCount>, Geography::kLevels> byArea; // in the period, largest first
    Concentration concentration;
    QString deprivationMeasure; // "imd", "wimd" or empty
    QList<DecileCount> deciles;
    qint64 withoutDecile = 0;
    bool hasAgeSex = false;
    QList<AgeSexCount> ageSex;
    bool hasHourWeekday = false;
    std::array<std::array<qint64, 24>, 7> hourWeekday{};
    qint64 timedEvents = 0;
    bool hasSeasonality = false;
    std::array<double, 12> seasonal{}; // mean count of each calendar month
    int seasonalYears = 0;
    ChangeResult yearOnYear;
    ChangeResult sinceBaseline;
    Coverage coverage;

    // Rate per 1,000 of the population; nullopt when there is no denominator.
    static std::optional<double> rate(qint64 count, const std::optional<double>& population)
    {
        if (!population || *population <= 0)
            return std::nullopt;
        return 1000.0 * double(count) / *population;
    }
    const QList<AreaCount>& areasAt(Geography::Level level) const { return byArea[level]; }
};

class Measures {
public:
    static MeasureSet compute(const AnalysisData& data, const AnalysisFilter& filter);
    // Population of an area (or the partnership, area -1) for a cohort, nearest to `year`.
    static std::optional<double> populationOf(const AnalysisData& data, int area, Cohort cohort,
                                              int year, int* yearUsed = nullptr);
    // The same for ages from..to (to -1: open-ended) and a sex ('F', 'M' or 'P').
    static std::optional<double> populationOf(const AnalysisData& data, int area, int from, int to,
                                              char sex, int year, int* yearUsed = nullptr);
    // The latest month with data over every time-series source (police forces, partners).
    static int latestMonth(const AnalysisData& data);
};

} // namespace sna
