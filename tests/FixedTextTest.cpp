#include <catch2/catch.hpp>

#include "document/FixedText.h"
#include "foundation/Language.h"
#include "foundation/UiLanguage.h"
#include "project/AreaCatalogue.h"
#include "project/PartnershipProfile.h"

using namespace sna;

TEST_CASE("Fixed document words come in the document's language")
{
    CHECK(FixedText::text(FixedText::Contents, Lang::Cy) == QLatin1String("Cynnwys"));
    CHECK(FixedText::text(FixedText::Contents, Lang::En) == QLatin1String("Contents"));
    CHECK(FixedText::text(FixedText::PageOf, Lang::Cy).arg(3).arg(40) ==
          QLatin1String("Tudalen 3 o 40"));
    CHECK(FixedText::date(QDate(2024, 3, 31), Lang::Cy) == QStringLiteral("31 Mawrth 2024"));
    CHECK(FixedText::date(QDate(2024, 3, 31), Lang::En) == QStringLiteral("31 March 2024"));
    CHECK(FixedText::number(1234567, Lang::Cy) == QStringLiteral("1,234,567"));
}

TEST_CASE("Lists are joined with the language's 'and', 'ac' before a vowel in Welsh")
{
    CHECK(FixedText::joinList({QStringLiteral("Ceredigion"), QStringLiteral("Powys")}, Lang::Cy) ==
          QStringLiteral("Ceredigion a Phowys"));
    CHECK(FixedText::joinList({QStringLiteral("Powys"), QStringLiteral("Tor-faen")}, Lang::Cy) ==
          QStringLiteral("Powys a Thor-faen"));
    CHECK(FixedText::joinList({QStringLiteral("Powys"), QStringLiteral("Leicester")}, Lang::Cy) ==
          QStringLiteral("Powys a Leicester"));
    CHECK(FixedText::joinList(
              {QStringLiteral("Ceredigion"), QStringLiteral("Powys"), QStringLiteral("Abertawe")},
              Lang::Cy) == QStringLiteral("Ceredigion, Powys ac Abertawe"));
    CHECK(FixedText::joinList({QStringLiteral("Leicester"), QStringLiteral("Rutland")}, Lang::En) ==
          QStringLiteral("Leicester and Rutland"));
    CHECK(FixedText::joinList({QStringLiteral("Powys")}, Lang::Cy) == QStringLiteral("Powys"));
}

TEST_CASE("Area codes: local government areas only, Welsh names for Welsh areas")
{
    CHECK(PartnershipProfile::validateAreaCode(QStringLiteral("W06000001")).ok());
    CHECK(PartnershipProfile::validateAreaCode(QStringLiteral("E07000129")).ok());
    CHECK_FALSE(PartnershipProfile::validateAreaCode(QStringLiteral("W01000001")).ok());
    CHECK_FALSE(PartnershipProfile::validateAreaCode(QStringLiteral("leicester")).ok());
    const auto anglesey = AreaCatalogue::instance().find(QStringLiteral("W06000001"));
    REQUIRE(anglesey);
    CHECK(anglesey->name == QLatin1String("Isle of Anglesey"));
    CHECK(anglesey->nameIn(Lang::Cy) == QStringLiteral("Ynys Môn"));
    CHECK(anglesey->forceName == QLatin1String("North Wales"));
    CHECK(AreaCatalogue::instance().size() == 339); // 342 rows: two areas span several CSPs
    const auto bcp = AreaCatalogue::instance().find(QStringLiteral("E06000058"));
    REQUIRE(bcp);
    CHECK(bcp->name == QStringLiteral("Bournemouth, Christchurch and Poole"));
    CHECK(bcp->cspNames == QStringList{QStringLiteral("Bournemouth"), QStringLiteral("Poole"),
                                       QStringLiteral("Dorset")});
}

TEST_CASE("Interface language: command line, then setting, then environment, then English")
{
    CHECK(UiLanguage::resolve(Lang::Cy, Lang::En) == Lang::Cy);
    CHECK(UiLanguage::resolve(std::nullopt, Lang::Cy) == Lang::Cy);
    qputenv("LANGUAGE", "cy:en");
    CHECK(UiLanguage::resolve(std::nullopt, std::nullopt) == Lang::Cy);
    qunsetenv("LANGUAGE");
    qputenv("LC_ALL", "");
    qputenv("LANG", "cy_GB.UTF-8");
    CHECK(UiLanguage::resolve(std::nullopt, std::nullopt) == Lang::Cy);
    qputenv("LANG", "fr_FR.UTF-8");
    CHECK(UiLanguage::resolve(std::nullopt, std::nullopt) == Lang::En);
    qputenv("LANG", "C.UTF-8");
}
