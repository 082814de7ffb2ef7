#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/AnalysisData.h"
#include "analysis/AnalysisJson.h"
#include "analysis/DataGapStore.h"
#include "analysis/Measures.h"
#include "analysis/Summary.h"
#include "import/ImportPipeline.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace sna;
using namespace sna::test;

// A partnership's own way through the program: an ONS lookup of its LSOAs and wards, ONS
// population estimates, the IMD 2019 ranks, and a partner's extract of violent crime with date,
// time, LSOA, age, sex and offence, imported through a column mapping that also places the
// partner's offences in the local definition. Every figure below is worked out by hand from
// the files in tests/data/analysis (see its README for the rows); none is copied from the
// program's output.

namespace {

QString fixture(const QString& name)
{
    return dataFile(QStringLiteral("analysis/") + name);
}

const QString kPartner = QStringLiteral("Leicestershire Police crime extract");
const QString kSource = QStringLiteral("partner:Leicestershire Police crime extract");

// The project as a user builds it; `authorityType` is the partner's kind (police: counts of 1
// and 2 are hidden when published; health: 1 to 7).
std::unique_ptr<Project> importedProject(const Scratch& scratch, const QString& authorityType)
{
    auto project = createProject(scratch.path(authorityType + QStringLiteral(".sna")));
    const auto import = [&](const QString& file, const ImportOptions& options, qint64 rows) {
        auto report = ImportPipeline(*project).run(fixture(file), options);
        INFO(file.toStdString());
        REQUIRE(report.ok());
        CHECK(report.value().rowsStored == rows);
        return report.value();
    };
    // 20 Leicester LSOAs in 4 wards, and Blaby 002A outside the partnership.
    CHECK(import(QStringLiteral("LSOA11_WD19_LAD19_leicester.csv"), {}, 21).format ==
          QLatin1String("lookup"));
    CHECK(import(QStringLiteral("sapelsoasyoa2022-leicester.csv"), {}, 21).format ==
          QLatin1String("population"));
    CHECK(import(QStringLiteral("IMD19_LSOA11_leicester.csv"), {}, 20).format ==
          QLatin1String("imd"));
    auto mapping = ColumnMapping::load(fixture(QStringLiteral("violence-extract.mapping.json")));
    REQUIRE(mapping.ok());
    ImportOptions partner;
    partner.format = QStringLiteral("mapped");
    partner.mapping = mapping.value();
    partner.provenance.partner = kPartner;
    partner.provenance.authorityType = authorityType;
    const ImportReport report =
        import(QStringLiteral("violence-extract-2024-02-03.csv"), partner, 29);
    CHECK(report.periodStart == 202402);
    CHECK(report.periodEnd == 202403);
    return project;
}

// What `sna summary --json [--published]` prints for the project.
QJsonObject summaryJson(Project& project, bool published)
{
    auto summary = SummaryBuilder::build(project);
    REQUIRE(summary.ok());
    auto data = AnalysisData::load(project);
    REQUIRE(data.ok());
    auto notes = DataGapStore(project).load();
    REQUIRE(notes.ok());
    return AnalysisJson::build(summary.value(), *data.value(), notes.value(), published);
}

QJsonObject sourceOf(const QJsonObject& summary)
{
    return summary.value(QStringLiteral("analysis"))
        .toObject()
        .value(QStringLiteral("sources"))
        .toObject()
        .value(kSource)
        .toObject();
}

QJsonValue at(const QJsonValue& value, const QStringList& path)
{
    QJsonValue v = value;
    for (const QString& key : path)
        v = v.toObject().value(key);
    return v;
}

const QStringList kDays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                        QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                        QStringLiteral("sun")};
const QStringList kBands{QStringLiteral("0–9"),   QStringLiteral("10–17"), QStringLiteral("18–24"),
                         QStringLiteral("25–34"), QStringLiteral("35–44"), QStringLiteral("45–54"),
                         QStringLiteral("55–64"), QStringLiteral("65+")};
const QString kLeicester = QStringLiteral("E06000016");

QString lsoa(int n) // 1 → E01013601 (Leicester 001A) … 20 → E01013620
{
    return QStringLiteral("E0101%1").arg(3600 + n);
}

// Every count of the partner's measures, named, as printed (a number or "*").
QHash<QString, QJsonValue> figuresOf(const QJsonObject& src)
{
    QHash<QString, QJsonValue> f;
    f.insert(QStringLiteral("total"), src.value(QStringLiteral("total")));
    const auto each = [&](const QString& key, const QString& prefix, bool counted) {
        const QJsonObject object = src.value(key).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            f.insert(prefix + it.key(),
                     counted ? it.value().toObject().value(QStringLiteral("count")) : it.value());
    };
    each(QStringLiteral("by_month"), QStringLiteral("month:"), false);
    each(QStringLiteral("by_quarter"), QStringLiteral("quarter:"), true);
    each(QStringLiteral("by_financial_year"), QStringLiteral("fy:"), true);
    each(QStringLiteral("by_category"), QStringLiteral("category:"), false);
    const QJsonObject areas = src.value(QStringLiteral("by_area")).toObject();
    for (auto level = areas.begin(); level != areas.end(); ++level) {
        const QJsonObject entries = level.value().toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            f.insert(level.key() + QLatin1Char(':') + it.key(),
                     it.value().toObject().value(QStringLiteral("count")));
    }
    const QJsonValue c = src.value(QStringLiteral("concentration"));
    f.insert(QStringLiteral("placed"), at(c, {QStringLiteral("records_with_lsoa")}));
    f.insert(QStringLiteral("top5"),
             at(c, {QStringLiteral("top_5_percent"), QStringLiteral("count")}));
    f.insert(QStringLiteral("top10"),
             at(c, {QStringLiteral("top_10_percent"), QStringLiteral("count")}));
    const QJsonValue d = src.value(QStringLiteral("by_deprivation_decile"));
    for (int decile = 1; decile <= 10; ++decile)
        f.insert(
            QStringLiteral("decile:%1").arg(decile),
            at(d, {QStringLiteral("deciles"), QString::number(decile), QStringLiteral("count")}));
    f.insert(QStringLiteral("without-decile"), at(d, {QStringLiteral("without_decile")}));
    const QJsonValue hw = src.value(QStringLiteral("hour_weekday"));
    f.insert(QStringLiteral("timed"), at(hw, {QStringLiteral("timed_records")}));
    for (const QString& day : kDays) {
        const QJsonArray hours = at(hw, {QStringLiteral("by_day"), day}).toArray();
        for (int h = 0; h < hours.size(); ++h)
            f.insert(QStringLiteral("hw:%1:%2").arg(day).arg(h), hours.at(h));
    }
    const QJsonObject ages = src.value(QStringLiteral("by_age_sex")).toObject();
    for (auto it = ages.begin(); it != ages.end(); ++it) {
        const QJsonObject row = it.value().toObject();
        f.insert(QStringLiteral("age:%1:f").arg(it.key()), row.value(QStringLiteral("female")));
        f.insert(QStringLiteral("age:%1:m").arg(it.key()), row.value(QStringLiteral("male")));
        f.insert(QStringLiteral("age:%1:o").arg(it.key()),
                 row.value(QStringLiteral("other_or_unknown")));
    }
    const QJsonObject coverage = src.value(QStringLiteral("coverage")).toObject();
    f.insert(QStringLiteral("without-area"),
             coverage.value(QStringLiteral("records_without_area")));
    f.insert(QStringLiteral("outside"),
             coverage.value(QStringLiteral("records_outside_partnership")));
    return f;
}

// The true figures, counted by hand from violence-extract-2024-02-03.csv (29 rows):
// - 3 rows of "Criminal damage" are outside the local definition: never counted.
// - Row 15 (Blaby 002A) is outside the partnership, row 22 has no LSOA: neither is in the
//   partnership's figures (each is 1 in coverage).
// - The other 24 rows are serious violence in Leicester: Assault with injury 14 and Wounding
//   with intent 4 (violence against the person 18), Robbery of personal property 4, Possession
//   of a bladed article 2 (weapons); 10 in February 2024 and 14 in March.
// - By LSOA: 001A (E01013601) 8, 001B 5, 001C 4, 003A (E01013606) 4, 005A (E01013611) 2,
//   007A (E01013616) 1; the other 14 LSOAs of the lookup 0. Wards: Abbey (001A–002B) 8+5+4 = 17,
//   Aylestone (003A–004B) 4, Belgrave (005A–006B) 2, Castle (007A–008B) 1.
// - IMD 2019 ranks of 32,844 give deciles ⌈rank × 10 / 32,844⌉: 001A–002B (ranks 120 … 3,284)
//   decile 1, 003A–004B (3,285 … 6,568) 2, 005A–006B (14,000 … 16,000) 5, 007B–008B
//   (27,000 … 28,500) 9; 007A (E01013616) is not in the file. Decile 1: 17, 2: 4, 5: 2, 9: 0,
//   without a decile 1.
// - Times: 19 rows have one, 5 have none. Days from the calendar (1 March 2024 a Friday, 29
//   February a Thursday), the hour is the clock's hour (23:59 is in 23, 00:00 in 0).
// - Ages (bands) and sex: 10–17 F 1 M 4; 18–24 F 1 M 7; 25–34 F 1 M 5; 35–44 F 2; 45–54 F 1
//   M 1; 55–64 F 1 (7 women, 17 men).
QHash<QString, qint64> handCounts()
{
    QHash<QString, qint64> t{
        {QStringLiteral("total"), 24},
        {QStringLiteral("month:2024-02"), 10},
        {QStringLiteral("month:2024-03"), 14},
        {QStringLiteral("quarter:2024-Q1"), 24}, // January has no data: February + March
        {QStringLiteral("fy:2023/24"), 24},
        {QStringLiteral("category:violence-against-the-person"), 18},
        {QStringLiteral("category:robbery"), 4},
        {QStringLiteral("category:weapons"), 2},
        {QStringLiteral("ward:E05010458"), 17},
        {QStringLiteral("ward:E05010459"), 4},
        {QStringLiteral("ward:E05010460"), 2},
        {QStringLiteral("ward:E05010461"), 1},
        {QStringLiteral("lad:") + kLeicester, 24},
        {QStringLiteral("csp:E22000168"), 24}, // Leicester's CSP and force, from the ONS lookup
        {QStringLiteral("pfa:E23000021"), 24},
        {QStringLiteral("placed"), 24},
        {QStringLiteral("top5"), 8},   // ⌈5% of 20 LSOAs⌉ = 1: 001A
        {QStringLiteral("top10"), 13}, // ⌈10% of 20⌉ = 2: 001A + 001B = 8 + 5
        {QStringLiteral("decile:1"), 17},
        {QStringLiteral("decile:2"), 4},
        {QStringLiteral("decile:5"), 2},
        {QStringLiteral("without-decile"), 1},
        {QStringLiteral("timed"), 19},
        {QStringLiteral("without-area"), 1},
        {QStringLiteral("outside"), 1},
    };
    const QHash<int, qint64> lsoas{{1, 8}, {2, 5}, {3, 4}, {6, 4}, {11, 2}, {16, 1}};
    for (int n = 1; n <= 20; ++n)
        t.insert(QStringLiteral("lsoa:") + lsoa(n), lsoas.value(n));
    for (int d : {3, 4, 6, 7, 8, 9, 10})
        t.insert(QStringLiteral("decile:%1").arg(d), 0);
    for (const QString& day : kDays) {
        for (int h = 0; h < 24; ++h)
            t.insert(QStringLiteral("hw:%1:%2").arg(day).arg(h), 0);
    }
    // Row by row: Sat 3 Feb 23:30, Sat 2 Mar 23:59, Sat 9 Mar 23:05 (Blaby's Sat 2 Mar 23:15,
    // the unplaced Sat 9 Mar 23:40 and the criminal damage of Sat 16 Mar 23:20 are not counted).
    t[QStringLiteral("hw:sat:23")] = 3;
    t[QStringLiteral("hw:sun:0")] = 2;  // Sun 4 Feb 00:20, Sun 3 Mar 00:00
    t[QStringLiteral("hw:fri:21")] = 2; // Fri 9 Feb 21:40, Fri 1 Mar 21:10
    t[QStringLiteral("hw:fri:22")] = 2; // Fri 23 Feb 22:45, Fri 1 Mar 22:10
    t[QStringLiteral("hw:wed:15")] = 2; // Wed 28 Feb 15:40, Wed 6 Mar 15:20
    t[QStringLiteral("hw:sat:0")] = 1;  // Sat 2 Mar 00:10
    t[QStringLiteral("hw:sat:1")] = 1;  // Sat 17 Feb 01:15
    t[QStringLiteral("hw:sat:22")] = 1; // Sat 24 Feb 22:15
    t[QStringLiteral("hw:sun:2")] = 1;  // Sun 10 Mar 02:30
    t[QStringLiteral("hw:mon:7")] = 1;  // Mon 4 Mar 07:05
    t[QStringLiteral("hw:tue:12")] = 1; // Tue 12 Mar 12:00
    t[QStringLiteral("hw:thu:18")] = 1; // Thu 29 Feb 18:00
    t[QStringLiteral("hw:thu:20")] = 1; // Thu 15 Feb 20:05
    const QHash<QString, std::array<qint64, 2>> ages{
        {QStringLiteral("10–17"), {1, 4}}, {QStringLiteral("18–24"), {1, 7}},
        {QStringLiteral("25–34"), {1, 5}}, {QStringLiteral("35–44"), {2, 0}},
        {QStringLiteral("45–54"), {1, 1}}, {QStringLiteral("55–64"), {1, 0}}};
    for (const QString& band : kBands) {
        t.insert(QStringLiteral("age:%1:f").arg(band), ages.value(band, {0, 0})[0]);
        t.insert(QStringLiteral("age:%1:m").arg(band), ages.value(band, {0, 0})[1]);
        t.insert(QStringLiteral("age:%1:o").arg(band), 0);
    }
    return t;
}

// Sums a reader knows hold between the figures (parts, total). "untimed" (records without a
// time) is never printed, but total − timed gives it.
using Line = std::pair<QStringList, QString>;
QList<Line> knownSums()
{
    QList<Line> lines{
        {{QStringLiteral("category:violence-against-the-person"),
          QStringLiteral("category:robbery"), QStringLiteral("category:weapons")},
         QStringLiteral("total")},
        {{QStringLiteral("month:2024-02"), QStringLiteral("month:2024-03")},
         QStringLiteral("total")},
        {{QStringLiteral("month:2024-02"), QStringLiteral("month:2024-03")},
         QStringLiteral("quarter:2024-Q1")},
        {{QStringLiteral("month:2024-02"), QStringLiteral("month:2024-03")},
         QStringLiteral("fy:2023/24")},
        {{QStringLiteral("ward:E05010458"), QStringLiteral("ward:E05010459"),
          QStringLiteral("ward:E05010460"), QStringLiteral("ward:E05010461")},
         QStringLiteral("lad:") + kLeicester},
        {{QStringLiteral("lad:") + kLeicester}, QStringLiteral("total")},
        {{QStringLiteral("lad:") + kLeicester}, QStringLiteral("csp:E22000168")},
        {{QStringLiteral("lad:") + kLeicester}, QStringLiteral("pfa:E23000021")},
        {{QStringLiteral("placed")}, QStringLiteral("total")},
        {{QStringLiteral("lsoa:") + lsoa(1)}, QStringLiteral("top5")},
        {{QStringLiteral("lsoa:") + lsoa(1), QStringLiteral("lsoa:") + lsoa(2)},
         QStringLiteral("top10")},
        {{QStringLiteral("lsoa:") + lsoa(16)}, QStringLiteral("without-decile")},
        {{QStringLiteral("timed"), QStringLiteral("untimed")}, QStringLiteral("total")},
    };
    const QStringList wards{QStringLiteral("E05010458"), QStringLiteral("E05010459"),
                            QStringLiteral("E05010460"), QStringLiteral("E05010461")};
    const QList<int> deciles{1, 2, 5, 9};
    QStringList allLsoas;
    for (int w = 0; w < 4; ++w) {
        QStringList parts;
        for (int n = 5 * w + 1; n <= 5 * w + 5; ++n)
            parts << QStringLiteral("lsoa:") + lsoa(n);
        allLsoas << parts;
        lines.append({parts, QStringLiteral("ward:") + wards[w]});
        parts.removeAll(QStringLiteral("lsoa:") + lsoa(16)); // no IMD decile
        lines.append({parts, QStringLiteral("decile:%1").arg(deciles[w])});
    }
    lines.append({allLsoas, QStringLiteral("placed")});
    QStringList decileParts{QStringLiteral("without-decile")};
    for (int d = 1; d <= 10; ++d)
        decileParts << QStringLiteral("decile:%1").arg(d);
    lines.append({decileParts, QStringLiteral("placed")});
    QStringList hours, people;
    for (const QString& day : kDays) {
        for (int h = 0; h < 24; ++h)
            hours << QStringLiteral("hw:%1:%2").arg(day).arg(h);
    }
    lines.append({hours, QStringLiteral("timed")});
    for (const QString& band : kBands) {
        for (const char* sex : {"f", "m", "o"})
            people << QStringLiteral("age:%1:%2").arg(band, QLatin1String(sex));
    }
    lines.append({people, QStringLiteral("total")});
    return lines;
}

// Everything a reader can work out by subtraction: a sum with one figure not shown gives it
// away, and what is found may give away more.
QHash<QString, double> workedOut(const QHash<QString, QJsonValue>& printed)
{
    QHash<QString, double> known;
    for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
        if (it.value().isDouble())
            known.insert(it.key(), it.value().toDouble());
    }
    const QList<Line> lines = knownSums();
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& [parts, total] : lines) {
            QStringList unknown;
            double sum = 0;
            for (const QString& part : parts) {
                if (known.contains(part))
                    sum += known.value(part);
                else
                    unknown << part;
            }
            if (!known.contains(total))
                unknown << total;
            if (unknown.size() != 1)
                continue;
            known.insert(unknown.first(),
                         unknown.first() == total ? sum : known.value(total) - sum);
            changed = true;
        }
    }
    return known;
}

QStringList namesOf(const QHash<QString, QJsonValue>& figures)
{
    QStringList names = figures.keys();
    names.sort();
    return names;
}

} // namespace

TEST_CASE("Partner extract with times: heatmap, areas, concentration and deciles by hand")
{
    Scratch scratch;
    auto project = importedProject(scratch, QStringLiteral("police"));
    const QJsonObject src = sourceOf(summaryJson(*project, false));
    REQUIRE(src.value(QStringLiteral("available")).toBool());
    CHECK(src.value(QStringLiteral("authority_type")).toString() == QLatin1String("police"));
    CHECK(src.value(QStringLiteral("disclosure")).toString() == QLatin1String("other"));

    // Every count, exactly as worked out by hand — and nothing else printed.
    const QHash<QString, qint64> hand = handCounts();
    const QHash<QString, QJsonValue> figures = figuresOf(src);
    QStringList expectedNames = hand.keys();
    expectedNames.sort();
    CHECK(namesOf(figures) == expectedNames);
    for (auto it = hand.cbegin(); it != hand.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(figures.value(it.key()).isDouble());
        CHECK(figures.value(it.key()).toDouble() == double(it.value()));
    }
    // The sums the published test relies on hold for the hand counts (5 untimed rows).
    QHash<QString, qint64> withUntimed = hand;
    withUntimed.insert(QStringLiteral("untimed"), 5);
    for (const auto& [parts, total] : knownSums()) {
        qint64 sum = 0;
        for (const QString& part : parts)
            sum += withUntimed.value(part);
        INFO(total.toStdString());
        CHECK(sum == withUntimed.value(total));
    }

    // (a) Hour × weekday: Monday first, "sat" is the sixth row; 23:59 is in hour 23 and the
    // 00:00 after a Saturday night is Sunday's hour 0. Rows without a time are in the total
    // (24) but not in the heatmap (19).
    const QJsonObject byDay =
        at(src, {QStringLiteral("hour_weekday"), QStringLiteral("by_day")}).toObject();
    CHECK(byDay.keys().size() == 7);
    CHECK(byDay.value(QStringLiteral("sat")).toArray().size() == 24);
    CHECK(byDay.value(QStringLiteral("sat")).toArray().at(23).toInt() == 3);
    CHECK(byDay.value(QStringLiteral("fri")).toArray().at(23).toInt() == 0);
    CHECK(byDay.value(QStringLiteral("sun")).toArray().at(0).toInt() == 2);
    CHECK(at(src, {QStringLiteral("hour_weekday"), QStringLiteral("timed_records")}).toInt() == 19);
    CHECK(src.value(QStringLiteral("total")).toInt() == 24);
    {
        auto data = AnalysisData::load(*project);
        REQUIRE(data.ok());
        AnalysisFilter filter;
        filter.source = kSource;
        const MeasureSet m = Measures::compute(*data.value(), filter);
        REQUIRE(m.hasHourWeekday);
        CHECK(m.hourWeekday[5][23] == 3); // 0 = Monday … 5 = Saturday
        CHECK(m.hourWeekday[6][0] == 2);
        CHECK(m.timedEvents == 19);
        CHECK(m.total == 24);
        // Under 25: the 10–17 and 18–24 bands, 5 + 8.
        filter.cohort = Cohort::Under25;
        CHECK(Measures::compute(*data.value(), filter).total == 13);
        // One ward: Abbey's LSOAs, 8 + 5 + 4.
        filter.cohort = Cohort::All;
        filter.areaLevel = QStringLiteral("ward");
        filter.areaCode = QStringLiteral("E05010458");
        CHECK(Measures::compute(*data.value(), filter).total == 17);
    }

    // (b) The busiest areas, largest first; equal counts in code order, then LSOAs without
    // records (zeros, from the lookup) in code order. Rates per 1,000 from the 2022 estimates,
    // rounded to two places: 8 / 1,600 → 5, 5 / 1,500 → 3.33, 4 / 1,000 (003A) → 4.
    const QJsonArray topLsoas =
        at(src, {QStringLiteral("top_areas"), QStringLiteral("lsoa")}).toArray();
    const QList<std::pair<int, int>> expectedTop{{1, 8},  {2, 5}, {3, 4}, {6, 4}, {11, 2},
                                                 {16, 1}, {4, 0}, {5, 0}, {7, 0}, {8, 0}};
    REQUIRE(topLsoas.size() == 10);
    for (int i = 0; i < 10; ++i) {
        INFO(i);
        CHECK(topLsoas.at(i).toObject().value(QStringLiteral("code")).toString() ==
              lsoa(expectedTop[i].first));
        CHECK(topLsoas.at(i).toObject().value(QStringLiteral("count")).toInt() ==
              expectedTop[i].second);
    }
    CHECK(topLsoas.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QLatin1String("Leicester 001A"));
    CHECK(topLsoas.at(0).toObject().value(QStringLiteral("rate_per_1000")).toDouble() == 5.0);
    CHECK(topLsoas.at(1).toObject().value(QStringLiteral("rate_per_1000")).toDouble() == 3.33);
    CHECK(topLsoas.at(3).toObject().value(QStringLiteral("rate_per_1000")).toDouble() == 4.0);
    const QJsonArray topWards =
        at(src, {QStringLiteral("top_areas"), QStringLiteral("ward")}).toArray();
    QStringList wardNames;
    for (const QJsonValue& ward : topWards)
        wardNames << ward.toObject().value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                         QString::number(ward.toObject().value(QStringLiteral("count")).toInt());
    CHECK(wardNames == QStringList{QStringLiteral("Abbey 17"), QStringLiteral("Aylestone 4"),
                                   QStringLiteral("Belgrave 2"), QStringLiteral("Castle 1")});
    // Abbey: 17 over 1,600 + 1,500 + 1,400 + 1,700 + 1,800 = 8,000 → 2.125, rounded half away
    // from zero to 2.13.
    CHECK(topWards.at(0).toObject().value(QStringLiteral("population")).toDouble() == 8000);
    CHECK(topWards.at(0).toObject().value(QStringLiteral("rate_per_1000")).toDouble() == 2.13);

    // (c) Concentration over the lookup's 20 LSOAs (those without records count).
    const QJsonObject c = src.value(QStringLiteral("concentration")).toObject();
    CHECK(c.value(QStringLiteral("lsoas")).toInt() == 20);
    CHECK(c.value(QStringLiteral("basis")).toString() == QLatin1String("lookup"));
    CHECK(at(c, {QStringLiteral("top_5_percent"), QStringLiteral("lsoas")}).toInt() == 1);
    CHECK(at(c, {QStringLiteral("top_5_percent"), QStringLiteral("share")}).toDouble() ==
          33.3); // 8 / 24
    CHECK(at(c, {QStringLiteral("top_10_percent"), QStringLiteral("lsoas")}).toInt() == 2);
    CHECK(at(c, {QStringLiteral("top_10_percent"), QStringLiteral("share")}).toDouble() ==
          54.2); // 13 / 24 = 54.17

    // (d) Deciles: counts, LSOAs, populations and rates per 1,000.
    const QJsonObject deprivation = src.value(QStringLiteral("by_deprivation_decile")).toObject();
    CHECK(deprivation.value(QStringLiteral("measure")).toString() == QLatin1String("imd2019"));
    const auto decile = [&](int d, const QString& key) {
        return at(deprivation, {QStringLiteral("deciles"), QString::number(d), key});
    };
    // Decile 1: 17 / 8,000 = 2.125 → 2.13.
    CHECK(decile(1, QStringLiteral("lsoas")).toInt() == 5);
    CHECK(decile(1, QStringLiteral("population")).toDouble() == 8000);
    CHECK(decile(1, QStringLiteral("rate_per_1000")).toDouble() == 2.13);
    // Decile 2: 4 / (1,000 + 1,200 + 1,300 + 1,500 + 1,000 = 6,000) = 0.667 → 0.67.
    CHECK(decile(2, QStringLiteral("population")).toDouble() == 6000);
    CHECK(decile(2, QStringLiteral("rate_per_1000")).toDouble() == 0.67);
    // Decile 5: 2 / (1,500 + 1,600 + 1,700 + 1,800 + 1,400 = 8,000) = 0.25.
    CHECK(decile(5, QStringLiteral("rate_per_1000")).toDouble() == 0.25);
    // Decile 9: no records in 4 LSOAs of 2,000 + 1,900 + 2,100 + 2,000: a rate of 0.
    CHECK(decile(9, QStringLiteral("lsoas")).toInt() == 4);
    CHECK(decile(9, QStringLiteral("population")).toDouble() == 8000);
    CHECK(decile(9, QStringLiteral("rate_per_1000")).toDouble() == 0);
    // Decile 3 has no LSOA here: no population, no rate.
    CHECK(decile(3, QStringLiteral("lsoas")).toInt() == 0);
    CHECK(decile(3, QStringLiteral("population")).isNull());
    CHECK(decile(3, QStringLiteral("rate_per_1000")).isNull());
    // The partnership: 24 over the 20 LSOAs' 31,500 people = 0.762 → 0.76, from 2022.
    const QJsonObject rate = src.value(QStringLiteral("rate_per_1000")).toObject();
    CHECK(rate.value(QStringLiteral("population")).toDouble() == 31500);
    CHECK(rate.value(QStringLiteral("population_year")).toInt() == 2022);
    CHECK(rate.value(QStringLiteral("value")).toDouble() == 0.76);
    // Rates by age band and sex, over the band's own population (the 20 LSOAs' F18…F24 and
    // M18…M24 columns): 18–24 female 1 / 1,274 = 0.785 → 0.78; male 7 / 1,190 = 5.882 → 5.88.
    const QJsonObject young = src.value(QStringLiteral("by_age_sex"))
                                  .toObject()
                                  .value(QStringLiteral("18–24"))
                                  .toObject();
    CHECK(young.value(QStringLiteral("female_rate_per_1000")).toDouble() == 0.78);
    CHECK(young.value(QStringLiteral("male_rate_per_1000")).toDouble() == 5.88);
}

TEST_CASE("Partner extract published: small counts hidden by the source's kind, none recoverable")
{
    // Police (and every other non-health partner): 1 and 2 hidden. Health: 1 to 7.
    const auto kind = GENERATE(as<QString>{}, QStringLiteral("police"), QStringLiteral("health"));
    const qint64 threshold = kind == QLatin1String("health") ? 7 : 2;
    INFO(kind.toStdString());
    Scratch scratch;
    auto project = importedProject(scratch, kind);
    const QJsonObject json = summaryJson(*project, true);
    const QJsonObject src = sourceOf(json);
    REQUIRE(src.value(QStringLiteral("available")).toBool());
    CHECK(src.value(QStringLiteral("disclosure")).toString() ==
          (kind == QLatin1String("health") ? QLatin1String("health") : QLatin1String("other")));
    const QHash<QString, QJsonValue> figures = figuresOf(src);
    const QHash<QString, qint64> hand = handCounts();
    const QJsonValue star(QStringLiteral("*"));

    // Primary suppression: every count from 1 to the threshold is "*"; every figure shown is
    // its true value (no rounding by default).
    QStringList primary;
    for (auto it = hand.cbegin(); it != hand.cend(); ++it) {
        INFO(it.key().toStdString());
        const QJsonValue printed = figures.value(it.key());
        if (it.value() >= 1 && it.value() <= threshold) {
            primary << it.key();
            CHECK(printed == star);
        } else if (printed != star) {
            CHECK(printed.toDouble() == double(it.value()));
        }
    }
    if (5 <= threshold)
        primary << QStringLiteral("untimed"); // total − timed: 5 rows without a time

    // Hiding the small counts alone would not do: for police, weapons = 24 − 18 − 4; for
    // health (robbery hidden too), the 5 rows without a time = 24 − 19.
    QHash<QString, QJsonValue> primaryOnly = figuresOf(sourceOf(summaryJson(*project, false)));
    for (const QString& name : std::as_const(primary))
        primaryOnly.insert(name, star);
    if (kind == QLatin1String("police"))
        CHECK(workedOut(primaryOnly).value(QStringLiteral("category:weapons"), -1) == 2);
    else
        CHECK(workedOut(primaryOnly).value(QStringLiteral("untimed"), -1) == 5);

    // Secondary suppression: nothing hidden as small can be worked out by subtraction from the
    // figures shown, along any sum a reader knows.
    const QHash<QString, double> known = workedOut(figures);
    for (const QString& name : std::as_const(primary)) {
        INFO(name.toStdString());
        CHECK_FALSE(known.contains(name));
    }

    // Totals stay shown: each sum with a hidden part has another hidden part.
    CHECK(src.value(QStringLiteral("total")).toInt() == 24);
    CHECK(figures.value(QStringLiteral("category:violence-against-the-person")).toInt() == 18);
    CHECK(figures.value(QStringLiteral("category:weapons")) == star); // 2
    // Robbery (4) is hidden in both: under 8 for health; for police it is the smallest other
    // category, or weapons = 24 − 18 − robbery.
    CHECK(figures.value(QStringLiteral("category:robbery")) == star);
    if (kind == QLatin1String("police")) {
        // Saturday 23:00 (3) is shown: the heatmap's hidden hours are many already.
        CHECK(figures.value(QStringLiteral("hw:sat:23")).toInt() == 3);
        CHECK(figures.value(QStringLiteral("timed")).toInt() == 19);
        // Decile 1's rate is on 17 events, over the minimum of 10; decile 2's on 4 is not.
        const QJsonObject deciles =
            at(src, {QStringLiteral("by_deprivation_decile"), QStringLiteral("deciles")})
                .toObject();
        CHECK(at(deciles, {QStringLiteral("1"), QStringLiteral("rate_per_1000")}).toDouble() ==
              2.13);
        CHECK(at(deciles, {QStringLiteral("2"), QStringLiteral("count")}).toInt() == 4);
        CHECK(at(deciles, {QStringLiteral("2"), QStringLiteral("rate_per_1000")}) == star);
        CHECK(at(deciles, {QStringLiteral("5"), QStringLiteral("rate_per_1000")}) == star);
    } else {
        CHECK(figures.value(QStringLiteral("hw:sat:23")) == star);
        // 19 timed of 24 would give the 5 without a time.
        CHECK((figures.value(QStringLiteral("timed")) == star ||
               figures.value(QStringLiteral("total")) == star));
    }
    CHECK(at(json,
             {QStringLiteral("analysis"), QStringLiteral("disclosure"), QStringLiteral("applied")})
              .toBool());
}
