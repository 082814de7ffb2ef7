#include <catch2/catch.hpp>

#include "ReviewTestSupport.h"
#include "SnaProcess.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

QJsonArray commentsJson(const QString& project)
{
    const Run list =
        ok({QStringLiteral("comments"), QStringLiteral("list"), project, QStringLiteral("--json")});
    return QJsonDocument::fromJson(list.out.toUtf8())
        .object()
        .value(QStringLiteral("comments"))
        .toArray();
}
} // namespace

TEST_CASE("CLI review round trip: review PDF, annotations, comments, versions, sign-off")
{
    Scratch scratch;
    reviewProject(scratch).reset();
    const QString p = scratch.path(QStringLiteral("p.sna"));
    const QString s = QStringLiteral("strategy");

    Run run = ok({QStringLiteral("snapshot"), p, QStringLiteral("--doc"), s,
                  QStringLiteral("--name"), QStringLiteral("Draft 1 for CSP review"),
                  QStringLiteral("--by"), QStringLiteral("Ana")});
    CHECK(run.out.contains(QStringLiteral("Draft 1 for CSP review")));

    // A review copy and the reviewer's slim file.
    const QString pdf = scratch.path(QStringLiteral("review.pdf"));
    const QString slim = scratch.path(QStringLiteral("review.sna"));
    run = ok({QStringLiteral("export"), p, QStringLiteral("--doc"), s, QStringLiteral("--lang"),
              QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("pdf"),
              QStringLiteral("--review"), QStringLiteral("-o"), pdf, QStringLiteral("--package"),
              slim});
    const QString reviewId = QRegularExpression(QStringLiteral("SNAR-[0-9A-F]{4}-[0-9A-F]{4}"))
                                 .match(run.out)
                                 .captured(0);
    REQUIRE_FALSE(reviewId.isEmpty());
    CHECK(readPdf(pdf).pages.value(2).contains(reviewId));
    CHECK(QFileInfo::exists(slim));

    // Annotated in another PDF program, then imported.
    const QString annotated = scratch.path(QStringLiteral("annotated.pdf"));
    annotatePdf(pdf, annotated,
                {{TestAnnotation::Kind::Highlight,
                  QStringLiteral("knife"),
                  QStringLiteral("crime"),
                  {},
                  -1,
                  QStringLiteral("Give the figures.")},
                 {TestAnnotation::Kind::Note,
                  {},
                  {},
                  QPointF(0.5, 0.6),
                  0,
                  QStringLiteral("Add the logo.")}});
    run = ok({QStringLiteral("comments"), QStringLiteral("import"), p, annotated});
    CHECK(run.out.contains(QStringLiteral("Comments placed: 1")));
    CHECK(run.out.contains(QStringLiteral("Not placed: 1")));
    CHECK(run.out.contains(QStringLiteral("page 1")));
    CHECK(run.out.contains(QStringLiteral("Add the logo.")));
    run = ok({QStringLiteral("comments"), QStringLiteral("import"), p, annotated});
    CHECK(run.out.contains(QStringLiteral("Comments placed: 0")));
    CHECK(run.out.contains(QStringLiteral("Already imported before: 2")));

    QJsonArray comments = commentsJson(p);
    REQUIRE(comments.size() == 2);
    qint64 figuresId = 0;
    for (const QJsonValue& value : comments) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("text")).toString() == QLatin1String("Give the figures.")) {
            CHECK(c.value(QStringLiteral("section")).toString() ==
                  QStringLiteral("executive-summary"));
            CHECK(c.value(QStringLiteral("author")).toString() == QStringLiteral("Sam Reviewer"));
            CHECK(c.value(QStringLiteral("quote")).toString() == QStringLiteral("knife crime"));
            CHECK(c.value(QStringLiteral("state")).toString() == QStringLiteral("open"));
            figuresId = c.value(QStringLiteral("id")).toInteger();
        } else {
            CHECK(c.value(QStringLiteral("section")).isNull());
        }
    }
    REQUIRE(figuresId > 0);

    // Resolve it.
    ok({QStringLiteral("comments"), QStringLiteral("resolve"), p, QStringLiteral("--id"),
        QString::number(figuresId), QStringLiteral("--by"), QStringLiteral("Ana")});
    for (const QJsonValue& value : commentsJson(p)) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == figuresId)
            CHECK(value.toObject().value(QStringLiteral("state")).toString() ==
                  QStringLiteral("resolved"));
    }
    run = ok({QStringLiteral("comments"), QStringLiteral("list"), p, QStringLiteral("--open")});
    CHECK(run.out.contains(QStringLiteral("Open comments: 1")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Give the figures.")));

    // The reviewer comments in the slim file; the analyst merges it back.
    ok({QStringLiteral("comments"), QStringLiteral("add"), slim, QStringLiteral("--section"),
        QStringLiteral("governance"), QStringLiteral("--text"), QStringLiteral("Name the board."),
        QStringLiteral("--author"), QStringLiteral("Rhian"), QStringLiteral("--quote"),
        QStringLiteral("The board oversees")});
    run = ok({QStringLiteral("comments"), QStringLiteral("merge"), p, slim});
    CHECK(run.out.contains(QStringLiteral("Comments merged: 1")));
    CHECK(commentsJson(p).size() == 3);

    // A change, a second version and the comparison.
    const QString text =
        scratch.write(QStringLiteral("gov.md"), "The board oversees outcomes and publishes them.");
    ok({QStringLiteral("text"), p, QStringLiteral("--doc"), s, QStringLiteral("--section"),
        QStringLiteral("governance"), QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--set"), text});
    ok({QStringLiteral("snapshot"), p, QStringLiteral("--doc"), s, QStringLiteral("--name"),
        QStringLiteral("Final")});
    run = ok({QStringLiteral("versions"), p, QStringLiteral("--doc"), s});
    CHECK(run.out.contains(QStringLiteral("Draft 1 for CSP review\t")));
    CHECK(run.out.contains(QStringLiteral("Versions: 2")));
    run = ok({QStringLiteral("diff"), p, QStringLiteral("--doc"), s, QStringLiteral("--from"),
              QStringLiteral("Draft 1 for CSP review"), QStringLiteral("--to"),
              QStringLiteral("Final")});
    CHECK(run.out.contains(QStringLiteral("changed\tgovernance")));
    CHECK(run.out.contains(QStringLiteral("{+publishes them+}")));
    CHECK(run.out.contains(QStringLiteral("Sections changed: 1 of")));
    CHECK_FALSE(run.out.contains(QStringLiteral("  cy:")));

    // Sign-off by the three specified authorities; the checklist then passes the item.
    for (const QString& authority :
         {QStringLiteral("Leicestershire Police"), QStringLiteral("Leicester City Council")})
        ok({QStringLiteral("signoff"), p, QStringLiteral("--authority"), authority,
            QStringLiteral("--version"), QStringLiteral("Final"), QStringLiteral("--by"),
            QStringLiteral("A Person")});
    auto signoffItem = [&] {
        const Run check = runSna({QStringLiteral("check"), p, QStringLiteral("--json")});
        for (const QJsonValue& item : QJsonDocument::fromJson(check.out.toUtf8())
                                          .object()
                                          .value(QStringLiteral("items"))
                                          .toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toString() == QLatin1String("signoff"))
                return item.toObject();
        }
        return QJsonObject();
    };
    CHECK(signoffItem().value(QStringLiteral("status")).toString() == QStringLiteral("fail"));
    run = ok({QStringLiteral("signoff"), p, QStringLiteral("--authority"),
              QStringLiteral("Leicestershire Fire and Rescue"), QStringLiteral("--version"),
              QStringLiteral("Final"), QStringLiteral("--by"), QStringLiteral("CFO Smith"),
              QStringLiteral("--conditions"), QStringLiteral("Review in June")});
    INFO(run.out.toStdString());
    INFO(QJsonDocument(signoffItem()).toJson().toStdString());
    CHECK(run.out.contains(QStringLiteral("Every specified authority has signed off")));
    CHECK(signoffItem().value(QStringLiteral("status")).toString() == QStringLiteral("pass"));
    run = ok({QStringLiteral("signoff"), p, QStringLiteral("--list")});
    CHECK(run.out.contains(QStringLiteral("Review in June")));
}

TEST_CASE("CLI review commands refuse bad input and change nothing")
{
    Scratch scratch;
    reviewProject(scratch).reset();
    const QString p = scratch.path(QStringLiteral("p.sna"));
    const QByteArray before = fileBytes(p);

    Run run = runSna({QStringLiteral("comments"), QStringLiteral("import"), p,
                      scratch.write(QStringLiteral("x.pdf"), "%PDF-1.4 nothing")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("x.pdf")));
    run = runSna({QStringLiteral("signoff"), p, QStringLiteral("--authority"),
                  QStringLiteral("HMP Leicester"), QStringLiteral("--version"),
                  QStringLiteral("Final"), QStringLiteral("--by"), QStringLiteral("X")});
    CHECK(run.exitCode == 1);
    run = runSna({QStringLiteral("diff"), p, QStringLiteral("--from"), QStringLiteral("Nope")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no version called “Nope”")));
    run = runSna({QStringLiteral("export"), p, QStringLiteral("--lang"), QStringLiteral("both"),
                  QStringLiteral("--review"), QStringLiteral("-o"),
                  scratch.path(QStringLiteral("r.pdf"))});
    CHECK(run.exitCode == 2);
    run = runSna({QStringLiteral("snapshot"), p});
    CHECK(run.exitCode == 2);
    run = runSna({QStringLiteral("comments"), p});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("r.pdf"))));
    // Nothing above wrote to the project.
    CHECK(fileBytes(p) == before);
    CHECK(ok({QStringLiteral("help")}).out.contains(QStringLiteral("signoff")));
    CHECK(ok({QStringLiteral("help"), QStringLiteral("comments")})
              .out.contains(QStringLiteral("sna comments import FILE.sna ANNOTATED.pdf")));
}
