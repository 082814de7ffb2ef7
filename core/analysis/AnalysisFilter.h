#pragma once

#include "foundation/Language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sna {

// The groups of people a partner's data can be narrowed to (the guidance's focus is on victims
// under 25, para 309). Sources that do not record age or sex cannot be narrowed.
enum class Cohort { All, Under25, Under18, Age18To24, Female, Male };

class Cohorts {
    Q_DECLARE_TR_FUNCTIONS(sna::Cohorts)
public:
    static QList<Cohort> all();
    static QString code(Cohort cohort); // "all", "under-25", …
    static std::optional<Cohort> fromCode(const QString& code);
    static QString label(Cohort cohort);                    // translated, for the interface
    static QString documentLabel(Cohort cohort, Lang lang); // for chart titles
    static bool needsAge(Cohort cohort);
    static bool needsSex(Cohort cohort);
    // The ages the cohort covers: [from, to]; {0, -1} for everyone.
    static std::pair<int, int> ages(Cohort cohort);
    static char sex(Cohort cohort); // 'F', 'M' or 'P'
};

// What a view of the analysis shows: one source, over one period, in one area, for one
// category of the local definition and one cohort. The same filter drives the dashboard, a
// chart placed in the SNA (encoded in its reference) and the command line.
struct AnalysisFilter {
    QString source = QStringLiteral("police-uk");
    // "latest-12" (the twelve months to the latest with data), "all", "fy-2023" (April 2023
    // to March 2024), "cy-2024", "q-2024-1", or "202304-202403".
    QString period = QStringLiteral("latest-12");
    QString areaLevel; // empty: the whole partnership
    QString areaCode;
    QString category; // a definition category id; empty: all serious violence
    Cohort cohort = Cohort::All;

    // "source=police-uk&period=latest-12&area=lad:W06000010&category=robbery&cohort=under-25";
    // defaults are left out.
    QString toQuery() const;
    static AnalysisFilter fromQuery(const QString& query);
    // The months of the period for data covering firstMonth..lastMonth (yyyymm); nullopt when
    // the period is malformed or there is no data.
    std::optional<std::pair<int, int>> resolvePeriod(int firstMonth, int lastMonth) const;
    friend bool operator==(const AnalysisFilter&, const AnalysisFilter&) = default;
};

} // namespace sna
