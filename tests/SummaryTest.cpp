#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/ChartCatalogue.h"
#include "analysis/Summary.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QJsonObject>

using namespace sna;
using namespace sna::test;

TEST_CASE("Summary counts every record by month and by category")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString a = scratch.write(
        QStringLiteral("a.csv"),
        policeCsv({policeRow(QStringLiteral("2023-11"), QStringLiteral("Robbery")),
                   policeRow(QStringLiteral("2023-12"), QStringLiteral("Robbery")),
                   policeRow(QStringLiteral("2023-12"), QStringLiteral("Anti-social behaviour")),
                   policeRow(QStringLiteral("2024-01"), QStringLiteral("Possession of weapons"))}));
    const QString b = scratch.write(
        QStringLiteral("b.csv"),
        // Another force's file for the same months: not a duplicate.
        policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery"), QString())
                       .replace(QStringLiteral("Test Police"), QStringLiteral("Other Police")),
                   policeRow(QStringLiteral("2023-12"), QStringLiteral("Robbery"))
                       .replace(QStringLiteral("Test Police"), QStringLiteral("Other Police"))}));
    REQUIRE(PoliceUkImporter(*project).importFile(a).ok());
    REQUIRE(PoliceUkImporter(*project).importFile(b).ok());

    auto summary = SummaryBuilder::build(*project);
    REQUIRE(summary.ok());
    const QJsonObject json = summary.value().toJson();
    CHECK(json.value(QStringLiteral("total_records")).toInt() == 6);
    const QJsonObject months = json.value(QStringLiteral("by_month")).toObject();
    CHECK(months.size() == 3);
    CHECK(months.value(QStringLiteral("2023-11")).toInt() == 1);
    CHECK(months.value(QStringLiteral("2023-12")).toInt() == 3);
    CHECK(months.value(QStringLiteral("2024-01")).toInt() == 2);
    CHECK(months.value(QStringLiteral("2024-01")).isDouble()); // a JSON number, not a string
    const QJsonObject categories = json.value(QStringLiteral("by_category")).toObject();
    CHECK(categories.size() == 3);
    CHECK(categories.value(QStringLiteral("Robbery")).toInt() == 4);
    CHECK(categories.value(QStringLiteral("Anti-social behaviour")).toInt() == 1);
    CHECK(categories.value(QStringLiteral("Possession of weapons")).toInt() == 1);
    CHECK(json.value(QStringLiteral("datasets")).toInt() == 2);
    // Largest category first.
    CHECK(summary.value().byCategory.first().first == QLatin1String("Robbery"));
}

TEST_CASE("Summary of an empty project has the keys with nothing in them")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto summary = SummaryBuilder::build(*project);
    REQUIRE(summary.ok());
    const QJsonObject json = summary.value().toJson();
    CHECK(json.value(QStringLiteral("total_records")).toInt(-1) == 0);
    CHECK(json.value(QStringLiteral("by_month")).toObject().isEmpty());
    CHECK(json.value(QStringLiteral("by_category")).toObject().isEmpty());
}

TEST_CASE("The monthly trend chart follows the summary, in both languages")
{
    Summary summary;
    summary.totalRecords = 30;
    summary.byMonth = {{202402, 10}, {202403, 20}};
    const ChartSpec spec = ChartCatalogue::monthlyTrend(summary);
    REQUIRE(spec.points.size() == 2);
    CHECK(spec.points[0].first == QDate(2024, 2, 1));
    CHECK(spec.points[1].second == 20);
    CHECK(spec.altText.en.contains(QStringLiteral("February 2024")));
    CHECK(spec.altText.en.contains(QStringLiteral("March 2024")));
    CHECK(spec.altText.cy.contains(QStringLiteral("Chwefror 2024")));
    CHECK(spec.altText.cy.contains(QStringLiteral("Mawrth 2024")));
    CHECK(spec.yAxisTitle.cy == QLatin1String("Cofnodion"));
}

TEST_CASE("Month keys are zero-padded YYYY-MM")
{
    CHECK(Summary::monthKey(201901) == QLatin1String("2019-01"));
    CHECK(Summary::monthKey(202412) == QLatin1String("2024-12"));
}

#include "analysis/AnalysisSettings.h"

TEST_CASE("Analysis settings default to published practice and are kept in the project")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("p.sna"));
    {
        auto project = createProject(path);
        auto defaults = AnalysisSettingsStore(*project).load();
        REQUIRE(defaults.ok());
        CHECK(defaults.value().healthSuppressionMax == 7);
        CHECK(defaults.value().otherSuppressionMax == 2);
        CHECK(defaults.value().rateMinimumEvents == 10);
        AnalysisSettings settings = defaults.value();
        settings.otherSuppressionMax = 4;
        settings.baselineYear = 2022;
        REQUIRE(AnalysisSettingsStore(*project).save(settings).ok());

        AnalysisSettings bad = settings;
        bad.healthSuppressionMax = -1;
        auto refused = AnalysisSettingsStore(*project).save(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("-1")));
    }
    auto project = openProject(path);
    const AnalysisSettings stored = AnalysisSettingsStore(*project).load().value();
    CHECK(stored.otherSuppressionMax == 4);
    CHECK(stored.baselineYear == 2022);
    CHECK(stored.healthSuppressionMax == 7);
}
