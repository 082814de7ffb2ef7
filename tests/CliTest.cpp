#include <catch2/catch.hpp>

#include "SnaProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace sna::test;

namespace {
using Run = SnaRun;

Run runSna(const QStringList& arguments)
{
    return runSnaProcess(arguments);
}
} // namespace

TEST_CASE("sna: new, import, summary and export from the command line")
{
    Scratch scratch;
    const QString project = scratch.path(QStringLiteral("leics.sna"));
    Run created =
        runSna({QStringLiteral("new"), project, QStringLiteral("--name"),
                QStringLiteral("Leicester Partnership"), QStringLiteral("--area"),
                QStringLiteral("E06000016"), QStringLiteral("--ui-lang"), QStringLiteral("en")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    REQUIRE(QFileInfo::exists(project));

    Run imported = runSna({QStringLiteral("import"), project, leicestershireFile(),
                           QStringLiteral("--ui-lang"), QStringLiteral("en")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Rows read: 8503")));
    CHECK(imported.out.contains(QStringLiteral("Rows stored: 8503")));
    CHECK(imported.out.contains(QStringLiteral("Rows rejected: 0")));

    Run summary = runSna({QStringLiteral("summary"), project, QStringLiteral("--json")});
    REQUIRE(summary.exitCode == 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8(), &parseError).object();
    REQUIRE(parseError.error == QJsonParseError::NoError);
    CHECK(json.value(QStringLiteral("total_records")).toInt() == 8503);
    CHECK(json.value(QStringLiteral("by_month"))
              .toObject()
              .value(QStringLiteral("2019-01"))
              .toInt() == 8503);
    CHECK(json.value(QStringLiteral("by_category"))
              .toObject()
              .value(QStringLiteral("Violence and sexual offences"))
              .toInt() == 2537);
    CHECK(json.value(QStringLiteral("by_category"))
              .toObject()
              .value(QStringLiteral("Anti-social behaviour"))
              .toInt() == 897);

    const QString pdf = scratch.path(QStringLiteral("strategaeth.pdf"));
    Run exported =
        runSna({QStringLiteral("export"), project, QStringLiteral("--lang"), QStringLiteral("cy"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const PdfText text = readPdf(pdf);
    REQUIRE(text.loaded);
    CHECK(text.all().contains(QStringLiteral("Strategaeth Trais Difrifol")));
    CHECK(text.all().contains(QStringLiteral("Cynnwys")));
}

TEST_CASE("sna: a refused import changes nothing and exits non-zero with the reason on stderr")
{
    Scratch scratch;
    const QString project = scratch.path(QStringLiteral("p.sna"));
    REQUIRE(runSna({QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("P"),
                    QStringLiteral("--area"), QStringLiteral("E06000016")})
                .exitCode == 0);
    const QString bad =
        scratch.write(QStringLiteral("bad.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
                                 policeRow(QStringLiteral("2024-1"), QStringLiteral("Robbery"))}));
    const QByteArray before = fileBytes(project);
    Run refused = runSna({QStringLiteral("import"), project, bad, QStringLiteral("--ui-lang"),
                          QStringLiteral("en")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("bad.csv")));
    CHECK(refused.err.contains(QStringLiteral("line 3")));
    CHECK(refused.err.contains(QStringLiteral("“2024-1”")));
    Run summary = runSna({QStringLiteral("summary"), project, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(summary.out.toUtf8())
              .object()
              .value(QStringLiteral("total_records"))
              .toInt(-1) == 0);

    Run skipped =
        runSna({QStringLiteral("import"), project, bad, QStringLiteral("--on-error"),
                QStringLiteral("skip"), QStringLiteral("--ui-lang"), QStringLiteral("en")});
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("Rows stored: 1")));
    CHECK(skipped.out.contains(QStringLiteral("Rows rejected: 1")));
    (void)before;
}

TEST_CASE("sna: usage errors exit with status 2 and say what is wrong")
{
    Scratch scratch;
    Run none =
        runSna({QStringLiteral("frobnicate"), QStringLiteral("--ui-lang"), QStringLiteral("en")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("frobnicate")));

    Run missingName = runSna({QStringLiteral("new"), scratch.path(QStringLiteral("x.sna")),
                              QStringLiteral("--area"), QStringLiteral("E06000016"),
                              QStringLiteral("--ui-lang"), QStringLiteral("en")});
    CHECK(missingName.exitCode == 2);
    CHECK(missingName.err.contains(QStringLiteral("--name")));
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("x.sna"))));

    Run badArea =
        runSna({QStringLiteral("new"), scratch.path(QStringLiteral("y.sna")),
                QStringLiteral("--name"), QStringLiteral("Y"), QStringLiteral("--area"),
                QStringLiteral("W01000001"), QStringLiteral("--ui-lang"), QStringLiteral("en")});
    CHECK(badArea.exitCode == 1);
    CHECK(badArea.err.contains(QStringLiteral("W01000001")));
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("y.sna"))));

    Run badLang = runSna({QStringLiteral("export"), scratch.path(QStringLiteral("y.sna")),
                          QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("-o"),
                          scratch.path(QStringLiteral("o.pdf")), QStringLiteral("--ui-lang"),
                          QStringLiteral("en")});
    CHECK(badLang.exitCode == 2);
    CHECK(badLang.err.contains(QStringLiteral("fr")));

    Run notProject = runSna({QStringLiteral("summary"), leicestershireFile(),
                             QStringLiteral("--ui-lang"), QStringLiteral("en")});
    CHECK(notProject.exitCode == 1);
    CHECK(notProject.err.contains(QStringLiteral("not an SNA Studio project")));
}

TEST_CASE("sna: messages in Welsh with --ui-lang cy")
{
    Run help = runSna({QStringLiteral("--ui-lang"), QStringLiteral("cy"), QStringLiteral("help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Defnydd: sna")));
    Run unknown =
        runSna({QStringLiteral("--ui-lang"), QStringLiteral("cy"), QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK_FALSE(unknown.err.contains(QStringLiteral("is not an sna command")));
}

TEST_CASE("sna: Welsh from the environment when no language is given")
{
    // A home of its own, so no saved interface language from another run can win.
    Scratch scratch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), scratch.path(QString()));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path(QStringLiteral("config")));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    auto helpWith = [&](const QString& variable, const QString& value) {
        QProcessEnvironment env = environment;
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(variable, value);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SNA_CLI_PATH), {QStringLiteral("help")});
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    CHECK(helpWith(QStringLiteral("LANG"), QStringLiteral("cy_GB.UTF-8"))
              .contains(QStringLiteral("Defnydd: sna")));
    CHECK(helpWith(QStringLiteral("LANGUAGE"), QStringLiteral("cy:en"))
              .contains(QStringLiteral("Defnydd: sna")));
    const QString english = helpWith(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    CHECK(english.contains(QStringLiteral("sna")));
    CHECK_FALSE(english.contains(QStringLiteral("Defnydd: sna")));
}

TEST_CASE("sna demo creates the bundled demonstration project")
{
    Scratch scratch;
    const QString project = scratch.path(QStringLiteral("demo.sna"));
    Run demo = runSna({QStringLiteral("demo"), project});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    Run summary = runSna({QStringLiteral("summary"), project, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("by_month")).toObject().size() == 36);
    CHECK(json.value(QStringLiteral("total_records")).toInt() > 50000);
}

TEST_CASE("sna summary --published never shows a count the rules hide")
{
    Scratch scratch;
    const QString project = scratch.path(QStringLiteral("p.sna"));
    REQUIRE(runSna({QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("P"),
                    QStringLiteral("--area"), QStringLiteral("E06000016")})
                .exitCode == 0);
    QStringList rows;
    for (int i = 0; i < 30; ++i)
        rows << policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery"));
    rows << policeRow(QStringLiteral("2024-02"), QStringLiteral("Robbery"));
    for (int i = 0; i < 20; ++i)
        rows << policeRow(QStringLiteral("2024-03"), QStringLiteral("Drugs"));
    const QString csv = scratch.write(QStringLiteral("small.csv"), policeCsv(rows));
    REQUIRE(runSna({QStringLiteral("import"), project, csv}).exitCode == 0);

    const Run exact = runSna({QStringLiteral("summary"), project, QStringLiteral("--json")});
    const QJsonObject exactJson = QJsonDocument::fromJson(exact.out.toUtf8()).object();
    CHECK(exactJson.value(QStringLiteral("by_month"))
              .toObject()
              .value(QStringLiteral("2024-02"))
              .toInt() == 1);

    const Run published = runSna({QStringLiteral("summary"), project, QStringLiteral("--json"),
                                  QStringLiteral("--published")});
    REQUIRE(published.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(published.out.toUtf8()).object();
    const QJsonObject months = json.value(QStringLiteral("by_month")).toObject();
    CHECK(months.value(QStringLiteral("2024-02")) == QJsonValue(QStringLiteral("*")));
    // With the total shown, a second month is hidden so the first cannot be worked out.
    CHECK(json.value(QStringLiteral("total_records")).toInt() == 51);
    int hidden = 0;
    for (const QString& key : months.keys())
        hidden += months.value(key).isString();
    CHECK(hidden >= 2);
    for (const QString& table : {QStringLiteral("by_month"), QStringLiteral("by_category")}) {
        const QJsonObject cells = json.value(table).toObject();
        for (const QString& key : cells.keys()) {
            const QJsonValue value = cells.value(key);
            CHECK((value.isString() || value.toInt() == 0 || value.toInt() > 2));
        }
    }
    const QJsonObject serious = json.value(QStringLiteral("serious_violence")).toObject();
    CHECK(serious.value(QStringLiteral("by_month")).toObject().value(QStringLiteral("2024-02")) ==
          QJsonValue(QStringLiteral("*")));
}

TEST_CASE("sna definition shows, changes and refuses changes to the local definition")
{
    Scratch scratch;
    const QString project = scratch.path(QStringLiteral("def.sna"));
    REQUIRE(runSna({QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("P"),
                    QStringLiteral("--area"), QStringLiteral("E06000016")})
                .exitCode == 0);
    const QString csv = scratch.write(
        QStringLiteral("a.csv"),
        policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Burglary")),
                   policeRow(QStringLiteral("2024-01"), QStringLiteral("Arson (partner)"))}));
    REQUIRE(runSna({QStringLiteral("import"), project, csv}).exitCode == 0);

    Run shown = runSna(
        {QStringLiteral("definition"), project, QStringLiteral("--ui-lang"), QStringLiteral("en")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("homicide\tincluded\thomicide\tHomicide")));
    CHECK(shown.out.contains(QStringLiteral("unmapped\tArson (partner)")));

    Run changed = runSna({QStringLiteral("definition"), project, QStringLiteral("--exclude"),
                          QStringLiteral("domestic-abuse"), QStringLiteral("--map"),
                          QStringLiteral("Burglary=robbery"), QStringLiteral("--map"),
                          QStringLiteral("Arson (partner)="), QStringLiteral("--json")});
    REQUIRE(changed.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(changed.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("unmapped")).toArray().isEmpty());
    const QJsonObject summary =
        QJsonDocument::fromJson(
            runSna({QStringLiteral("summary"), project, QStringLiteral("--json")}).out.toUtf8())
            .object();
    CHECK(summary.value(QStringLiteral("serious_violence"))
              .toObject()
              .value(QStringLiteral("total"))
              .toInt() == 1);

    const QByteArray before = fileBytes(project);
    Run refused =
        runSna({QStringLiteral("definition"), project, QStringLiteral("--exclude"),
                QStringLiteral("homicide"), QStringLiteral("--ui-lang"), QStringLiteral("en")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("public-space youth violence")));
    Run unknown = runSna({QStringLiteral("definition"), project, QStringLiteral("--include"),
                          QStringLiteral("nonsense")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("nonsense")));
    CHECK(fileBytes(project) == before);
}

TEST_CASE("sna export: both languages, layouts and formats, with the files named as asked")
{
    Scratch scratch;
    const QString project = scratch.path(QStringLiteral("p.sna"));
    REQUIRE(runSna({QStringLiteral("new"), project, QStringLiteral("--name"),
                    QStringLiteral("Partneriaeth Ceredigion"), QStringLiteral("--area"),
                    QStringLiteral("W06000008")})
                .exitCode == 0);
    const QStringList common{QStringLiteral("--date"), QStringLiteral("2024-01-31"),
                             QStringLiteral("--ui-lang"), QStringLiteral("en")};

    // Two matching files from a stem, for every format.
    for (const QString& format :
         {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt")}) {
        INFO(format.toStdString());
        const QString stem = scratch.path(QStringLiteral("strategy-") + format);
        Run both = runSna(QStringList{QStringLiteral("export"), project, QStringLiteral("--lang"),
                                      QStringLiteral("both"), QStringLiteral("--format"), format,
                                      QStringLiteral("-o"), stem} +
                          common);
        INFO(both.err.toStdString());
        REQUIRE(both.exitCode == 0);
        CHECK(QFileInfo::exists(stem + QStringLiteral("-cy.") + format));
        CHECK(QFileInfo::exists(stem + QStringLiteral("-en.") + format));
        CHECK_FALSE(QFileInfo::exists(stem));
    }
    const PdfText welsh = readPdf(scratch.path(QStringLiteral("strategy-pdf-cy.pdf")));
    CHECK(welsh.pages.value(0).contains(QStringLiteral("31 Ionawr 2024")));
    const PdfText english = readPdf(scratch.path(QStringLiteral("strategy-pdf-en.pdf")));
    CHECK(english.pages.value(0).contains(QStringLiteral("This document is also available")));

    // Welsh first and columns write the one file asked for; the SNA summary too.
    for (const QString& layout : {QStringLiteral("welsh-first"), QStringLiteral("columns")}) {
        const QString out = scratch.path(layout + QStringLiteral(".pdf"));
        Run one = runSna(QStringList{QStringLiteral("export"), project, QStringLiteral("--doc"),
                                     QStringLiteral("sna-summary"), QStringLiteral("--layout"),
                                     layout, QStringLiteral("-o"), out} +
                         common);
        INFO(one.err.toStdString());
        REQUIRE(one.exitCode == 0);
        const PdfText text = readPdf(out);
        CHECK(text.pages.value(0).contains(QStringLiteral("Crynodeb Cyhoeddus")));
        CHECK(text.pages.value(0).contains(QStringLiteral("Public Summary")));
    }

    // The full SNA is restricted on every page.
    const QString sna = scratch.path(QStringLiteral("sna.pdf"));
    REQUIRE(runSna(QStringList{QStringLiteral("export"), project, QStringLiteral("--doc"),
                               QStringLiteral("sna"), QStringLiteral("--lang"),
                               QStringLiteral("cy"), QStringLiteral("-o"), sna} +
                   common)
                .exitCode == 0);
    const PdfText restricted = readPdf(sna);
    for (const QString& page : restricted.pages)
        CHECK(page.contains(QStringLiteral("CYFYNGEDIG")));

    // Wrong combinations are refused before anything is written.
    Run mixed = runSna(QStringList{QStringLiteral("export"), project, QStringLiteral("--lang"),
                                   QStringLiteral("cy"), QStringLiteral("--layout"),
                                   QStringLiteral("columns"), QStringLiteral("-o"),
                                   scratch.path(QStringLiteral("x.pdf"))} +
                       common);
    CHECK(mixed.exitCode == 2);
    CHECK(mixed.err.contains(QStringLiteral("--lang both")));
    Run badFormat =
        runSna(QStringList{QStringLiteral("export"), project, QStringLiteral("--lang"),
                           QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("-o"), scratch.path(QStringLiteral("x.docx"))} +
               common);
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QStringLiteral("docx")));
    Run badDate = runSna(QStringList{QStringLiteral("export"), project, QStringLiteral("--lang"),
                                     QStringLiteral("en"), QStringLiteral("-o"),
                                     scratch.path(QStringLiteral("x.pdf")),
                                     QStringLiteral("--date"), QStringLiteral("31/01/2024")});
    CHECK(badDate.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("x.pdf"))));
    Run unwritable = runSna(QStringList{QStringLiteral("export"), project, QStringLiteral("--lang"),
                                        QStringLiteral("both"), QStringLiteral("-o"),
                                        scratch.path(QStringLiteral("missing/strategy"))} +
                            common);
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("Nothing was written")));
}
