#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "document/DocumentSearch.h"
#include "document/DocumentStore.h"
#include "document/DocumentTemplates.h"
#include "project/Project.h"
#include "project/ProjectSchema.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace sna;
using namespace sna::test;

namespace {
QStringList outline(const Document& document)
{
    QStringList lines;
    for (const Section& section : document.sections())
        lines << QStringLiteral("%1 %2").arg(document.number(section.id), section.id);
    return lines;
}

Document smallDocument()
{
    Document document(DocumentKind::Strategy);
    QList<Section> sections;
    for (const char* id : {"a", "b", "c"}) {
        Section section;
        section.id = QString::fromLatin1(id);
        section.title = BilingualText{QString::fromLatin1(id).toUpper(),
                                      QStringLiteral("Cy ") + QString::fromLatin1(id)};
        sections.append(section);
    }
    document.setSections(sections);
    return document;
}
} // namespace

TEST_CASE("Sections form an outline: add, number, indent, move with children, remove")
{
    Document document = smallDocument();
    const QString b1 = document.insertSection(
        QStringLiteral("b"),
        BilingualText{QStringLiteral("Local partners"), QStringLiteral("Partneriaid lleol")}, 2);
    CHECK(b1 == QLatin1String("local-partners"));
    const QString b2 = document.insertSection(
        b1, BilingualText{QStringLiteral("Gŵyl & “events”"), QStringLiteral("Gwyliau")}, 2);
    CHECK(b2 == QLatin1String("gwyl-events"));
    CHECK(Document::isValidSectionId(b2));
    CHECK(outline(document) == QStringList{QStringLiteral("1 a"), QStringLiteral("2 b"),
                                           QStringLiteral("2.1 local-partners"),
                                           QStringLiteral("2.2 gwyl-events"),
                                           QStringLiteral("3 c")});
    // The same title again gets a new id.
    CHECK(document.insertSection(QString(), BilingualText{QStringLiteral("Local partners"), {}}) ==
          QLatin1String("local-partners-2"));
    document.removeSection(QStringLiteral("local-partners-2"));

    // A section cannot be deeper than one below the section before it.
    document.setLevel(QStringLiteral("c"), 3);
    CHECK(document.section(QStringLiteral("c"))->level == 3);
    document.setLevel(QStringLiteral("a"), 2);
    CHECK(document.section(QStringLiteral("a"))->level == 1);
    document.setLevel(QStringLiteral("c"), 1);

    // Moving "b" down swaps it, with its children, with "c".
    REQUIRE(document.moveSection(QStringLiteral("b"), +1));
    CHECK(outline(document) ==
          QStringList{QStringLiteral("1 a"), QStringLiteral("2 c"), QStringLiteral("3 b"),
                      QStringLiteral("3.1 local-partners"), QStringLiteral("3.2 gwyl-events")});
    CHECK_FALSE(document.moveSection(QStringLiteral("b"), +1));              // already last
    CHECK_FALSE(document.moveSection(QStringLiteral("local-partners"), -1)); // first child
    REQUIRE(document.moveSection(QStringLiteral("gwyl-events"), -1));
    CHECK(outline(document)[3] == QLatin1String("3.1 gwyl-events"));

    // Removing a chapter lifts its children one level.
    document.removeSection(QStringLiteral("b"));
    CHECK(outline(document) == QStringList{QStringLiteral("1 a"), QStringLiteral("2 c"),
                                           QStringLiteral("3 gwyl-events"),
                                           QStringLiteral("4 local-partners")});
}

TEST_CASE("A section marked not applicable is judged on its reason, in both languages")
{
    Document document = DocumentTemplates::strategy();
    const QString id = QStringLiteral("annual-assessment");
    document.setBody(id, Lang::En, QStringLiteral("Draft text we may use next year."));
    document.setNotApplicable(id, true);
    auto status = [&] { return document.section(id)->translationStatus(); };
    CHECK(status() == TranslationStatus::Missing); // no reason yet
    CHECK_FALSE(document.section(id)->isWritten());
    document.setNotApplicableReason(id, Lang::En, QStringLiteral("This is our first strategy."));
    CHECK(document.section(id)->isWritten());
    CHECK(status() == TranslationStatus::Missing);
    document.setNotApplicableReason(id, Lang::Cy, QStringLiteral("Dyma ein strategaeth gyntaf."));
    CHECK(status() == TranslationStatus::UpToDate);
    document.setNotApplicableReason(id, Lang::En,
                                    QStringLiteral("This is our very first strategy."));
    CHECK(status() == TranslationStatus::Stale);
    document.confirmTranslation(id);
    CHECK(status() == TranslationStatus::UpToDate);
    // The body keeps its own history for when the section applies again.
    document.setNotApplicable(id, false);
    CHECK(status() == TranslationStatus::Missing);
    CHECK(document.section(id)->body.en == QLatin1String("Draft text we may use next year."));
}

TEST_CASE("A translation is missing while its title is missing")
{
    Document document = DocumentTemplates::strategy();
    const QString id = document.insertSection(QStringLiteral("actions"),
                                              BilingualText{QStringLiteral("Funding"), QString()});
    document.setBody(id, Lang::En, QStringLiteral("We pool budgets."));
    document.setBody(id, Lang::Cy, QStringLiteral("Rydym yn cyfuno cyllidebau."));
    CHECK(document.section(id)->translationStatus() == TranslationStatus::Missing);
    document.setTitle(id, Lang::Cy, QStringLiteral("Cyllid"));
    CHECK(document.section(id)->translationStatus() == TranslationStatus::UpToDate);
}

TEST_CASE("Merging sections joins their text and guidance coverage; status is the worse")
{
    Document document = DocumentTemplates::strategy();
    const QString target = QStringLiteral("governance");
    const QString source = QStringLiteral("scrutiny");
    document.setBody(target, Lang::En, QStringLiteral("The board meets quarterly."));
    document.setBody(target, Lang::Cy, QStringLiteral("Mae’r bwrdd yn cyfarfod bob chwarter."));

    SECTION("both up to date")
    {
        document.setBody(source, Lang::En, QStringLiteral("The committee scrutinises."));
        document.setBody(source, Lang::Cy, QStringLiteral("Mae’r pwyllgor yn craffu."));
        REQUIRE(document.mergeSection(source, target));
        const Section* merged = document.section(target);
        CHECK(merged->body.en ==
              QStringLiteral("The board meets quarterly.\n\nThe committee scrutinises."));
        CHECK(merged->body.cy ==
              QStringLiteral("Mae’r bwrdd yn cyfarfod bob chwarter.\n\nMae’r pwyllgor yn craffu."));
        CHECK(merged->translationStatus() == TranslationStatus::UpToDate);
        CHECK(merged->coveredIds().contains(QStringLiteral("scrutiny")));
        CHECK(document.section(source) == nullptr);
    }
    SECTION("one stale")
    {
        document.setBody(source, Lang::Cy, QStringLiteral("Mae’r pwyllgor yn craffu."));
        document.setBody(source, Lang::En, QStringLiteral("The committee scrutinises."));
        REQUIRE(document.section(source)->translationStatus() == TranslationStatus::Stale);
        REQUIRE(document.mergeSection(source, target));
        CHECK(document.section(target)->translationStatus() == TranslationStatus::Stale);
    }
    SECTION("restricted text stays restricted")
    {
        document.setSensitive(source, true);
        document.setBody(source, Lang::En, QStringLiteral("Names of the panel members."));
        REQUIRE(document.mergeSection(source, target));
        CHECK(document.section(target)->sensitive);
    }
    CHECK_FALSE(document.mergeSection(target, target));
}

TEST_CASE("The published form leaves out restricted sections and everything under them")
{
    Document document = smallDocument();
    const QString child =
        document.insertSection(QStringLiteral("b"), BilingualText{QStringLiteral("Names"), {}}, 2);
    document.setSensitive(QStringLiteral("b"), true);
    const Document published = document.withoutSensitive();
    CHECK(outline(published) == QStringList{QStringLiteral("1 a"), QStringLiteral("2 c")});
    CHECK(published.section(child) == nullptr);
    CHECK(document.sections().size() == 4); // the original is untouched
}

TEST_CASE("Every new field of a section survives the project file; removed sections go")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("doc.sna"));
    QString added;
    {
        auto project = createProject(path, ceredigionProfile());
        Document strategy = DocumentStore(*project).load(DocumentKind::Strategy).value();
        added = strategy.insertSection(
            QStringLiteral("actions"),
            BilingualText{QStringLiteral("Operational detail"), QStringLiteral("Manylion")}, 2);
        strategy.setSensitive(added, true);
        strategy.setSourceLanguage(added, Lang::Cy);
        strategy.setBody(added, Lang::Cy, QStringLiteral("Cyfrinachol."));
        strategy.setNotApplicable(QStringLiteral("annual-assessment"), true);
        strategy.setNotApplicableReason(QStringLiteral("annual-assessment"), Lang::En,
                                        QStringLiteral("First strategy."));
        strategy.setItems(
            QStringLiteral("delivery"),
            {EmbeddedItem{QStringLiteral("figure"), QStringLiteral("total-records")}});
        REQUIRE(strategy.mergeSection(QStringLiteral("scrutiny"), QStringLiteral("governance")));
        REQUIRE(DocumentStore(*project).save(strategy).ok());
    }
    auto project = openProject(path);
    const Document strategy = DocumentStore(*project).load(DocumentKind::Strategy).value();
    const Section* restricted = strategy.section(added);
    REQUIRE(restricted);
    CHECK(restricted->sensitive);
    CHECK(restricted->level == 2);
    CHECK(restricted->sourceLanguage == Lang::Cy);
    CHECK(restricted->body.cy == QLatin1String("Cyfrinachol."));
    CHECK(strategy.indexOf(added) == strategy.indexOf(QStringLiteral("actions")) + 1);
    const Section* annual = strategy.section(QStringLiteral("annual-assessment"));
    CHECK(annual->notApplicable);
    CHECK(annual->notApplicableReason.en == QLatin1String("First strategy."));
    CHECK(annual->translationStatus() == TranslationStatus::Missing);
    CHECK(strategy.section(QStringLiteral("delivery"))->items.size() == 1);
    CHECK(strategy.section(QStringLiteral("scrutiny")) == nullptr);
    const Section* governance = strategy.section(QStringLiteral("governance"));
    CHECK(governance->merged == QStringList{QStringLiteral("scrutiny")});
    CHECK(governance->guidanceRef == QLatin1String("154(b), 154(k)"));
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM section WHERE id = 'scrutiny'")) ==
          0);
}

TEST_CASE("A format 2 file opens with its sections as they were")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("v2.sna"));
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(ProjectSchema::migrate(db, 0, 2).ok());
        REQUIRE(ProjectSchema::exec(
                    db, "INSERT INTO partnership(id, name, created_at) VALUES (1, 'Old', '');"
                        "INSERT INTO area(code, name, position) VALUES ('W06000008', '', 0);"
                        "INSERT INTO document(id, kind) VALUES ('strategy', 'strategy');"
                        "INSERT INTO section(document_id, id, position, title_en, title_cy, "
                        "body_en, body_cy, rev_en, rev_cy) VALUES ('strategy', 'delivery', 0, "
                        "'Delivery', 'Cyflawni', 'We deliver.', 'Rydym yn cyflawni.', 3, 2);")
                    .ok());
        sqlite3_close(db);
    }
    auto project = openProject(path);
    CHECK(project->formatVersion() == ProjectSchema::kCurrentVersion);
    const Document strategy = DocumentStore(*project).load(DocumentKind::Strategy).value();
    const Section* delivery = strategy.section(QStringLiteral("delivery"));
    REQUIRE(delivery);
    CHECK(delivery->level == 1);
    CHECK_FALSE(delivery->sensitive);
    CHECK_FALSE(delivery->notApplicable);
    CHECK(delivery->translationStatus() == TranslationStatus::Stale);
}

TEST_CASE("Find in a document goes through every section in both languages and wraps")
{
    Document document = DocumentTemplates::strategy();
    document.setBody(QStringLiteral("executive-summary"), Lang::En,
                     QStringLiteral("**Knife** crime and more knife crime."));
    document.setBody(QStringLiteral("executive-summary"), Lang::Cy,
                     QStringLiteral("Troseddau cyllyll."));
    document.setBody(QStringLiteral("actions"), Lang::Cy,
                     QStringLiteral("Addysg am gyllyll (knife) ym mhob ysgol."));
    const QList<Lang> order{Lang::En, Lang::Cy};
    const QList<SearchHit> hits = DocumentSearch::findAll(document, QStringLiteral("knife"), order);
    REQUIRE(hits.size() == 3);
    CHECK(hits[0] == SearchHit{QStringLiteral("executive-summary"), Lang::En, 0});
    CHECK(hits[1] == SearchHit{QStringLiteral("executive-summary"), Lang::En, 1});
    CHECK(hits[2] == SearchHit{QStringLiteral("actions"), Lang::Cy, 0});

    auto next = DocumentSearch::next(document, QStringLiteral("knife"), hits[2], false, order);
    CHECK(next == hits[0]); // wraps round
    auto back = DocumentSearch::next(document, QStringLiteral("knife"), hits[0], true, order);
    CHECK(back == hits[2]);
    // From a section without a hit, the next hit after it.
    auto fromDelivery =
        DocumentSearch::next(document, QStringLiteral("knife"),
                             SearchHit{QStringLiteral("delivery"), Lang::En, -1}, false, order);
    CHECK(fromDelivery == hits[2]);
    CHECK_FALSE(DocumentSearch::next(document, QStringLiteral("absent"), {}, false, order));
}
