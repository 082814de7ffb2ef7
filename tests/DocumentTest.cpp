#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "document/DocumentStore.h"
#include "document/DocumentTemplates.h"
#include "project/Project.h"

#include <QRegularExpression>
#include <QSet>

using namespace sna;
using namespace sna::test;

TEST_CASE("The strategy template has the fifteen items of guidance para 154, a to o")
{
    const Document strategy = DocumentTemplates::strategy();
    REQUIRE(strategy.sections().size() == 15);
    QSet<QString> letters;
    const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9_-]+$"));
    for (const Section& section : strategy.sections()) {
        CHECK(idShape.match(section.id).hasMatch());
        CHECK_FALSE(section.title.en.isEmpty());
        CHECK_FALSE(section.title.cy.isEmpty());
        CHECK(section.title.en != section.title.cy);
        REQUIRE(section.guidanceRef.startsWith(QLatin1String("154(")));
        letters.insert(section.guidanceRef.mid(4, 1));
    }
    CHECK(letters.size() == 15);
    CHECK(letters.contains(QStringLiteral("a")));
    CHECK(letters.contains(QStringLiteral("o")));
    CHECK(strategy.sections().first().id == QLatin1String("executive-summary"));
    CHECK(strategy.title().cy == QLatin1String("Strategaeth Trais Difrifol"));
}

TEST_CASE("The SNA template includes the data-gaps section the guidance requires")
{
    const Document sna = DocumentTemplates::sna();
    CHECK(sna.section(QStringLiteral("data-gaps")) != nullptr);
    CHECK(sna.title().en == QLatin1String("Strategic Needs Assessment"));
}

TEST_CASE("Translation status follows the content: missing, up to date, stale, confirmed")
{
    Document document = DocumentTemplates::strategy();
    const QString id = QStringLiteral("delivery");
    auto status = [&] { return document.section(id)->translationStatus(); };

    CHECK(status() == TranslationStatus::Missing);
    document.setBody(id, Lang::En, QStringLiteral("We meet monthly."));
    CHECK(status() == TranslationStatus::Missing); // the Welsh is still empty
    document.setBody(id, Lang::Cy, QStringLiteral("Rydym yn cyfarfod yn fisol."));
    CHECK(status() == TranslationStatus::UpToDate);
    document.setBody(id, Lang::En, QStringLiteral("We meet every month."));
    CHECK(status() == TranslationStatus::Stale);
    document.confirmTranslation(id);
    CHECK(status() == TranslationStatus::UpToDate);
    document.setBody(id, Lang::En, QStringLiteral("We meet every month."));
    CHECK(status() == TranslationStatus::UpToDate); // saving the same text is not a change
    document.setBody(id, Lang::Cy, QString());
    CHECK(status() == TranslationStatus::Missing);
}

TEST_CASE("Welsh-first sections treat English as the translation")
{
    Document document = DocumentTemplates::strategy();
    QList<Section> sections = document.sections();
    sections[0].sourceLanguage = Lang::Cy;
    document.setSections(sections);
    const QString id = sections[0].id;
    document.setBody(id, Lang::Cy, QStringLiteral("Crynodeb."));
    CHECK(document.section(id)->translationStatus() == TranslationStatus::Missing);
    document.setBody(id, Lang::En, QStringLiteral("Summary."));
    CHECK(document.section(id)->translationStatus() == TranslationStatus::UpToDate);
    document.setBody(id, Lang::Cy, QStringLiteral("Crynodeb newydd."));
    CHECK(document.section(id)->translationStatus() == TranslationStatus::Stale);
}

TEST_CASE("Documents round-trip through the project file with their status")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("p.sna"));
    {
        auto project = createProject(path, ceredigionProfile());
        Document strategy = DocumentStore(*project).load(DocumentKind::Strategy).value();
        strategy.setBody(QStringLiteral("governance"), Lang::Cy,
                         QStringLiteral("Mae’r bwrdd yn cyfarfod bob chwarter."));
        strategy.setBody(QStringLiteral("governance"), Lang::En,
                         QStringLiteral("The board meets **quarterly**."));
        REQUIRE(DocumentStore(*project).save(strategy).ok());
    }
    auto project = openProject(path);
    const Document strategy = DocumentStore(*project).load(DocumentKind::Strategy).value();
    const Section* governance = strategy.section(QStringLiteral("governance"));
    REQUIRE(governance);
    CHECK(governance->body.en == QStringLiteral("The board meets **quarterly**."));
    CHECK(governance->body.cy == QStringLiteral("Mae’r bwrdd yn cyfarfod bob chwarter."));
    CHECK(governance->guidanceRef == QLatin1String("154(b)"));
    // English (the source) was written after the Welsh.
    CHECK(governance->translationStatus() == TranslationStatus::Stale);
    CHECK(strategy.section(QStringLiteral("sna-summary"))->items.size() == 2);
}
