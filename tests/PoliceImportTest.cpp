#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "import/DatasetStore.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QSqlQuery>
#include <QVariant>

using namespace sna;
using namespace sna::test;

namespace {
qint64 records(Project& project)
{
    return scalar(project, QStringLiteral("SELECT COUNT(*) FROM crime_record"));
}
qint64 datasets(Project& project)
{
    return scalar(project, QStringLiteral("SELECT COUNT(*) FROM dataset"));
}
} // namespace

TEST_CASE("The published Leicestershire file imports completely")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto report = PoliceUkImporter(*project).importFile(leicestershireFile());
    REQUIRE(report.ok());
    CHECK(report.value().rowsRead == 8503);
    CHECK(report.value().rowsStored == 8503);
    CHECK(report.value().rowsRejected == 0);
    CHECK(report.value().periodStart == 201901);
    CHECK(report.value().periodEnd == 201901);
    CHECK(report.value().sha256.size() == 64);
    CHECK(records(*project) == 8503);

    // Anti-social behaviour rows have no crime ID and no outcome: stored as NULL, not dropped.
    CHECK(scalar(*project,
                 QStringLiteral("SELECT COUNT(*) FROM crime_record r JOIN crime_category c "
                                "ON c.id = r.category_id WHERE c.name = 'Anti-social behaviour' "
                                "AND r.crime_id IS NULL AND r.outcome_id IS NULL")) == 897);
    // 'No Location' rows keep their row, without coordinates or LSOA.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM crime_record WHERE lsoa_id IS NULL "
                                          "AND longitude IS NULL")) > 0);
    // A quoted location with a comma comes through whole.
    CHECK(scalar(*project,
                 QStringLiteral("SELECT COUNT(*) FROM place WHERE description LIKE '%,%'")) > 0);
    // Crime IDs are stored as their 32 bytes.
    CHECK(scalar(*project,
                 QStringLiteral("SELECT COUNT(*) FROM crime_record WHERE crime_id IS NOT NULL "
                                "AND length(crime_id) <> 32")) == 0);

    auto listed = DatasetStore(*project).list();
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().first().fileName == QLatin1String("2019-01-leicestershire-street.csv"));
    CHECK(listed.value().first().rowsStored == 8503);
}

TEST_CASE("Two forces covering the same month are two datasets, not duplicates")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(PoliceUkImporter(*project).importFile(leicestershireFile()).ok());
    auto welsh = PoliceUkImporter(*project).importFile(dyfedPowysFile());
    REQUIRE(welsh.ok());
    CHECK(welsh.value().rowsStored == 3276);
    CHECK(records(*project) == 8503 + 3276);
    CHECK(datasets(*project) == 2);
    // LSOAs outside the force's own area keep their W01 codes.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM lsoa WHERE code LIKE 'W01%'")) >
          100);
}

TEST_CASE("Welsh place names are stored byte for byte")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString csv = scratch.write(
        QStringLiteral("welsh.csv"),
        policeCsv(
            {policeRow(QStringLiteral("2024-03"), QStringLiteral("Robbery"),
                       QStringLiteral("W01000001"), QStringLiteral("On or near Ffordd Glyndŵr")),
             policeRow(QStringLiteral("2024-03"), QStringLiteral("Robbery"),
                       QStringLiteral("W01000002"),
                       QStringLiteral("\"On or near Heol y Bont, Ynys Môn\""))}));
    REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    QSqlQuery query(project->database());
    REQUIRE(query.exec(QStringLiteral("SELECT description FROM place ORDER BY description")));
    QStringList places;
    while (query.next())
        places << query.value(0).toString();
    CHECK(places == QStringList{QStringLiteral("On or near Ffordd Glyndŵr"),
                                QStringLiteral("On or near Heol y Bont, Ynys Môn")});
}

TEST_CASE("A file with bad rows is refused whole, naming line, column and value")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString csv =
        scratch.write(QStringLiteral("bad.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
                                 policeRow(QStringLiteral("2024-13"), QStringLiteral("Robbery")),
                                 policeRow(QStringLiteral("2024-02"), QString()),
                                 policeRow(QStringLiteral("2024-02"), QStringLiteral("Drugs"),
                                           QStringLiteral("X99")),
                                 policeRow(QStringLiteral("2024-02"), QStringLiteral("Drugs"))}));
    auto report = PoliceUkImporter(*project).importFile(csv);
    REQUIRE_FALSE(report.ok());
    const Error& error = report.error();
    CHECK(error.code == QLatin1String(kImportRowsRejected));
    CHECK(error.message.contains(QStringLiteral("3 of its 5 rows")));
    REQUIRE(error.details.size() == 3);
    CHECK(error.details[0].contains(QStringLiteral("line 3")));
    CHECK(error.details[0].contains(QStringLiteral("“Month”")));
    CHECK(error.details[0].contains(QStringLiteral("“2024-13”")));
    CHECK(error.details[1].contains(QStringLiteral("line 4")));
    CHECK(error.details[1].contains(QStringLiteral("crime type is empty")));
    CHECK(error.details[2].contains(QStringLiteral("“X99”")));
    // Nothing at all was stored.
    CHECK(records(*project) == 0);
    CHECK(datasets(*project) == 0);
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM crime_category")) == 0);
}

TEST_CASE("Skipping bad rows stores the good ones and keeps a rejection report")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    QByteArray csv = policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
                                policeRow(QStringLiteral("January"), QStringLiteral("Robbery")),
                                policeRow(QStringLiteral("2024-02"), QStringLiteral("Drugs"))});
    csv += ",2024-02,only,four\n"; // too few fields
    const QString path = scratch.write(QStringLiteral("mixed.csv"), csv);
    ImportOptions options;
    options.onError = OnRowError::Skip;
    auto report = PoliceUkImporter(*project).importFile(path, options);
    REQUIRE(report.ok());
    CHECK(report.value().rowsRead == 4);
    CHECK(report.value().rowsStored == 2);
    CHECK(report.value().rowsRejected == 2);
    CHECK(records(*project) == 2);
    auto rejected = DatasetStore(*project).rejectedRows(report.value().datasetId);
    REQUIRE(rejected.ok());
    REQUIRE(rejected.value().size() == 2);
    CHECK(rejected.value()[0].line == 3);
    CHECK(rejected.value()[0].column == QLatin1String("Month"));
    CHECK(rejected.value()[0].value == QLatin1String("January"));
    CHECK(rejected.value()[1].line == 5);
    CHECK(rejected.value()[1].reason.contains(QStringLiteral("expected 12 fields")));
}

TEST_CASE("The same file again is refused, replaced or skipped — never counted twice")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString csv =
        scratch.write(QStringLiteral("a.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery"))}));
    auto first = PoliceUkImporter(*project).importFile(csv);
    REQUIRE(first.ok());

    auto refused = PoliceUkImporter(*project).importFile(csv);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String(kImportDuplicate));
    CHECK(records(*project) == 1);

    ImportOptions skip;
    skip.onDuplicate = OnDuplicate::Skip;
    auto skipped = PoliceUkImporter(*project).importFile(csv, skip);
    REQUIRE(skipped.ok());
    CHECK(skipped.value().skippedAsDuplicate);
    CHECK(records(*project) == 1);
    CHECK(datasets(*project) == 1);

    ImportOptions replace;
    replace.onDuplicate = OnDuplicate::Replace;
    auto replaced = PoliceUkImporter(*project).importFile(csv, replace);
    REQUIRE(replaced.ok());
    CHECK(replaced.value().replacedDatasetId == first.value().datasetId);
    CHECK(records(*project) == 1);
    CHECK(datasets(*project) == 1);
    CHECK(scalar(*project, QStringLiteral("SELECT SUM(n) FROM crime_count")) == 1);
}

TEST_CASE("A cancelled import leaves the project exactly as it was")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](qint64 done, qint64) { return ++calls < 2 && done >= 0; };
    auto report = PoliceUkImporter(*project).importFile(leicestershireFile(), options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QLatin1String(kImportCancelled));
    CHECK(records(*project) == 3276);
    CHECK(datasets(*project) == 1);
}

TEST_CASE("Files that are not street-level crime are refused with what was found")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString lookup =
        scratch.write(QStringLiteral("lookup.csv"), "FID,LAD19CD,LAD19NM\n1,E06000016,Leicester\n");
    auto report = PoliceUkImporter(*project).importFile(lookup);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(
        QStringLiteral("not a data.police.uk street-level crime file")));
    CHECK(report.error().message.contains(QStringLiteral("FID, LAD19CD, LAD19NM")));

    const QString broken =
        scratch.write(QStringLiteral("broken.csv"),
                      policeCsv({}) + ",2024-01,P,P,,,\"unterminated,,,Robbery,,\n");
    auto brokenReport = PoliceUkImporter(*project).importFile(broken);
    REQUIRE_FALSE(brokenReport.ok());
    CHECK(brokenReport.error().message.contains(QStringLiteral("line 2")));

    auto missing =
        PoliceUkImporter(*project).importFile(scratch.path(QStringLiteral("missing.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    CHECK(datasets(*project) == 0);
}

TEST_CASE("A Windows-1252 file from Excel is detected and decoded")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    QByteArray csv = policeCsv({});
    csv += ",2024-01,P,P,,,On or near Caf\xE9 M\xF4n,,,Robbery,,\n"; // Windows-1252 é, ô
    const QString path = scratch.write(QStringLiteral("latin.csv"), csv);
    auto report = PoliceUkImporter(*project).importFile(path);
    REQUIRE(report.ok());
    CHECK(report.value().encoding == TextEncoding::Windows1252);
    QSqlQuery query(project->database());
    REQUIRE(query.exec(QStringLiteral("SELECT description FROM place")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("On or near Café Môn"));
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM dataset WHERE encoding = "
                                          "'windows-1252'")) == 1);
}

TEST_CASE("Text mixing UTF-8 and another encoding is refused with the line and column")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    QByteArray csv = policeCsv({});
    csv += ",2024-01,P,P,,,On or near Ffordd Glynd\xC5\xB5r,,,Robbery,,\n"; // UTF-8 ŵ
    csv += ",2024-01,P,P,,,On or near Caf\xE9,,,Robbery,,\n";               // Windows-1252 é
    const QString path = scratch.write(QStringLiteral("mixed.csv"), csv);
    auto report = PoliceUkImporter(*project).importFile(path);
    REQUIRE_FALSE(report.ok());
    REQUIRE_FALSE(report.error().details.isEmpty());
    CHECK(report.error().details.first().contains(QStringLiteral("line 3")));
    CHECK(report.error().details.first().contains(QStringLiteral("“Location”")));
    CHECK(report.error().details.first().contains(QStringLiteral("UTF-8")));
    CHECK(datasets(*project) == 0);
}

TEST_CASE("Removing a dataset removes its records and totals")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto first = PoliceUkImporter(*project).importFile(leicestershireFile());
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    REQUIRE(DatasetStore(*project).remove(first.value().datasetId).ok());
    CHECK(records(*project) == 3276);
    CHECK(scalar(*project, QStringLiteral("SELECT SUM(n) FROM crime_count")) == 3276);
    auto again = DatasetStore(*project).remove(first.value().datasetId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("no dataset")));
}
