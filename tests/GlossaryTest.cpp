#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "document/DocumentTemplates.h"
#include "document/Glossary.h"
#include "document/GlossaryStore.h"
#include "project/Project.h"

using namespace sna;
using namespace sna::test;

namespace {
GlossaryTerm term(const QString& en, const QString& cy)
{
    GlossaryTerm t;
    t.en = en;
    t.cy = cy;
    return t;
}

QStringList termsFlagged(const QString& english, const QString& welsh,
                         const QList<GlossaryTerm>& terms = Glossary::bundled())
{
    QStringList list;
    for (const GlossaryFinding& finding : Glossary::check(english, welsh, terms))
        list << finding.term.en;
    return list;
}
} // namespace

TEST_CASE("The bundled glossary is the shared starting set, with layout words not checked")
{
    const QList<GlossaryTerm>& terms = Glossary::bundled();
    CHECK(terms.size() == 92);
    auto find = [&](const QString& en) {
        for (const GlossaryTerm& t : terms)
            if (t.en == en)
                return t;
        return GlossaryTerm{};
    };
    CHECK(find(QStringLiteral("serious violence")).cy == QStringLiteral("trais difrifol"));
    CHECK(find(QStringLiteral("serious violence")).checked);
    CHECK(find(QStringLiteral("county lines")).source == QLatin1String("H"));
    CHECK_FALSE(find(QStringLiteral("table")).checked);
    CHECK_FALSE(find(QStringLiteral("months")).checked);
}

TEST_CASE("Glossary wordings: optional endings, abbreviations, notes and paired alternatives")
{
    CHECK(Glossary::englishForms(QStringLiteral("homicide(s)")) ==
          QStringList{QStringLiteral("homicide"), QStringLiteral("homicides")});
    CHECK(Glossary::englishForms(QStringLiteral("owner (of an action)")) ==
          QStringList{QStringLiteral("owner")});
    CHECK(Glossary::welshForms(QStringLiteral("partneriaeth diogelwch cymunedol (PDC)")) ==
          QStringList{QStringLiteral("partneriaeth diogelwch cymunedol"), QStringLiteral("PDC")});
    CHECK(Glossary::welshForms(QStringLiteral("adolygiad (n.) / adolygu (v.)")) ==
          QStringList{QStringLiteral("adolygiad"), QStringLiteral("adolygu")});
    CHECK(Glossary::welshForms(QStringLiteral("lladdiad(au)")) ==
          QStringList{QStringLiteral("lladdiad"), QStringLiteral("lladdiadau")});
    const QList<GlossaryTerm> pairs = Glossary::expanded(
        term(QStringLiteral("victim / survivor"), QStringLiteral("dioddefwr / goroeswr")));
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[1].en == QLatin1String("survivor"));
    CHECK(pairs[1].cy == QLatin1String("goroeswr"));
    CHECK(Glossary::expanded(term(QStringLiteral("action(s)"),
                                  QStringLiteral("cam gweithredu / camau gweithredu")))
              .size() == 1);
}

TEST_CASE("Welsh terms are found after mutation, and only as whole words")
{
    CHECK(Glossary::containsWelsh(QStringLiteral("i leihau trais difrifol"),
                                  QStringLiteral("trais difrifol")));
    CHECK(Glossary::containsWelsh(QStringLiteral("atal drais difrifol"),
                                  QStringLiteral("trais difrifol")));
    CHECK(Glossary::containsWelsh(QStringLiteral("a thrais difrifol"),
                                  QStringLiteral("trais difrifol")));
    CHECK(Glossary::containsWelsh(QStringLiteral("fy nhrais difrifol"),
                                  QStringLiteral("trais difrifol")));
    CHECK(Glossary::containsWelsh(QStringLiteral("ein hasesiad o anghenion strategol"),
                                  QStringLiteral("asesiad o anghenion strategol")));
    CHECK(Glossary::containsWelsh(QStringLiteral("y wasanaeth prawf"),
                                  QStringLiteral("gwasanaeth prawf")));
    CHECK(
        Glossary::containsWelsh(QStringLiteral("Lywodraethu da"), QStringLiteral("llywodraethu")));
    CHECK(Glossary::containsWelsh(QStringLiteral("Mae’r PDC yn"), QStringLiteral("PDC")));
    CHECK_FALSE(Glossary::containsWelsh(QStringLiteral("ystrais difrifol"),
                                        QStringLiteral("trais difrifol")));
    CHECK_FALSE(Glossary::containsWelsh(QStringLiteral("trais"), QStringLiteral("trais difrifol")));
    CHECK(Glossary::containsEnglish(QStringLiteral("Serious\nViolence"),
                                    QStringLiteral("serious violence")));
    CHECK_FALSE(Glossary::containsEnglish(QStringLiteral("non-seriousviolence"),
                                          QStringLiteral("serious violence")));
}

TEST_CASE("A section whose Welsh does not use the agreed term is flagged")
{
    CHECK(termsFlagged(QStringLiteral("We will reduce **serious violence** and knife crime."),
                       QStringLiteral("Byddwn yn lleihau trais difrifol a throseddau cyllyll."))
              .isEmpty());
    CHECK(
        termsFlagged(QStringLiteral("We will reduce serious violence and knife crime."),
                     QStringLiteral("Byddwn yn lleihau trais difrifol a throseddu â chyllell.")) ==
        QStringList{QStringLiteral("knife crime")});
    // Layout words do not flag, nor does a section without Welsh.
    CHECK(
        termsFlagged(QStringLiteral("See the table and the note."), QStringLiteral("Gweler isod."))
            .isEmpty());
    Section section = DocumentTemplates::strategy().sections().first();
    section.body.en = QStringLiteral("County lines exploit children.");
    CHECK(Glossary::checkSection(section, Glossary::bundled()).isEmpty());
    section.body.cy = QStringLiteral("Mae gangiau cyffuriau yn camfanteisio ar blant.");
    const auto findings = Glossary::checkSection(section, Glossary::bundled());
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().term.cy == QStringLiteral("llinellau cyffuriau"));
}

TEST_CASE("A project's own term overrides the bundled one and is kept in the file")
{
    GlossaryTerm own = term(QStringLiteral("Knife crime"), QStringLiteral("troseddu â chyllell"));
    own.note = QStringLiteral("Agreed by the board");
    const QList<GlossaryTerm> merged = Glossary::merged({own});
    CHECK(merged.size() == Glossary::bundled().size());
    CHECK(termsFlagged(QStringLiteral("knife crime"), QStringLiteral("troseddu â chyllell"), merged)
              .isEmpty());
    CHECK(termsFlagged(QStringLiteral("knife crime"), QStringLiteral("troseddau cyllyll"),
                       merged) == QStringList{QStringLiteral("Knife crime")});

    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("g.sna"));
    {
        auto project = createProject(path);
        REQUIRE(GlossaryStore(*project)
                    .save({own, term(QStringLiteral("hub"), QStringLiteral("hyb"))})
                    .ok());
        auto twice = GlossaryStore(*project).save({own, own});
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().message.contains(QStringLiteral("twice")));
        auto empty = GlossaryStore(*project).save({term(QStringLiteral("hub"), QString())});
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().message.contains(QStringLiteral("Welsh")));
    }
    auto project = openProject(path);
    const QList<GlossaryTerm> stored = GlossaryStore(*project).load().value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].note == QLatin1String("Agreed by the board"));
    CHECK(stored[1].projectTerm);
}
