#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/ChangeTest.h"
#include "analysis/DisclosureControl.h"
#include "analysis/Periods.h"
#include "analysis/Summary.h"
#include "analysis/ViolenceDefinitionStore.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace sna;
using namespace sna::test;

TEST_CASE("Periods: quarters, financial years from April and rolling twelve months")
{
    CHECK(Periods::quarter(202402).key() == QLatin1String("2024-Q1"));
    CHECK(Periods::quarter(202412).first == 202410);
    CHECK(Periods::financialYear(202403).key() == QLatin1String("2023/24"));
    CHECK(Periods::financialYear(202404).key() == QLatin1String("2024/25"));
    CHECK(Periods::financialYear(202404).last == 202503);
    CHECK(Periods::rolling12(202403).first == 202304);
    CHECK(Periods::rolling12(202403).months() == 12);
    CHECK(Periods::financialYear(202310).label(Lang::Cy) ==
          QStringLiteral("Blwyddyn ariannol 2023/24"));
    CHECK(Periods::rolling12(202403).label(Lang::En) ==
          QStringLiteral("12 months ending 31 March 2024"));
    CHECK(Periods::rolling12(202402).label(Lang::Cy) ==
          QStringLiteral("12 mis sy’n dod i ben ar 29 Chwefror 2024"));
    CHECK(Periods::addMonths(202311, 3) == 202402);
    CHECK(Periods::addMonths(202401, -1) == 202312);
}

TEST_CASE("Periods: a period with a missing month is incomplete, never summed as whole")
{
    QMap<int, qint64> monthly{{202304, 10}, {202305, 20}, {202307, 5}, {202308, 1},
                              {202309, 4},  {202310, 7},  {202311, 7}, {202312, 7},
                              {202401, 7},  {202402, 7},  {202403, 7}};
    CHECK(Periods::missingMonths(monthly) == QList<int>{202306});
    const QList<PeriodCount> quarters = Periods::aggregate(PeriodKind::Quarter, monthly);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[0].period.key() == QLatin1String("2023-Q2"));
    CHECK(quarters[0].count == 30);
    CHECK_FALSE(quarters[0].complete());
    CHECK(quarters[1].count == 10);
    CHECK(quarters[1].complete());
    const QList<PeriodCount> years = Periods::aggregate(PeriodKind::FinancialYear, monthly);
    REQUIRE(years.size() == 1);
    CHECK(years[0].count == 82);
    CHECK(years[0].monthsWithData == 11);
    CHECK_FALSE(years[0].complete());
    // Rolling windows start only once twelve months are covered.
    CHECK(Periods::aggregate(PeriodKind::Rolling12, monthly).size() == 1);
}

TEST_CASE("Change is called only when beyond chance, with an exact interval")
{
    // Reference values from exact binomial sums (independent of the library used).
    const ChangeAssessment rise = ChangeTest::compare(100, 150);
    CHECK(rise.rateRatio == Approx(1.5));
    CHECK(rise.pValue == Approx(0.0018833).epsilon(1e-4));
    CHECK(rise.lower == Approx(1.156948).epsilon(1e-4));
    CHECK(rise.upper == Approx(1.951745).epsilon(1e-4));
    CHECK(rise.direction == ChangeAssessment::Direction::Increase);
    CHECK(rise.describe(Lang::En).startsWith(
        QStringLiteral("Up 50% (95% confidence interval 16% to 95%)")));
    CHECK(rise.describe(Lang::Cy).startsWith(QStringLiteral("Cynnydd o 50%")));

    const ChangeAssessment noise = ChangeTest::compare(100, 90);
    CHECK(noise.pValue == Approx(0.5139096).epsilon(1e-4));
    CHECK(noise.direction == ChangeAssessment::Direction::NoClearChange);
    CHECK(noise.directionCode() == QLatin1String("no-clear-change"));

    const ChangeAssessment fall = ChangeTest::compare(40, 25);
    CHECK(fall.pValue == Approx(0.0816815).epsilon(1e-4));
    CHECK(fall.direction == ChangeAssessment::Direction::NoClearChange); // a 38% fall, yet chance

    const ChangeAssessment bigFall = ChangeTest::compare(400, 250);
    CHECK(bigFall.direction == ChangeAssessment::Direction::Decrease);
    CHECK(bigFall.describe(Lang::En).startsWith(QStringLiteral("Down 38%")));

    // Rates, not counts: twice the exposure and twice the count is no change.
    CHECK(ChangeTest::compare(100, 200, 1, 2).rateRatio == Approx(1.0));
    CHECK(ChangeTest::compare(0, 5).direction == ChangeAssessment::Direction::NotAssessable);
}

TEST_CASE("Disclosure control: small counts hidden, and never recoverable from a total")
{
    const DisclosureRule rule{7, 0, 10};
    // One small cell in a row with a shown total: a second cell must go too.
    const ControlledTable oneWay(
        {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
        {QStringLiteral("n")}, {{3}, {40}, {12}, {0}}, rule);
    CHECK(oneWay.cell(0, 0).state == ControlledCount::State::PrimarySuppressed);
    CHECK(oneWay.cell(3, 0).state ==
          ControlledCount::State::SecondarySuppressed); // the smallest other
    CHECK_FALSE(oneWay.cell(1, 0).suppressed());
    CHECK_FALSE(oneWay.cell(2, 0).suppressed());
    CHECK(oneWay.grandTotal().toJson().toDouble() == 55);
    CHECK(oneWay.cell(0, 0).toJson() == QJsonValue(QStringLiteral("*")));

    // A two-way table: every row and column with a hidden cell has at least two.
    const QList<QList<qint64>> cells{{2, 30, 41}, {25, 18, 5}, {60, 12, 33}};
    const ControlledTable twoWay({QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")},
                                 {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")},
                                 cells, rule);
    CHECK(twoWay.cell(0, 0).state == ControlledCount::State::PrimarySuppressed);
    CHECK(twoWay.cell(1, 2).state == ControlledCount::State::PrimarySuppressed);
    for (int r = 0; r < 3; ++r) {
        int hidden = 0;
        for (int c = 0; c < 3; ++c)
            hidden += twoWay.cell(r, c).suppressed();
        hidden += twoWay.rowTotal(r).suppressed();
        CHECK(hidden != 1);
    }
    for (int c = 0; c < 3; ++c) {
        int hidden = 0;
        for (int r = 0; r < 3; ++r)
            hidden += twoWay.cell(r, c).suppressed();
        hidden += twoWay.columnTotal(c).suppressed();
        CHECK(hidden != 1);
    }
    CHECK(twoWay.suppressedCount() >= 4);
    CHECK_FALSE(twoWay.grandTotal().suppressed());

    // Zeros are shown; rounding applies to what is shown.
    const ControlledCount zero = DisclosureControl::control(0, rule);
    CHECK_FALSE(zero.suppressed());
    const ControlledCount rounded = DisclosureControl::control(123, DisclosureRule{7, 5, 10});
    CHECK(rounded.shownValue == 125);
    CHECK(rounded.trueValue == 123);
    CHECK(DisclosureControl::rateIsPublishable(9, rule) == false);
    CHECK(DisclosureControl::statement(rule, DisclosureRule{2, 0, 10}, Lang::Cy)
              .contains(QStringLiteral("o 1 i 7")));
}

TEST_CASE("The default definition is valid and maps every data.police.uk category")
{
    const ViolenceDefinition definition = ViolenceDefinition::defaults();
    REQUIRE(definition.validate().ok());
    const QStringList police{QStringLiteral("Anti-social behaviour"),
                             QStringLiteral("Bicycle theft"),
                             QStringLiteral("Burglary"),
                             QStringLiteral("Criminal damage and arson"),
                             QStringLiteral("Drugs"),
                             QStringLiteral("Other crime"),
                             QStringLiteral("Other theft"),
                             QStringLiteral("Possession of weapons"),
                             QStringLiteral("Public order"),
                             QStringLiteral("Robbery"),
                             QStringLiteral("Shoplifting"),
                             QStringLiteral("Theft from the person"),
                             QStringLiteral("Vehicle crime"),
                             QStringLiteral("Violence and sexual offences")};
    CHECK(definition.unmapped(QStringLiteral("police-uk"), police).isEmpty());
    CHECK(definition.counts(QStringLiteral("police-uk"), QStringLiteral("Robbery")));
    CHECK_FALSE(definition.counts(QStringLiteral("police-uk"), QStringLiteral("Burglary")));
    CHECK(definition.unmapped(QStringLiteral("police-uk"), {QStringLiteral("Cyber fraud")}) ==
          QStringList{QStringLiteral("Cyber fraud")});
}

TEST_CASE(
    "A definition with terrorism, or without the public-space youth violence focus, is refused")
{
    ViolenceDefinition withTerrorism = ViolenceDefinition::defaults();
    withTerrorism.categories.append(
        DefinitionCategory{QStringLiteral("terror"),
                           ViolenceScope::Terrorism,
                           {QStringLiteral("Terrorism"), QStringLiteral("Terfysgaeth")},
                           {},
                           true});
    auto refused = withTerrorism.validate();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("excludes terrorism")));

    ViolenceDefinition noHomicide = ViolenceDefinition::defaults();
    noHomicide.categories[0].included = false;
    auto missing = noHomicide.validate();
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("Homicide")));
    CHECK(missing.error().message.contains(QStringLiteral("public-space youth violence")));

    ViolenceDefinition dangling = ViolenceDefinition::defaults();
    dangling.mappings.append(CategoryMapping{QStringLiteral("health"), QStringLiteral("Assault"),
                                             QStringLiteral("nope")});
    CHECK_FALSE(dangling.validate().ok());
}

TEST_CASE("Figures under the definition follow its mapping, and change when it changes")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString csv = scratch.write(
        QStringLiteral("a.csv"),
        policeCsv(
            {policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
             policeRow(QStringLiteral("2024-01"), QStringLiteral("Violence and sexual offences")),
             policeRow(QStringLiteral("2024-01"), QStringLiteral("Burglary")),
             policeRow(QStringLiteral("2024-03"), QStringLiteral("Violence and sexual offences")),
             policeRow(QStringLiteral("2024-03"), QStringLiteral("Cyber fraud"))}));
    REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    auto summary = SummaryBuilder::build(*project);
    REQUIRE(summary.ok());
    QJsonObject json = summary.value().toJson();
    CHECK(json.value(QStringLiteral("total_records")).toInt() == 5); // every record
    QJsonObject serious = json.value(QStringLiteral("serious_violence")).toObject();
    CHECK(serious.value(QStringLiteral("total")).toInt() == 3);
    CHECK(serious.value(QStringLiteral("by_month"))
              .toObject()
              .value(QStringLiteral("2024-01"))
              .toInt() == 2);
    CHECK(serious.value(QStringLiteral("by_category"))
              .toObject()
              .value(QStringLiteral("robbery"))
              .toInt() == 1);
    CHECK(serious.value(QStringLiteral("unmapped_categories")).toArray() ==
          QJsonArray{QStringLiteral("Cyber fraud")});
    const QJsonObject coverage = json.value(QStringLiteral("coverage")).toObject();
    CHECK(coverage.value(QStringLiteral("missing_months")).toArray() ==
          QJsonArray{QStringLiteral("2024-02")});

    ViolenceDefinition definition = ViolenceDefinitionStore(*project).load().value();
    for (CategoryMapping& m : definition.mappings) {
        if (m.sourceCategory == QLatin1String("Burglary"))
            m.categoryId = QStringLiteral("robbery"); // a partnership's own choice
    }
    REQUIRE(ViolenceDefinitionStore(*project).save(definition).ok());
    serious = SummaryBuilder::build(*project)
                  .value()
                  .toJson()
                  .value(QStringLiteral("serious_violence"))
                  .toObject();
    CHECK(serious.value(QStringLiteral("total")).toInt() == 4);
    CHECK(serious.value(QStringLiteral("by_category"))
              .toObject()
              .value(QStringLiteral("robbery"))
              .toInt() == 2);

    definition.categories[0].included = false; // leave out homicide: refused, nothing stored
    REQUIRE_FALSE(ViolenceDefinitionStore(*project).save(definition).ok());
    CHECK(ViolenceDefinitionStore(*project).load().value().categories[0].included);
}

TEST_CASE("Published summaries hide small counts as \"*\" and what would reveal them")
{
    Summary summary;
    summary.byMonth = {{202401, 40}, {202402, 2}, {202403, 35}, {202404, 9}};
    summary.byCategory = {{QStringLiteral("Robbery"), 50}, {QStringLiteral("Drugs"), 36}};
    summary.totalRecords = 86;
    const QJsonObject published = summary.toPublishedJson(DisclosureRule{2, 0, 10});
    const QJsonObject months = published.value(QStringLiteral("by_month")).toObject();
    CHECK(months.value(QStringLiteral("2024-02")) == QJsonValue(QStringLiteral("*")));
    CHECK(months.value(QStringLiteral("2024-04")) == QJsonValue(QStringLiteral("*"))); // secondary
    CHECK(months.value(QStringLiteral("2024-01")).toInt() == 40);
    CHECK(published.value(QStringLiteral("total_records")).toInt() == 86);
    CHECK(published.value(QStringLiteral("published")).toBool());
    // The exact view keeps the true values.
    CHECK(summary.toJson()
              .value(QStringLiteral("by_month"))
              .toObject()
              .value(QStringLiteral("2024-02"))
              .toInt() == 2);
}
