#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "demo/SyntheticPoliceData.h"
#include "import/ColumnMapping.h"
#include "import/DatasetStore.h"
#include "import/ImportPipeline.h"
#include "import/MappingStore.h"
#include "import/PersonalDataGuard.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sys/wait.h>
#include <unistd.h>

using namespace sna;
using namespace sna::test;

namespace {
QString fixture(const QString& name)
{
    return dataFile(QStringLiteral("import/") + name);
}

// Everything the project holds, table by table, row by row: "exactly as before" is checked on
// this, not on a few counts.
QString dump(Project& project)
{
    QSqlQuery tables(project.database());
    REQUIRE(tables.exec(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QString out;
    for (const QString& table : std::as_const(names)) {
        QSqlQuery rows(project.database());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        out += QStringLiteral("[%1]\n").arg(table);
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

ImportOptions partnerOptions(const QString& authority)
{
    ImportOptions options;
    options.provenance.partner = QStringLiteral("Test partner");
    options.provenance.authorityType = authority;
    options.provenance.sharingBasis = QStringLiteral("PCSC Act 2022 s.16");
    return options;
}

ColumnMapping simpleMapping()
{
    ColumnMapping mapping;
    mapping.name = QStringLiteral("monthly");
    mapping.partner = QStringLiteral("Test partner");
    mapping.columns = {{QStringLiteral("Month"), CanonicalField::Period, {}, {}, {}},
                       {QStringLiteral("Category"), CanonicalField::Category, {}, {}, {}},
                       {QStringLiteral("Count"), CanonicalField::Count, {}, {}, {}}};
    return mapping;
}

qint64 datasets(Project& project)
{
    return scalar(project, QStringLiteral("SELECT COUNT(*) FROM dataset"));
}
} // namespace

TEST_CASE("Guard: NHS numbers need a valid Modulus 11 check digit")
{
    CHECK(PersonalDataGuard::isValidNhsNumber("9434765919"));
    CHECK(PersonalDataGuard::isValidNhsNumber("943 476 5919"));
    CHECK(PersonalDataGuard::isValidNhsNumber("943-476-5919"));
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber("9434765918")); // wrong check digit
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber("1111111111")); // repeated digit
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber("943476591"));
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber("94347659190"));
    // A remainder giving check digit 10 is never a valid number.
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber("1000000010"));
}

TEST_CASE("Guard: postcodes, e-mail, phones, addresses, titles and snapped locations")
{
    CHECK(PersonalDataGuard::containsFullPostcode("LE1 5XY"));
    CHECK(PersonalDataGuard::containsFullPostcode("SW1A 1AA"));
    CHECK(PersonalDataGuard::containsFullPostcode("LL65 1TE"));
    CHECK(PersonalDataGuard::containsFullPostcode("12 High Street, Leicester LE1 5XY"));
    CHECK(PersonalDataGuard::containsFullPostcode("le15xy"));
    CHECK_FALSE(PersonalDataGuard::containsFullPostcode("LE1"));       // district only
    CHECK_FALSE(PersonalDataGuard::containsFullPostcode("LE1 5"));     // sector only
    CHECK_FALSE(PersonalDataGuard::containsFullPostcode("E01025631")); // an LSOA code
    CHECK_FALSE(PersonalDataGuard::containsFullPostcode(
        "66d677df595c063871718ce33611fa028c9d319571185c10db52805ef5cc387c"));
    CHECK(PersonalDataGuard::looksLikeEmail("jo.bloggs@example.org"));
    CHECK_FALSE(PersonalDataGuard::looksLikeEmail("@police"));
    CHECK(PersonalDataGuard::looksLikePhone("01234 567890"));
    CHECK(PersonalDataGuard::looksLikePhone("+44 7700 900123"));
    CHECK_FALSE(PersonalDataGuard::looksLikePhone("20150000"));
    CHECK(PersonalDataGuard::looksLikeStreetAddress("12 High Street"));
    CHECK(PersonalDataGuard::looksLikeStreetAddress("3a Heol y Bont"));
    CHECK_FALSE(PersonalDataGuard::looksLikeStreetAddress("12 January 2024"));
    CHECK_FALSE(PersonalDataGuard::looksLikeStreetAddress("10 to 17"));
    CHECK(PersonalDataGuard::startsWithTitle("Mrs Jones"));
    CHECK_FALSE(PersonalDataGuard::startsWithTitle("Drugs"));
    CHECK(PersonalDataGuard::isSnappedLocation("On or near Lowland Avenue"));
    CHECK(PersonalDataGuard::isSnappedLocation("No Location"));
}

TEST_CASE("Guard: published files pass, with the snapped locations recorded")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    for (const QString& path :
         {leicestershireFile(), dataFile(QStringLiteral("indicators-CountyUA.data.csv")),
          dataFile(QStringLiteral("LAD19_CSP19_PFA19_EW_lookup_Dec2019.csv"))}) {
        auto report = ImportPipeline(*project).run(path, {});
        INFO(path.toStdString());
        REQUIRE(report.ok());
        CHECK_FALSE(report.value().guard.hasFindings());
    }
    auto decisions = DatasetStore(*project).guardDecisions(1);
    REQUIRE(decisions.ok());
    REQUIRE(decisions.value().size() == 1);
    CHECK(decisions.value().first().column == QLatin1String("Location"));
    CHECK(decisions.value().first().decision == QLatin1String("anonymised-by-publisher"));
    CHECK(decisions.value().first().count == 8503);
}

TEST_CASE("Guard: a health file with identifiers is refused, whatever is decided")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    const QString before = dump(*project);
    const QString path = scratch.write(QStringLiteral("ae.csv"), "Month,Category,Count,Patient\n"
                                                                 "2024-01,Assault,3,943 476 5919\n"
                                                                 "2024-01,Assault,2,\n"
                                                                 "2024-02,Assault,1,9434765919\n");
    ImportOptions options = partnerOptions(QStringLiteral("health"));
    options.mapping = simpleMapping();
    options.format = QStringLiteral("mapped");
    options.dropColumns = {QStringLiteral("Patient")};
    auto report = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QLatin1String(kImportPersonalDataRefused));
    CHECK(report.error().message.contains(QStringLiteral("Patient")));
    CHECK(report.error().message.contains(QStringLiteral("178–179")));
    REQUIRE(report.error().details.size() == 1);
    CHECK(report.error().details.first().contains(QStringLiteral("NHS number")));
    CHECK(report.error().details.first().contains(QStringLiteral("lines 2, 4")));
    CHECK_FALSE(report.error().fullText().contains(QStringLiteral("943 476 5919")));
    CHECK(dump(*project) == before);

    // Dates of birth by their column's name, in a social-care file.
    const QString care = scratch.write(
        QStringLiteral("care.csv"), "Month,Category,Count,D.O.B.\n2024-01,Referral,1,01/02/2009\n");
    ImportOptions careOptions = partnerOptions(QStringLiteral("social-care"));
    careOptions.mapping = simpleMapping();
    careOptions.format = QStringLiteral("mapped");
    auto refused = ImportPipeline(*project).run(care, careOptions);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String(kImportPersonalDataRefused));
    CHECK(refused.error().details.first().contains(QStringLiteral("date of birth")));
    CHECK(dump(*project) == before);
}

TEST_CASE("Guard: from other partners each flagged column is dropped or confirmed")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString path = scratch.write(
        QStringLiteral("yjs.csv"),
        "Month,Category,Count,Contact,Home,Notes\n"
        "2024-01,Robbery,2,jo@example.org,12 High Street LE1 5XY,Seen near the bus station after "
        "school with two older boys\n"
        "2024-01,Knife possession,1,,,Referred by the school nurse following concerns raised by "
        "a teacher\n"
        "2024-02,Robbery,1,sam@example.org,,Victim was threatened with a bottle outside the shop "
        "on the corner\n");
    ImportOptions options = partnerOptions(QStringLiteral("youth-justice"));
    options.mapping = simpleMapping();
    options.format = QStringLiteral("mapped");
    const QString before = dump(*project);
    auto undecided = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(undecided.ok());
    CHECK(undecided.error().code == QLatin1String(kImportPersonalData));
    CHECK(undecided.error().message.contains(QStringLiteral("Contact, Home, Notes")));
    const QString details = undecided.error().details.join(QLatin1Char('\n'));
    CHECK(details.contains(QStringLiteral("e-mail address")));
    CHECK(details.contains(QStringLiteral("full postcode")));
    CHECK(details.contains(QStringLiteral("street address")));
    CHECK(details.contains(QStringLiteral("free text")));
    CHECK(dump(*project) == before);

    options.dropColumns = {QStringLiteral("contact"), QStringLiteral("Home")};
    auto stillUndecided = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(stillUndecided.ok());
    CHECK(stillUndecided.error().message.contains(QStringLiteral("Notes")));
    CHECK_FALSE(stillUndecided.error().message.contains(QStringLiteral("Contact")));

    options.confirmColumns = {QStringLiteral("Notes")};
    auto imported = ImportPipeline(*project).run(path, options);
    REQUIRE(imported.ok());
    auto decisions = DatasetStore(*project).guardDecisions(imported.value().datasetId);
    REQUIRE(decisions.ok());
    QStringList recorded;
    for (const StoredGuardDecision& d : decisions.value())
        recorded << d.column + QLatin1Char(':') + d.finding + QLatin1Char(':') + d.decision;
    CHECK(recorded.contains(QStringLiteral("Contact:email:dropped")));
    CHECK(recorded.contains(QStringLiteral("Home:postcode:dropped")));
    CHECK(recorded.contains(QStringLiteral("Home:address:dropped")));
    CHECK(recorded.contains(QStringLiteral("Notes:free-text:confirmed")));
    // A dropped column is never stored anywhere.
    CHECK_FALSE(dump(*project).contains(QStringLiteral("jo@example.org")));
    CHECK_FALSE(dump(*project).contains(QStringLiteral("LE1 5XY")));
}

TEST_CASE("Guard: runs first, before a format or mapping problem is reported")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString path = scratch.write(QStringLiteral("unknown.csv"),
                                       "Forename,Surname,Offence\nJo,Bloggs,Robbery\n");
    ImportOptions options;
    options.provenance.authorityType = QStringLiteral("probation");
    auto report = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QLatin1String(kImportPersonalData));
    CHECK(report.error().message.contains(QStringLiteral("Forename, Surname")));
    // The format problem comes after, as a detail.
    CHECK(report.error().details.last().contains(QStringLiteral("not recognised")));

    // Without personal data the format problem is the answer.
    const QString plain =
        scratch.write(QStringLiteral("plain.csv"), "When,What\n2024-01,Robbery\n");
    auto unknown = ImportPipeline(*project).run(plain, options);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QLatin1String(kImportNeedsMapping));
    CHECK(unknown.error().message.contains(QStringLiteral("When, What")));
    CHECK(datasets(*project) == 0);
}

TEST_CASE("A column to drop or confirm must exist")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    ImportOptions options;
    options.dropColumns = {QStringLiteral("Surname")};
    auto report = ImportPipeline(*project).run(leicestershireFile(), options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QLatin1String(kImportBadOptions));
    CHECK(report.error().message.contains(QStringLiteral("no column “Surname”")));
}

TEST_CASE("Mapped partner data: rows checked, provenance recorded, mapping saved and reused")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto mapping = ColumnMapping::load(fixture(QStringLiteral("ed-assaults.mapping.json")));
    REQUIRE(mapping.ok());
    ImportOptions options;
    options.mapping = mapping.value();
    options.provenance.receivedOn = QDate(2024, 4, 5);
    options.provenance.importedBy = QStringLiteral("analyst");
    auto report =
        ImportPipeline(*project).run(fixture(QStringLiteral("ed-assaults-2024-03.csv")), options);
    REQUIRE(report.ok());
    CHECK(report.value().format == QLatin1String("mapped"));
    CHECK(report.value().rowsStored == 4);
    CHECK(report.value().periodStart == 202403);
    // A suppressed count is missing, not zero.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM partner_record WHERE n IS NULL "
                                          "AND suppressed = 1")) == 1);
    CHECK(scalar(*project, QStringLiteral("SELECT SUM(n) FROM partner_record")) == 6);
    CHECK(scalar(*project,
                 QStringLiteral("SELECT COUNT(*) FROM partner_record WHERE weapon = 1")) == 1);

    auto listed = DatasetStore(*project).list();
    REQUIRE(listed.ok());
    const DatasetInfo& info = listed.value().first();
    CHECK(info.partner == QLatin1String("Ysbyty Gwynedd emergency department"));
    CHECK(info.authorityType == QLatin1String("health"));
    CHECK(info.sharingBasis == QLatin1String("PCSC Act 2022 s.16; WASPI DSP 2024-07"));
    CHECK(info.receivedOn == QLatin1String("2024-04-05"));
    CHECK(info.istvLevel == 1);
    CHECK(info.importedBy == QLatin1String("analyst"));
    CHECK(info.mappingName == QLatin1String("ED assaults (monthly)"));
    CHECK(info.importerVersion.startsWith(QStringLiteral("mapped 1")));
    CHECK(info.sha256.size() == 64);

    // The partner's categories and their place in the local definition, for the analysis.
    auto categories = MappingStore(*project).categories(
        MappingStore::partnerSource(QStringLiteral("Ysbyty Gwynedd emergency department")));
    REQUIRE(categories.ok());
    CHECK(categories.value().value(QStringLiteral("Assault - sharp object")) ==
          QLatin1String("violence-against-the-person"));
    CHECK(categories.value().contains(QStringLiteral("Self-harm")));
    CHECK(categories.value().value(QStringLiteral("Self-harm")).isEmpty());

    // Next month's file, saved by Excel as Windows-1252: no mapping given, the saved one is
    // used, and the Welsh place name comes through.
    ImportOptions next;
    next.format = QStringLiteral("mapped");
    next.provenance.partner = QStringLiteral("Ysbyty Gwynedd emergency department");
    next.onDuplicate = OnDuplicate::Replace;
    auto windows = ImportPipeline(*project).run(
        fixture(QStringLiteral("ed-assaults-2024-03-windows.csv")), next);
    REQUIRE(windows.ok());
    CHECK(windows.value().encoding == TextEncoding::Windows1252);
    CHECK(windows.value().mappingName == QLatin1String("ED assaults (monthly)"));
    CHECK(windows.value().replacedDatasetIds == QList<qint64>{report.value().datasetId});
    QSqlQuery query(project->database());
    REQUIRE(
        query.exec(QStringLiteral("SELECT name FROM partner_category WHERE name LIKE '%Môn%'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Assault - sharp object (Ynys Môn)"));
    CHECK(report.value().notes.isEmpty());
    CHECK(windows.value()
              .notes.join(QLatin1Char(' '))
              .contains(QStringLiteral("Assault - sharp object (Ynys Môn)")));
}

TEST_CASE("Mapped partner data: every bad value is named with its line and column")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(ImportPipeline(*project)
                .run(fixture(QStringLiteral("LSOA11_WD19_LAD19_EW_LU.csv")), {})
                .ok());
    const QString before = dump(*project);
    ColumnMapping mapping;
    mapping.partner = QStringLiteral("Fire");
    mapping.columns = {
        {QStringLiteral("Date"), CanonicalField::Date, {}, QStringLiteral("dd/MM/yyyy"), {}},
        {QStringLiteral("LSOA"), CanonicalField::AreaCode, QStringLiteral("lsoa"), {}, {}},
        {QStringLiteral("LA"), CanonicalField::AreaCode, QStringLiteral("lad"), {}, {}},
        {QStringLiteral("Type"), CanonicalField::Category, {}, {}, {}},
        {QStringLiteral("N"), CanonicalField::Count, {}, {}, {}},
        {QStringLiteral("Knife"), CanonicalField::WeaponFlag, {}, {}, {}}};
    // Two area columns: the mapping file format allows one per field.
    REQUIRE_FALSE(ColumnMapping::fromJson(mapping.toJson(), QStringLiteral("m")).ok());
    mapping.columns.removeAt(2);
    const QString path =
        scratch.write(QStringLiteral("fire.csv"), "Date,LSOA,Type,N,Knife\n"
                                                  "01/03/2024,W01000001,Arson,1,N\n"
                                                  "31/02/2024,W01000001,Arson,1,N\n"
                                                  "01/03/2024,W01999999,Arson,1,N\n"
                                                  "01/03/2024,X123,Arson,1,N\n"
                                                  "01/03/2024,W01000001,,1,N\n"
                                                  "01/03/2024,W01000001,Arson,-2,N\n"
                                                  "01/03/2024,W01000001,Arson,1,Perhaps\n");
    ImportOptions options = partnerOptions(QStringLiteral("fire"));
    options.mapping = mapping;
    auto report = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QLatin1String(kImportRowsRejected));
    const QStringList& d = report.error().details;
    REQUIRE(d.size() == 6);
    CHECK(d[0].contains(QStringLiteral("line 3")));
    CHECK(d[0].contains(QStringLiteral("“31/02/2024”")));
    CHECK(d[0].contains(QStringLiteral("dd/MM/yyyy")));
    CHECK(d[1].contains(QStringLiteral("line 4")));
    CHECK(d[1].contains(QStringLiteral("unknown area code")));
    CHECK(d[2].contains(QStringLiteral("“X123”")));
    CHECK(d[3].contains(QStringLiteral("category is empty")));
    CHECK(d[4].contains(QStringLiteral("negative count")));
    CHECK(d[5].contains(QStringLiteral("“Perhaps”")));
    CHECK(dump(*project) == before);

    // Storing the good rows keeps the rejections in the project.
    options.onError = OnRowError::Skip;
    auto skipped = ImportPipeline(*project).run(path, options);
    REQUIRE(skipped.ok());
    CHECK(skipped.value().rowsStored == 1);
    CHECK(skipped.value().rowsRejected == 6);
    auto rejected = DatasetStore(*project).rejectedRows(skipped.value().datasetId);
    REQUIRE(rejected.ok());
    CHECK(rejected.value().size() == 6);
    CHECK(rejected.value().first().column == QLatin1String("Date"));
}

TEST_CASE("Partner data needs a partner and a sharing basis; ISTV 3 never for health")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString path =
        scratch.write(QStringLiteral("p.csv"), "Month,Category,Count\n2024-01,Robbery,2\n");
    ImportOptions options;
    options.mapping = simpleMapping();
    options.mapping->partner.clear();
    options.provenance.authorityType = QStringLiteral("probation");
    auto noPartner = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(noPartner.ok());
    CHECK(noPartner.error().message.contains(QStringLiteral("--partner")));

    options.provenance.partner = QStringLiteral("Probation");
    auto noBasis = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(noBasis.ok());
    CHECK(noBasis.error().message.contains(QStringLiteral("--basis")));

    options.provenance.sharingBasis = QStringLiteral("PCSC Act 2022 s.17");
    options.provenance.authorityType = QStringLiteral("health");
    options.provenance.istvLevel = 3;
    auto level3 = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(level3.ok());
    CHECK(level3.error().message.contains(QStringLiteral("ISTV level 3")));

    options.provenance.authorityType = QStringLiteral("prisons");
    auto unknownKind = ImportPipeline(*project).run(path, options);
    REQUIRE_FALSE(unknownKind.ok());
    CHECK(unknownKind.error().code == QLatin1String(kImportBadOptions));
    CHECK(datasets(*project) == 0);
}

TEST_CASE("Mapping files: a documented JSON format, with clear errors")
{
    auto example = ColumnMapping::load(fixture(QStringLiteral("ed-assaults.mapping.json")));
    REQUIRE(example.ok());
    CHECK(example.value().columns.size() == 9);
    CHECK(example.value().columnFor(CanonicalField::AreaCode)->level == QLatin1String("lsoa"));
    // The example documented in docs/import-mapping.md is this file, and it is valid.
    const QString doc = QString::fromUtf8(
        fileBytes(QStringLiteral(SNA_TEST_DATA_DIR "/../../docs/import-mapping.md")));
    const qsizetype start = doc.indexOf(QStringLiteral("```json\n"));
    const qsizetype end = doc.indexOf(QStringLiteral("```"), start + 7);
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    auto documented = ColumnMapping::fromJson(doc.mid(start + 8, end - start - 8).toUtf8(),
                                              QStringLiteral("doc"));
    REQUIRE(documented.ok());
    CHECK(documented.value() == example.value());
    // Round trip.
    auto again = ColumnMapping::fromJson(example.value().toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again.value() == example.value());

    const auto error = [](const char* json) {
        return ColumnMapping::fromJson(json, QStringLiteral("m.json")).error().message;
    };
    CHECK(error("{").contains(QStringLiteral("not valid JSON")));
    CHECK(error(R"({"sna_mapping": 2, "columns": []})").contains(QStringLiteral("format 1")));
    CHECK(error(R"({"sna_mapping": 1, "colums": []})").contains(QStringLiteral("“colums”")));
    CHECK(error(R"({"sna_mapping": 1, "columns": [{"column": "A", "field": "when"}]})")
              .contains(QStringLiteral("“when”")));
    CHECK(error(R"({"sna_mapping": 1, "columns": [{"column": "A", "field": "area_code"}]})")
              .contains(QStringLiteral("\"level\"")));
    CHECK(error(R"({"sna_mapping": 1, "columns": [{"column": "A", "field": "category"}]})")
              .contains(QStringLiteral("\"date\" or \"period\"")));
    CHECK(ColumnMapping::load(QStringLiteral("/nonexistent/m.json"))
              .error()
              .message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("Overlapping periods from the same source are refused, replaced or skipped")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString january =
        scratch.write(QStringLiteral("jan.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
                                 policeRow(QStringLiteral("2024-02"), QStringLiteral("Robbery"))}));
    const QString overlap =
        scratch.write(QStringLiteral("feb.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-02"), QStringLiteral("Drugs")),
                                 policeRow(QStringLiteral("2024-03"), QStringLiteral("Drugs"))}));
    const QString otherForce = scratch.write(
        QStringLiteral("other.csv"),
        policeCsv({policeRow(QStringLiteral("2024-02"), QStringLiteral("Drugs"))
                       .replace(QStringLiteral("Test Police"), QStringLiteral("Other Police"))}));
    auto first = PoliceUkImporter(*project).importFile(january);
    REQUIRE(first.ok());
    REQUIRE(PoliceUkImporter(*project).importFile(otherForce).ok()); // not a duplicate
    const QString before = dump(*project);

    auto refused = PoliceUkImporter(*project).importFile(overlap);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String(kImportDuplicate));
    REQUIRE(refused.error().details.size() == 1);
    CHECK(refused.error().details.first().contains(QStringLiteral("jan.csv")));
    CHECK(refused.error().details.first().contains(QStringLiteral("Test Police")));
    CHECK(dump(*project) == before);

    ImportOptions skip;
    skip.onDuplicate = OnDuplicate::Skip;
    auto skipped = PoliceUkImporter(*project).importFile(overlap, skip);
    REQUIRE(skipped.ok());
    CHECK(skipped.value().skippedAsDuplicate);
    CHECK(dump(*project) == before);

    ImportOptions replace;
    replace.onDuplicate = OnDuplicate::Replace;
    auto replaced = PoliceUkImporter(*project).importFile(overlap, replace);
    REQUIRE(replaced.ok());
    CHECK(replaced.value().replacedDatasetIds == QList<qint64>{first.value().datasetId});
    CHECK(scalar(*project, QStringLiteral("SELECT SUM(n) FROM crime_count")) == 3);
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM crime_record")) == 3);
}

TEST_CASE("A large import cancelled half way, off its reader thread, changes nothing")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    const QString path = scratch.path(QStringLiteral("big.csv"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        SyntheticPoliceSpec spec;
        REQUIRE(SyntheticPoliceData::writeRows(out, spec, 120000) == 120000); // ~25 MB
    }
    const QString before = dump(*project);
    ImportOptions options;
    qint64 seen = 0;
    options.progress = [&seen](qint64 done, qint64 total) {
        seen = done;
        return done < total / 2;
    };
    auto report = PoliceUkImporter(*project).importFile(path, options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QLatin1String(kImportCancelled));
    CHECK(seen > 0);
    CHECK(dump(*project) == before);
    // The bulk load's journal switch is undone: the project is back in WAL mode.
    {
        QSqlQuery mode(project->database());
        REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(mode.next());
        CHECK(mode.value(0).toString() == QLatin1String("wal"));
    }

    // And the same file imports whole.
    auto full = PoliceUkImporter(*project).importFile(path);
    INFO((full.ok() ? std::string() : full.error().fullText().toStdString()));
    REQUIRE(full.ok());
    CHECK(full.value().rowsStored == 120000);
    CHECK(scalar(*project, QStringLiteral("SELECT SUM(n) FROM crime_count")) == 120000 + 3276);
}

TEST_CASE("An encoding chosen by hand wins over detection")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    ImportOptions utf8;
    utf8.mapping = ColumnMapping::load(fixture(QStringLiteral("ed-assaults.mapping.json"))).value();
    utf8.encoding = TextEncoding::Utf8;
    auto wrong = ImportPipeline(*project).run(
        fixture(QStringLiteral("ed-assaults-2024-03-windows.csv")), utf8);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().details.first().contains(QStringLiteral("not valid UTF-8")));
    CHECK(wrong.error().details.first().contains(QStringLiteral("“Injury mechanism”")));

    ImportOptions windows = utf8;
    windows.encoding = TextEncoding::Windows1252;
    auto right = ImportPipeline(*project).run(
        fixture(QStringLiteral("ed-assaults-2024-03-windows.csv")), windows);
    REQUIRE(right.ok());
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM dataset WHERE encoding = "
                                          "'windows-1252'")) == 1);
}

TEST_CASE("A dry run reports everything and stores nothing")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(PoliceUkImporter(*project).importFile(leicestershireFile()).ok());
    const QString before = dump(*project);
    ImportOptions options;
    options.dryRun = true;
    auto report = ImportPipeline(*project).run(leicestershireFile(), options);
    REQUIRE(report.ok());
    CHECK(report.value().datasetId == 0);
    CHECK(report.value().rowsStored == 8503);
    REQUIRE(report.value().overlaps.size() == 1);
    CHECK(report.value().overlaps.first().sameFile);
    CHECK(report.value().guard.anonymised.size() == 1);
    CHECK(dump(*project) == before);

    auto scan = ImportPipeline::scanForPersonalData(dyfedPowysFile(), TextEncoding::Auto);
    REQUIRE(scan.ok());
    CHECK(scan.value().rows == 3276);
    CHECK(scan.value().sha256.size() == 64);
    CHECK_FALSE(scan.value().guard.hasFindings());
}

TEST_CASE("Removing a dataset removes everything derived from it")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto population =
        ImportPipeline(*project).run(fixture(QStringLiteral("sapelsoasyoa2021.csv")), {});
    REQUIRE(population.ok());
    auto outcomes = ImportPipeline(*project).run(
        fixture(QStringLiteral("2019-01-leicestershire-outcomes.csv")), {});
    REQUIRE(outcomes.ok());
    REQUIRE(DatasetStore(*project).remove(population.value().datasetId).ok());
    REQUIRE(DatasetStore(*project).remove(outcomes.value().datasetId).ok());
    for (const char* table :
         {"population", "outcome_record", "dataset_coverage", "guard_decision", "dataset"})
        CHECK(scalar(*project,
                     QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0);
}

TEST_CASE("Every refusal names the file and leaves the project as it was")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(ImportPipeline(*project).run(dyfedPowysFile(), {}).ok());
    const QString before = dump(*project);
    const auto refused = [&](const QString& path, ImportOptions options = {}) {
        auto report = ImportPipeline(*project).run(path, options);
        REQUIRE_FALSE(report.ok());
        CHECK(dump(*project) == before);
        return report.error();
    };

    CHECK(refused(scratch.path(QString())).message.contains(QStringLiteral("is not a file")));
    CHECK(refused(scratch.write(QStringLiteral("empty.csv"), QByteArray()))
              .message.contains(QStringLiteral("“empty.csv” is empty")));

    // A header two formats recognise equally: the analyst chooses.
    const Error tie = refused(
        scratch.write(QStringLiteral("both.csv"), "LSOA11CD,IMD19,wimd_2019\nE01025631,10,20\n"));
    CHECK(tie.code == QLatin1String(kImportUnknownFormat));
    CHECK(tie.message.contains(QStringLiteral("choose its format")));

    ImportOptions unknownFormat;
    unknownFormat.format = QStringLiteral("xlsx");
    CHECK(refused(leicestershireFile(), unknownFormat).code == QLatin1String(kImportBadOptions));

    ImportOptions badLevel;
    badLevel.provenance.istvLevel = 4;
    CHECK(refused(leicestershireFile(), badLevel).message.contains(QStringLiteral("ISTV level")));

    // A mapping whose columns the file does not have.
    ImportOptions mapped;
    mapped.mapping =
        ColumnMapping::load(fixture(QStringLiteral("ed-assaults.mapping.json"))).value();
    const Error misfit = refused(leicestershireFile(), mapped);
    CHECK(misfit.code == QLatin1String(kImportNeedsMapping));
    CHECK(misfit.message.contains(QStringLiteral("“Attendance date”")));

    // Rows each format rejects.
    const Error outcome = refused(scratch.write(
        QStringLiteral("o.csv"), "Crime ID,Month,Falls within,Outcome type\n,2019-01,P,Charged\n"));
    CHECK(outcome.details.first().contains(QStringLiteral("Crime ID of its crime")));
    const Error fingertips = refused(scratch.write(
        QStringLiteral("f.csv"), "Indicator ID,Area Code,Time period,Value\n11201,E06000016,"
                                 "sometime,4\n11201,E06000016,2019,lots\n"));
    CHECK(fingertips.details[0].contains(QStringLiteral("“sometime”")));
    CHECK(fingertips.details[1].contains(QStringLiteral("“lots”")));
    CHECK(fingertips.details[1].contains(QStringLiteral("“Value”")));

    // The guard's scan, cancelled.
    auto scan = ImportPipeline::scanForPersonalData(leicestershireFile(), TextEncoding::Auto,
                                                    [](qint64, qint64) { return false; });
    REQUIRE_FALSE(scan.ok());
    CHECK(scan.error().code == QLatin1String(kImportCancelled));
}

TEST_CASE("A large import killed half way leaves a project that opens as it was")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("p.sna"));
    {
        auto project = createProject(path);
        REQUIRE(ImportPipeline(*project).run(dyfedPowysFile(), {}).ok());
    }
    const QString before = dump(*openProject(path));
    const QString csv = scratch.path(QStringLiteral("big.csv"));
    {
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(SyntheticPoliceData::writeRows(out, SyntheticPoliceSpec{}, 150000) == 150000);
    }
    // A child process imports the file (rollback journal: it is over 16 MB) and dies in the
    // middle, without committing or rolling back.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto project = Project::open(path);
        ImportOptions options;
        options.progress = [](qint64 done, qint64 total) {
            if (done > total / 2)
                _exit(0);
            return true;
        };
        (void)ImportPipeline(*project.value()).run(csv, options);
        _exit(1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    CHECK(QFileInfo::exists(path + QStringLiteral("-journal")));
    auto reopened = Project::open(path);
    INFO((reopened.ok() ? std::string() : reopened.error().fullText().toStdString()));
    REQUIRE(reopened.ok());
    CHECK(dump(*reopened.value()) == before);
}
