#pragma once

#include "analysis/AnalysisSettings.h"
#include "analysis/Geography.h"
#include "analysis/PopulationTable.h"
#include "analysis/ViolenceDefinition.h"
#include "foundation/BilingualText.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace sna {

class Project;

// One count of events of one kind: when, where and, where the source says, to whom and at what
// time. Counted from the aggregate tables (crime_count for data.police.uk, a GROUP BY over
// partner_record for partner data), never one per record.
struct Fact {
    int first = 0;      // month index (Periods::index) of the first month the count covers
    int last = 0;       // the last; equal to `first` for monthly and daily data
    int area = -1;      // index in AnalysisData::geography areas; -1: the record has no area
    int category = -1;  // index in the source's categories
    qint8 sex = 0;      // 0 not recorded, 1 female, 2 male, 3 other or unknown
    qint8 ageBand = -1; // index in AnalysisData::ageBands; -1 not recorded
    qint8 weekday = -1; // 0 Monday … 6 Sunday; -1 not recorded
    qint8 hour = -1;    // 0 … 23; -1 not recorded
    qint8 weapon = -1;  // knife or sharp object: -1 not recorded, 0 no, 1 yes
    qint8 domesticAbuse = -1;
    bool withheld = false; // the partner withheld the count ("*"): unknown, never zero
    qint64 n = 0;
};

struct AgeBand {
    QString label; // "10–17", "65+" or the partner's own label
    int from = 0;
    int to = -1; // -1: open-ended
    bool within(int lower, int upper) const { return from >= lower && to >= 0 && to <= upper; }
};

// One source of events the analysis runs on: data.police.uk street-level crime (all forces),
// or one partner's mapped data.
struct AnalysisSource {
    QString key; // "police-uk" or "partner:NAME" (the source key of sv_mapping)
    BilingualText name;
    QString authorityType; // SourceAuthorities code: police, health …
    SourceClass disclosure = SourceClass::Other;
    QStringList categories; // the source's own category names
    QVector<Fact> facts;
    // Months with data (month indexes), over the whole source, and per sub-source (the force
    // of a data.police.uk file, the dataset of a partner file).
    QList<int> coveredMonths;
    QMap<QString, QList<int>> coveredBySubSource;
    bool hasAge = false;
    bool hasSex = false;
    bool hasWeekday = false;
    bool hasHour = false;
    bool hasWeapon = false;
    qint64 withheldRows = 0; // partner rows whose count the partner withheld

    bool isPolice() const { return key == QLatin1String("police-uk"); }
    int firstMonth() const { return coveredMonths.isEmpty() ? 0 : coveredMonths.first(); }
    int lastMonth() const { return coveredMonths.isEmpty() ? 0 : coveredMonths.last(); }
};

// An immutable snapshot of everything the analysis needs, read from the project's aggregate
// tables once (when data or the definition changes) and then shared by every filter of the
// dashboard, the command line and the exports. Copies are cheap (implicitly shared lists).
class AnalysisData {
    Q_DECLARE_TR_FUNCTIONS(sna::AnalysisData)
public:
    static constexpr const char* kPoliceSource = "police-uk";

    QList<AnalysisSource> sources;
    Geography geography;
    PopulationTable population;
    // LSOA code → (measure "imd" or "wimd", decile 1 = most deprived).
    QHash<QString, QPair<QString, int>> deprivation;
    QList<AgeBand> ageBands; // the standard bands first, then partners' own
    ViolenceDefinition definition;
    AnalysisSettings settings;
    // What the project holds, by dataset: format, authority type, partner, periods (for the
    // data gaps register and the success measures).
    struct Dataset {
        qint64 id = 0;
        QString format;
        QString authorityType;
        QString partner;
        QString fileName;
        int periodStart = 0;
        int periodEnd = 0;
    };
    QList<Dataset> datasets;
    QStringList partnershipAreas; // the profile's local authority codes
    QString partnershipName;

    static Result<std::shared_ptr<const AnalysisData>> load(Project& project);
    // The same data under another definition (the Definition tab recomputes as it is edited).
    std::shared_ptr<const AnalysisData> withDefinition(const ViolenceDefinition& definition) const;
    // The same data under other disclosure settings (edited, not yet saved).
    std::shared_ptr<const AnalysisData> withSettings(const AnalysisSettings& settings) const;

    const AnalysisSource* source(const QString& key) const;
    // The definition category a source category counts towards: nullopt when unmapped, an
    // empty string when mapped to "not serious violence".
    std::optional<QString> targetOf(const AnalysisSource& source, int category) const;
    // For each of the source's categories, the index of the definition category it counts
    // towards among the included categories, or -1.
    QList<int> categoryTargets(const AnalysisSource& source) const;
    QStringList includedCategories() const; // definition category ids, in order
    BilingualText categoryName(const QString& id) const;

    static QList<AgeBand> standardAgeBands();
    // "18-24", "18 to 24", "65+", "Under 18", "90 and over" → the band's range.
    static std::optional<AgeBand> parseAgeBand(const QString& text);
    static SourceClass classOf(const QString& authorityType);
};

} // namespace sna
