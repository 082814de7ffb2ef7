#include <catch2/catch.hpp>

#include "SnaProcess.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sna::test;

namespace {
using Run = SnaRun;

Run runSna(QStringList arguments)
{
    arguments << QStringLiteral("--ui-lang") << QStringLiteral("en");
    return runSnaProcess(arguments);
}

QString fixture(const QString& name)
{
    return dataFile(QStringLiteral("import/") + name);
}

QString newProject(const Scratch& scratch)
{
    const QString project = scratch.path(QStringLiteral("p.sna"));
    REQUIRE(runSna({QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("P"),
                    QStringLiteral("--area"), QStringLiteral("W06000001")})
                .exitCode == 0);
    return project;
}

qint64 totalRecords(const QString& project)
{
    const Run summary = runSna({QStringLiteral("summary"), project, QStringLiteral("--json")});
    return QJsonDocument::fromJson(summary.out.toUtf8())
        .object()
        .value(QStringLiteral("total_records"))
        .toInteger(-1);
}
} // namespace

TEST_CASE("sna import: every format from the command line, police totals unchanged")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    Run street = runSna({QStringLiteral("import"), project, leicestershireFile()});
    REQUIRE(street.exitCode == 0);
    CHECK(street.out.contains(QStringLiteral("Column “Location”: locations anonymised")));
    for (const QString& file :
         {fixture(QStringLiteral("2019-01-leicestershire-outcomes.csv")),
          fixture(QStringLiteral("2019-01-leicestershire-stop-and-search.csv")),
          dataFile(QStringLiteral("indicators-CountyUA.data.csv")),
          dataFile(QStringLiteral("LAD19_CSP19_PFA19_EW_lookup_Dec2019.csv")),
          fixture(QStringLiteral("sapelsoasyoa2021.csv")),
          fixture(QStringLiteral("File_7_IoD2019_extract.csv")),
          fixture(QStringLiteral("WIMD2019_LSOA11.csv")),
          fixture(QStringLiteral("exclusions_la_dfe.csv"))}) {
        Run run = runSna({QStringLiteral("import"), project, file});
        INFO(file.toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Rows rejected: 0")));
    }
    Run outcomes = runSna({QStringLiteral("import"), project,
                           fixture(QStringLiteral("2019-01-leicestershire-outcomes.csv")),
                           QStringLiteral("--duplicate"), QStringLiteral("replace")});
    CHECK(outcomes.out.contains(QStringLiteral("Replaced dataset 2.")));
    CHECK(
        outcomes.out.contains(QStringLiteral("Outcomes matched to crimes in the project: 3 of 4")));
    // total_records, by_month and by_category still count the police records only.
    CHECK(totalRecords(project) == 8503);
}

TEST_CASE("sna import: a format given by hand is checked against the header")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    Run wrong = runSna({QStringLiteral("import"), project, leicestershireFile(),
                        QStringLiteral("--format"), QStringLiteral("fingertips")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("is not a OHID Fingertips indicator data file")));
    CHECK(wrong.err.contains(QStringLiteral("“Indicator ID”")));
    Run unknown = runSna({QStringLiteral("import"), project, leicestershireFile(),
                          QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("police-uk-outcomes")));
    CHECK(totalRecords(project) == 0);
}

TEST_CASE("sna import: a mapped partner file, then next month's without --mapping")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    Run first = runSna(
        {QStringLiteral("import"), project, fixture(QStringLiteral("ed-assaults-2024-03.csv")),
         QStringLiteral("--mapping"), fixture(QStringLiteral("ed-assaults.mapping.json"))});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("ED assaults (monthly)")));
    CHECK(first.out.contains(QStringLiteral("Rows stored: 4")));

    QByteArray april = fileBytes(fixture(QStringLiteral("ed-assaults-2024-03.csv")));
    april.replace("/03/2024", "/04/2024");
    april.replace("31/04", "30/04");
    const QString next = scratch.write(QStringLiteral("ed-assaults-2024-04.csv"), april);
    Run second = runSna({QStringLiteral("import"), project, next, QStringLiteral("--partner"),
                         QStringLiteral("Ysbyty Gwynedd emergency department")});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("Rows stored: 4")));

    // The same month again is an overlap from the same partner.
    Run again = runSna({QStringLiteral("import"), project, next, QStringLiteral("--partner"),
                        QStringLiteral("Ysbyty Gwynedd emergency department"),
                        QStringLiteral("--duplicate"), QStringLiteral("skip")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Skipped")));
}

TEST_CASE("sna import: personal data is refused, dropped or confirmed; nothing half-written")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    REQUIRE(runSna({QStringLiteral("import"), project, dyfedPowysFile()}).exitCode == 0);
    const QString map =
        scratch.write(QStringLiteral("m.json"),
                      R"({"sna_mapping": 1, "columns": [{"column": "Month", "field": "period"},
            {"column": "Category", "field": "category"}, {"column": "Count", "field": "count"}]})");
    const QString health =
        scratch.write(QStringLiteral("ae.csv"), "Month,Category,Count,NHS No\n2024-01,Assault,3,"
                                                "9434765919\n");
    const QByteArray before = fileBytes(project);
    Run refused = runSna({QStringLiteral("import"), project, health, QStringLiteral("--mapping"),
                          map, QStringLiteral("--partner"), QStringLiteral("ED"),
                          QStringLiteral("--authority-type"), QStringLiteral("health"),
                          QStringLiteral("--basis"), QStringLiteral("s.16"),
                          QStringLiteral("--drop-column"), QStringLiteral("NHS No")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("“NHS No”")));
    CHECK(refused.err.contains(QStringLiteral("line")));
    CHECK(refused.err.contains(QStringLiteral("anonymous data")));
    CHECK(fileBytes(project) == before);

    const QString council = scratch.write(QStringLiteral("cctv.csv"),
                                          "Month,Category,Count,Operator email\n2024-01,Fight,2,"
                                          "a.b@council.gov.uk\n");
    const QStringList base{QStringLiteral("import"),
                           project,
                           council,
                           QStringLiteral("--mapping"),
                           map,
                           QStringLiteral("--partner"),
                           QStringLiteral("Council CCTV"),
                           QStringLiteral("--authority-type"),
                           QStringLiteral("local-authority"),
                           QStringLiteral("--basis"),
                           QStringLiteral("DSA 12")};
    Run undecided = runSna(base);
    CHECK(undecided.exitCode == 1);
    CHECK(undecided.err.contains(QStringLiteral("--drop-column")));
    CHECK(undecided.err.contains(QStringLiteral("Operator email")));
    CHECK(fileBytes(project) == before);
    Run dropped = runSna(
        base + QStringList{QStringLiteral("--drop-column"), QStringLiteral("Operator email")});
    CHECK(dropped.exitCode == 0);
    CHECK(dropped.out.contains(QStringLiteral("Column “Operator email”: dropped")));
    CHECK_FALSE(fileBytes(project).contains("a.b@council.gov.uk"));
}

TEST_CASE("sna import: bad options are usage errors (status 2)")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    const QString csv = leicestershireFile();
    for (const QStringList& options :
         {QStringList{QStringLiteral("--istv"), QStringLiteral("4")},
          QStringList{QStringLiteral("--authority-type"), QStringLiteral("police-force")},
          QStringList{QStringLiteral("--encoding"), QStringLiteral("latin9")},
          QStringList{QStringLiteral("--received"), QStringLiteral("2024-13-01")},
          QStringList{QStringLiteral("--drop-column"), QStringLiteral("Context"),
                      QStringLiteral("--confirm-column"), QStringLiteral("Context")},
          QStringList{QStringLiteral("--mapping"), QStringLiteral("m.json"),
                      QStringLiteral("--format"), QStringLiteral("police-uk")}}) {
        Run run = runSna(QStringList{QStringLiteral("import"), project, csv} + options);
        INFO(options.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
    Run help = runSna({QStringLiteral("help"), QStringLiteral("import")});
    CHECK(help.out.contains(QStringLiteral("--confirm-column")));
    CHECK(help.out.contains(QStringLiteral("exclusions")));
    CHECK(help.out.contains(QStringLiteral("social-care")));
    CHECK(totalRecords(project) == 0);
}
