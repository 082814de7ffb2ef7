#include <catch2/catch.hpp>

#include "SnaProcess.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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

Run ok(const QStringList& arguments)
{
    Run run = runSna(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() + "\n" + run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

QString newProject(const Scratch& scratch, const QString& area = QStringLiteral("E06000016"))
{
    const QString path = scratch.path(QStringLiteral("p.sna"));
    ok({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Test Partnership"),
        QStringLiteral("--area"), area});
    return path;
}

QString statusLine(const QString& sections, const QString& id)
{
    for (const QString& line : sections.split(QLatin1Char('\n')))
        if (line.startsWith(id + QLatin1Char('\t')))
            return line;
    return {};
}

QJsonObject checkItem(const QString& project, const QString& id)
{
    const Run run = runSna({QStringLiteral("check"), project, QStringLiteral("--json")});
    const QJsonArray items =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue& value : items)
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    return {};
}
} // namespace

TEST_CASE("sna text sets and gets a section's text; sna sections shows translation status")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    const QStringList delivery{QStringLiteral("text"),      project,
                               QStringLiteral("--doc"),     QStringLiteral("strategy"),
                               QStringLiteral("--section"), QStringLiteral("delivery")};
    Run sections = ok(
        {QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("strategy")});
    CHECK(sections.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 15);
    CHECK(statusLine(sections.out, QStringLiteral("delivery")) ==
          QStringLiteral("delivery\tDelivery arrangements and coordinator\tmissing"));

    const QString md =
        scratch.write(QStringLiteral("delivery.md"),
                      "## How we deliver\n\nWe meet **monthly**.<script>x()</script>\n");
    ok(QStringList(delivery) << QStringLiteral("--lang") << QStringLiteral("en")
                             << QStringLiteral("--set") << md);
    const QString html = scratch.write(
        QStringLiteral("delivery.html"),
        QStringLiteral("<h2 style='color:red'>Sut rydym yn cyflawni</h2><p>Rydym yn cyfarfod yn "
                       "<b>fisol</b>.<img src='https://x.example/t.png'></p>")
            .toUtf8());
    ok(QStringList(delivery) << QStringLiteral("--lang") << QStringLiteral("cy")
                             << QStringLiteral("--set") << html);
    sections = ok(
        {QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("strategy")});
    CHECK(statusLine(sections.out, QStringLiteral("delivery"))
              .endsWith(QStringLiteral("\tup-to-date")));

    Run english = ok(QStringList(delivery) << QStringLiteral("--lang") << QStringLiteral("en")
                                           << QStringLiteral("--get"));
    CHECK(english.out == QStringLiteral("## How we deliver\n\nWe meet **monthly**.\n"));
    Run welsh = ok(QStringList(delivery)
                   << QStringLiteral("--lang") << QStringLiteral("cy") << QStringLiteral("--get")
                   << QStringLiteral("--format") << QStringLiteral("txt"));
    CHECK(welsh.out == QStringLiteral("Sut rydym yn cyflawni\nRydym yn cyfarfod yn fisol.\n"));

    const QString txt = scratch.write(QStringLiteral("delivery.txt"), "We meet *every* month.\n");
    ok(QStringList(delivery) << QStringLiteral("--lang") << QStringLiteral("en")
                             << QStringLiteral("--set") << txt);
    sections = ok(
        {QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("strategy")});
    CHECK(statusLine(sections.out, QStringLiteral("delivery")).endsWith(QStringLiteral("\tstale")));
    Run plain = ok(QStringList(delivery)
                   << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("--get"));
    CHECK(plain.out == QStringLiteral("We meet \\*every\\* month.\n"));

    ok({QStringLiteral("section"), project, QStringLiteral("--doc"), QStringLiteral("strategy"),
        QStringLiteral("--section"), QStringLiteral("delivery"), QStringLiteral("--confirm")});
    sections =
        ok({QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("sna")});
    CHECK(statusLine(sections.out, QStringLiteral("data-gaps")) ==
          QStringLiteral("data-gaps\tData gaps and limitations\tmissing"));
}

TEST_CASE("sna text refuses text that is not UTF-8, naming the first bad byte, and writes nothing")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    const QString bad = scratch.write(QStringLiteral("notes.md"), "Caf\xE9 culture\n");
    const QByteArray before = fileBytes(project);
    Run refused =
        runSna({QStringLiteral("text"), project, QStringLiteral("--doc"),
                QStringLiteral("strategy"), QStringLiteral("--section"), QStringLiteral("delivery"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--set"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("notes.md")));
    CHECK(refused.err.contains(QStringLiteral("byte offset 3")));
    CHECK(refused.err.contains(QStringLiteral("0xE9")));
    CHECK(fileBytes(project) == before);

    Run unknown =
        runSna({QStringLiteral("text"), project, QStringLiteral("--doc"),
                QStringLiteral("strategy"), QStringLiteral("--section"), QStringLiteral("nope"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--get")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("executive-summary")));
    Run badLang =
        runSna({QStringLiteral("text"), project, QStringLiteral("--doc"),
                QStringLiteral("strategy"), QStringLiteral("--section"), QStringLiteral("delivery"),
                QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--get")});
    CHECK(badLang.exitCode == 2);
    Run badSuffix =
        runSna({QStringLiteral("text"), project, QStringLiteral("--doc"),
                QStringLiteral("strategy"), QStringLiteral("--section"), QStringLiteral("delivery"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--set"),
                scratch.write(QStringLiteral("a.doc"), "x")});
    CHECK(badSuffix.exitCode == 2);
    CHECK(badSuffix.err.contains(QStringLiteral(".md")));
    Run badDoc = runSna(
        {QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("plan")});
    CHECK(badDoc.exitCode == 2);
    CHECK(fileBytes(project) == before);
}

TEST_CASE("sna profile shows and edits everything the profile panel and timetable hold")
{
    Scratch scratch;
    const QString project = newProject(scratch, QStringLiteral("W06000008"));
    ok({QStringLiteral("profile"),          project,
        QStringLiteral("--coordinator"),    QStringLiteral("Siân Jones"),
        QStringLiteral("--add-authority"),  QStringLiteral("Ysgolion Ceredigion"),
        QStringLiteral("--type"),           QStringLiteral("education"),
        QStringLiteral("--add-authority"),  QStringLiteral("HMP Parc"),
        QStringLiteral("--type"),           QStringLiteral("prison"),
        QStringLiteral("--consulted"),      QStringLiteral("HMP Parc=2023-10-03"),
        QStringLiteral("--add-governance"), QStringLiteral("Bwrdd Diogelwch"),
        QStringLiteral("--milestone"),      QStringLiteral("strategy-publication=2024-01-31"),
        QStringLiteral("--milestone-done"), QStringLiteral("sna=2023-12-01")});
    Run shown = ok({QStringLiteral("profile"), project, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("coordinator")).toString() == QStringLiteral("Siân Jones"));
    const QJsonArray authorities = json.value(QStringLiteral("authorities")).toArray();
    REQUIRE(authorities.size() == 2);
    CHECK(authorities[1].toObject().value(QStringLiteral("type")).toString() ==
          QLatin1String("prison"));
    CHECK(authorities[1].toObject().value(QStringLiteral("consulted_on")).toString() ==
          QLatin1String("2023-10-03"));
    CHECK(json.value(QStringLiteral("governance_bodies")).toArray().first().toString() ==
          QStringLiteral("Bwrdd Diogelwch"));
    bool sawWelshMinisters = false;
    for (const QJsonValue& value : json.value(QStringLiteral("milestones")).toArray()) {
        const QJsonObject milestone = value.toObject();
        if (milestone.value(QStringLiteral("kind")).toString() ==
            QLatin1String("strategy-publication"))
            CHECK(milestone.value(QStringLiteral("due")).toString() == QLatin1String("2024-01-31"));
        if (milestone.value(QStringLiteral("kind")).toString() ==
            QLatin1String("welsh-ministers-submission")) {
            sawWelshMinisters = true;
            CHECK(milestone.value(QStringLiteral("latest")).toString() ==
                  QLatin1String("2024-02-07"));
        }
        if (milestone.value(QStringLiteral("kind")).toString() == QLatin1String("sna"))
            CHECK(milestone.value(QStringLiteral("state")).toString() == QLatin1String("done"));
    }
    CHECK(sawWelshMinisters);
    Run text = ok({QStringLiteral("profile"), project});
    CHECK(text.out.contains(QStringLiteral("Coordinator: Siân Jones")));
    CHECK(text.out.contains(QStringLiteral("HMP Parc\tprison\tpartner\tconsulted 2023-10-03")));

    // Refused changes say why and change nothing.
    const QByteArray before = fileBytes(project);
    Run badArea = runSna({QStringLiteral("profile"), project, QStringLiteral("--add-area"),
                          QStringLiteral("W01000001"), QStringLiteral("--coordinator"),
                          QStringLiteral("Someone Else")});
    CHECK(badArea.exitCode == 1);
    CHECK(badArea.err.contains(QStringLiteral("W01000001")));
    Run badType = runSna({QStringLiteral("profile"), project, QStringLiteral("--add-authority"),
                          QStringLiteral("X"), QStringLiteral("--type"), QStringLiteral("army")});
    CHECK(badType.exitCode == 2);
    CHECK(badType.err.contains(QStringLiteral("youth-custody")));
    Run badDate = runSna({QStringLiteral("profile"), project, QStringLiteral("--milestone"),
                          QStringLiteral("annual-review=31/01/2025")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    Run unpaired = runSna({QStringLiteral("profile"), project, QStringLiteral("--add-authority"),
                           QStringLiteral("X")});
    CHECK(unpaired.exitCode == 2);
    CHECK(fileBytes(project) == before);
    CHECK(ok({QStringLiteral("profile"), project}).out.contains(QStringLiteral("Siân Jones")));
}

TEST_CASE("sna section: restricted, not applicable, added, merged and removed sections")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    const QStringList strategy{QStringLiteral("section"), project, QStringLiteral("--doc"),
                               QStringLiteral("strategy")};
    Run added = ok(QStringList(strategy)
                   << QStringLiteral("--add") << QStringLiteral("--title-en")
                   << QStringLiteral("Operational detail") << QStringLiteral("--title-cy")
                   << QStringLiteral("Manylion gweithredol") << QStringLiteral("--after")
                   << QStringLiteral("actions") << QStringLiteral("--level")
                   << QStringLiteral("2"));
    CHECK(added.out.contains(QStringLiteral("Section 14.1")));
    CHECK(added.out.contains(QStringLiteral("(operational-detail)")));
    Run restricted = ok(QStringList(strategy)
                        << QStringLiteral("--section") << QStringLiteral("operational-detail")
                        << QStringLiteral("--sensitive") << QStringLiteral("yes"));
    CHECK(restricted.out.contains(QStringLiteral("Restricted")));
    ok(QStringList(strategy) << QStringLiteral("--section") << QStringLiteral("annual-assessment")
                             << QStringLiteral("--not-applicable")
                             << QStringLiteral("First strategy.") << QStringLiteral("--reason-cy")
                             << QStringLiteral("Strategaeth gyntaf."));
    Run sections = ok(
        {QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("strategy")});
    CHECK(statusLine(sections.out, QStringLiteral("annual-assessment"))
              .endsWith(QStringLiteral("up-to-date")));
    CHECK(checkItem(project, QStringLiteral("strategy-154-o"))
              .value(QStringLiteral("status"))
              .toString() == QLatin1String("pass"));

    ok(QStringList(strategy) << QStringLiteral("--section") << QStringLiteral("scrutiny")
                             << QStringLiteral("--merge-into") << QStringLiteral("governance"));
    sections = ok(
        {QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("strategy")});
    CHECK(statusLine(sections.out, QStringLiteral("scrutiny")).isEmpty());
    ok(QStringList(strategy) << QStringLiteral("--section") << QStringLiteral("operational-detail")
                             << QStringLiteral("--remove"));
    CHECK(sections.out.contains(QStringLiteral("operational-detail")));
    CHECK_FALSE(ok({QStringLiteral("sections"), project, QStringLiteral("--doc"),
                    QStringLiteral("strategy")})
                    .out.contains(QStringLiteral("operational-detail")));
    Run badItem = runSna(QStringList(strategy)
                         << QStringLiteral("--section") << QStringLiteral("delivery")
                         << QStringLiteral("--add-item") << QStringLiteral("chart:nope"));
    CHECK(badItem.exitCode == 2);
    CHECK(badItem.err.contains(QStringLiteral("table:categories")));
    Run noConfirm =
        runSna(QStringList(strategy) << QStringLiteral("--section") << QStringLiteral("delivery")
                                     << QStringLiteral("--confirm"));
    CHECK(noConfirm.exitCode == 1);
}

TEST_CASE("sna action, priority and actions script the action plan")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    ok({QStringLiteral("priority"), project, QStringLiteral("add"), QStringLiteral("--title-en"),
        QStringLiteral("Knife crime"), QStringLiteral("--title-cy"),
        QStringLiteral("Troseddau cyllyll"), QStringLiteral("--finding"),
        QStringLiteral("recommendations")});
    Run added = ok({QStringLiteral("action"),
                    project,
                    QStringLiteral("add"),
                    QStringLiteral("--title-en"),
                    QStringLiteral("School sessions"),
                    QStringLiteral("--lead"),
                    QStringLiteral("Council"),
                    QStringLiteral("--partner"),
                    QStringLiteral("Police"),
                    QStringLiteral("--partner"),
                    QStringLiteral("Youth Justice Service"),
                    QStringLiteral("--sector"),
                    QStringLiteral("education"),
                    QStringLiteral("--priority"),
                    QStringLiteral("1"),
                    QStringLiteral("--start"),
                    QStringLiteral("2024-04-01"),
                    QStringLiteral("--due"),
                    QStringLiteral("2025-03-31"),
                    QStringLiteral("--status"),
                    QStringLiteral("on-track")});
    CHECK(added.out.contains(QStringLiteral("Added action 1")));
    CHECK(added.out.contains(QStringLiteral("missing")));
    Run changed = ok({QStringLiteral("action"), project, QStringLiteral("set"), QStringLiteral("1"),
                      QStringLiteral("--title-cy"), QStringLiteral("Sesiynau ysgol"),
                      QStringLiteral("--status"), QStringLiteral("at-risk")});
    CHECK(changed.out.contains(QStringLiteral("up-to-date")));
    Run listed = ok({QStringLiteral("actions"), project});
    CHECK(listed.out.contains(QStringLiteral("Priority 1: Knife crime")));
    CHECK(listed.out.contains(QStringLiteral(
        "1\tSchool sessions\teducation\t1\tCouncil\t2025-03-31\tat-risk\tup-to-date")));
    Run bySector = ok({QStringLiteral("actions"), project, QStringLiteral("--by"),
                       QStringLiteral("sector"), QStringLiteral("--lang"), QStringLiteral("cy")});
    CHECK(bySector.out.startsWith(QStringLiteral("Addysg\n  1\tSesiynau ysgol")));
    Run json = ok({QStringLiteral("actions"), project, QStringLiteral("--json")});
    const QJsonObject action = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray()
                                   .first()
                                   .toObject();
    CHECK(action.value(QStringLiteral("partners")).toArray().size() == 2);
    CHECK(action.value(QStringLiteral("start")).toString() == QLatin1String("2024-04-01"));

    const QByteArray before = fileBytes(project);
    Run badSector =
        runSna({QStringLiteral("action"), project, QStringLiteral("set"), QStringLiteral("1"),
                QStringLiteral("--sector"), QStringLiteral("army")});
    CHECK(badSector.exitCode == 1);
    CHECK(badSector.err.contains(QStringLiteral("“army”")));
    Run backwards =
        runSna({QStringLiteral("action"), project, QStringLiteral("set"), QStringLiteral("1"),
                QStringLiteral("--due"), QStringLiteral("2024-01-01")});
    CHECK(backwards.exitCode == 1);
    Run missing =
        runSna({QStringLiteral("action"), project, QStringLiteral("remove"), QStringLiteral("9")});
    CHECK(missing.exitCode == 1);
    CHECK(fileBytes(project) == before);
    ok({QStringLiteral("action"), project, QStringLiteral("remove"), QStringLiteral("1")});
    CHECK_FALSE(
        ok({QStringLiteral("actions"), project}).out.contains(QStringLiteral("School sessions")));
}

TEST_CASE("sna glossary adds project terms and lists sections that do not use them")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    const QString en = scratch.write(QStringLiteral("en.md"), "We tackle county lines.");
    const QString cy =
        scratch.write(QStringLiteral("cy.md"),
                      QStringLiteral("Rydym yn mynd i’r afael â gangiau cyffuriau.").toUtf8());
    for (const auto& [lang, file] :
         {std::pair{QStringLiteral("en"), en}, std::pair{QStringLiteral("cy"), cy}})
        ok({QStringLiteral("text"), project, QStringLiteral("--doc"), QStringLiteral("strategy"),
            QStringLiteral("--section"), QStringLiteral("partners"), QStringLiteral("--lang"), lang,
            QStringLiteral("--set"), file});
    Run flagged = ok({QStringLiteral("glossary"), project, QStringLiteral("--check")});
    CHECK(flagged.out == QStringLiteral("strategy/partners\tcounty lines\tllinellau cyffuriau\n"));
    Run added = ok({QStringLiteral("glossary"), project, QStringLiteral("--add"),
                    QStringLiteral("county lines=gangiau cyffuriau"), QStringLiteral("--note"),
                    QStringLiteral("Agreed locally")});
    CHECK(added.out.contains(QStringLiteral("county lines\tgangiau cyffuriau\tproject\tchecked")));
    CHECK(ok({QStringLiteral("glossary"), project, QStringLiteral("--check")}).out.isEmpty());
    Run removed = runSna({QStringLiteral("glossary"), project, QStringLiteral("--remove"),
                          QStringLiteral("strategy")});
    CHECK(removed.exitCode == 1); // a bundled term cannot be removed
}

TEST_CASE("sna translation export and import carry text to a translator and back")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    const QString en = scratch.write(QStringLiteral("en.txt"), "We meet monthly.");
    ok({QStringLiteral("text"), project, QStringLiteral("--doc"), QStringLiteral("strategy"),
        QStringLiteral("--section"), QStringLiteral("delivery"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("--set"), en});
    const QString pack = scratch.path(QStringLiteral("pack.xlf"));
    Run exported = ok({QStringLiteral("translation"), QStringLiteral("export"), project,
                       QStringLiteral("-o"), pack, QStringLiteral("--doc"),
                       QStringLiteral("strategy"), QStringLiteral("--only-needed")});
    CHECK(exported.out.contains(QStringLiteral("needing translation: 1")));
    QString xml = QString::fromUtf8(fileBytes(pack));
    REQUIRE(xml.contains(QStringLiteral("id=\"strategy/delivery/body\"")));
    xml.replace(QStringLiteral("state=\"needs-translation\"></target>"),
                QStringLiteral("state=\"translated\">Rydym yn cyfarfod yn fisol.</target>"));
    const QString returned = scratch.write(QStringLiteral("returned.xlf"), xml.toUtf8());
    Run imported = ok({QStringLiteral("translation"), QStringLiteral("import"), project, returned});
    CHECK(imported.out.contains(QStringLiteral("updated: 1")));
    Run sections = ok(
        {QStringLiteral("sections"), project, QStringLiteral("--doc"), QStringLiteral("strategy")});
    CHECK(statusLine(sections.out, QStringLiteral("delivery"))
              .endsWith(QStringLiteral("\tup-to-date")));
    CHECK(ok({QStringLiteral("text"), project, QStringLiteral("--doc"), QStringLiteral("strategy"),
              QStringLiteral("--section"), QStringLiteral("delivery"), QStringLiteral("--lang"),
              QStringLiteral("cy"), QStringLiteral("--get")})
              .out == QStringLiteral("Rydym yn cyfarfod yn fisol.\n"));

    const QString broken =
        scratch.write(QStringLiteral("broken.xlf"), "<xliff version=\"1.2\"><file");
    const QByteArray before = fileBytes(project);
    Run refused =
        runSna({QStringLiteral("translation"), QStringLiteral("import"), project, broken});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("broken.xlf")));
    CHECK(fileBytes(project) == before);
}

TEST_CASE("sna check exits non-zero while a required item fails, and zero once all pass")
{
    Scratch scratch;
    const QString project = newProject(scratch);
    Run first = runSna({QStringLiteral("check"), project});
    CHECK(first.exitCode == 1);
    CHECK(first.out.contains(QStringLiteral("fail\tconsulted-education\trequired")));
    CHECK(first.out.contains(QStringLiteral("n/a\twelsh-complete\trequired")));

    // Do everything the checklist asks, from the command line.
    const QString text = scratch.write(QStringLiteral("t.txt"), "Written.");
    const QStringList sections = ok({QStringLiteral("sections"), project, QStringLiteral("--doc"),
                                     QStringLiteral("strategy")})
                                     .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : sections)
        ok({QStringLiteral("text"), project, QStringLiteral("--doc"), QStringLiteral("strategy"),
            QStringLiteral("--section"), line.section(QLatin1Char('\t'), 0, 0),
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--set"), text});
    ok({QStringLiteral("text"), project, QStringLiteral("--doc"), QStringLiteral("sna"),
        QStringLiteral("--section"), QStringLiteral("data-gaps"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("--set"), text});
    const QDate published(2024, 1, 31);
    ok({QStringLiteral("profile"),          project,
        QStringLiteral("--add-authority"),  QStringLiteral("Schools"),
        QStringLiteral("--type"),           QStringLiteral("education"),
        QStringLiteral("--add-authority"),  QStringLiteral("HMP Leicester"),
        QStringLiteral("--type"),           QStringLiteral("prison"),
        QStringLiteral("--add-authority"),  QStringLiteral("YCS"),
        QStringLiteral("--type"),           QStringLiteral("youth-custody"),
        QStringLiteral("--consulted"),      QStringLiteral("Schools=2023-10-01"),
        QStringLiteral("--consulted"),      QStringLiteral("HMP Leicester=2023-10-01"),
        QStringLiteral("--consulted"),      QStringLiteral("YCS=2023-10-01"),
        QStringLiteral("--milestone-done"), QStringLiteral("strategy-publication=2024-01-31"),
        QStringLiteral("--milestone-done"), QStringLiteral("home-office-submission=2024-02-02"),
        QStringLiteral("--milestone"),      QStringLiteral("annual-review=2025-01-31")});
    Run passed = runSna(
        {QStringLiteral("check"), project, QStringLiteral("--date"), QStringLiteral("2024-06-01")});
    INFO(passed.out.toStdString());
    CHECK(passed.exitCode == 0);
    CHECK(passed.out.contains(QStringLiteral("Required items failing: 0")));
    // A year and a day later the review is overdue.
    Run late = runSna({QStringLiteral("check"), project, QStringLiteral("--date"),
                       QStringLiteral("2025-02-01"), QStringLiteral("--json")});
    CHECK(late.exitCode == 1);
    CHECK(checkItem(project, QStringLiteral("annual-review"))
              .value(QStringLiteral("status"))
              .toString() == (QDate::currentDate() > QDate(2025, 1, 31) ? QLatin1String("fail")
                                                                        : QLatin1String("pass")));
    Run badDate = runSna(
        {QStringLiteral("check"), project, QStringLiteral("--date"), QStringLiteral("tomorrow")});
    CHECK(badDate.exitCode == 2);
}

TEST_CASE("An exported strategy is the publishable form: nothing restricted, reasons and plan in")
{
    Scratch scratch;
    const QString project = scratch.path(QStringLiteral("demo.sna"));
    ok({QStringLiteral("demo"), project});
    // The demo has a restricted section under the actions; check the file really holds it.
    CHECK(ok({QStringLiteral("text"), project, QStringLiteral("--doc"), QStringLiteral("strategy"),
              QStringLiteral("--section"), QStringLiteral("operational-details"),
              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--get")})
              .out.contains(QStringLiteral("Patrol times")));
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("cy")}) {
        const QString pdf = scratch.path(QStringLiteral("strategy-%1.pdf").arg(lang));
        ok({QStringLiteral("export"), project, QStringLiteral("--lang"), lang,
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        const PdfText text = readPdf(pdf);
        REQUIRE(text.loaded);
        const QString all = text.all().simplified();
        CHECK_FALSE(all.contains(QStringLiteral("Patrol times")));
        CHECK_FALSE(all.contains(QStringLiteral("amseroedd patrolau"), Qt::CaseInsensitive));
        CHECK_FALSE(all.contains(QStringLiteral("Operational details")));
        if (lang == QLatin1String("en")) {
            CHECK(all.contains(QStringLiteral("Not applicable: This is the partnership")));
            CHECK(all.contains(QStringLiteral("Actions by priority")));
            CHECK(all.contains(QStringLiteral("Actions by sector")));
            CHECK(all.contains(QStringLiteral("Priority 2: Knife crime")));
        } else {
            CHECK(all.contains(QStringLiteral("Ddim yn berthnasol: Dyma strategaeth gyntaf")));
            CHECK(all.contains(QStringLiteral("Camau gweithredu yn ôl sector")));
        }
    }
    const QString sna = scratch.path(QStringLiteral("sna-en.pdf"));
    ok({QStringLiteral("export"), project, QStringLiteral("--doc"), QStringLiteral("sna"),
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("-o"), sna});
    const QString annex = readPdf(sna).all().simplified();
    CHECK(annex.contains(QStringLiteral("Table 2: Data sources")));
    CHECK(annex.contains(QStringLiteral("synthetic-demo-")));
    CHECK(annex.contains(QStringLiteral("Demo Constabulary")));
}
