#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/AnalysisCharts.h"
#include "analysis/AnalysisData.h"
#include "analysis/Measures.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <cmath>

using namespace sna;
using namespace sna::test;

namespace {
// Violent crime in January, March and April 2024 (none in February: a gap), and robbery.
std::shared_ptr<const AnalysisData> fixture(Scratch& scratch)
{
    auto project = createProject(scratch.path(QStringLiteral("c.sna")));
    const QString violence = QStringLiteral("Violence and sexual offences");
    const QString csv =
        scratch.write(QStringLiteral("c.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-01"), violence),
                                 policeRow(QStringLiteral("2024-01"), violence),
                                 policeRow(QStringLiteral("2024-03"), violence),
                                 policeRow(QStringLiteral("2024-04"), QStringLiteral("Robbery")),
                                 policeRow(QStringLiteral("2024-04"), violence)}));
    REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    auto data = AnalysisData::load(*project);
    REQUIRE(data.ok());
    return data.value();
}
} // namespace

TEST_CASE("Analysis measures by hand: a missing month is a gap, totals by category")
{
    Scratch scratch;
    const auto data = fixture(scratch);
    AnalysisFilter filter;
    filter.period = QStringLiteral("all");
    const MeasureSet m = Measures::compute(*data, filter);
    REQUIRE(m.available);
    CHECK(m.total == 5);
    CHECK(m.first == 202401);
    CHECK(m.last == 202404);
    CHECK(m.coverage.missingMonths == QList<int>{202402});
    bool sawFebruary = false;
    for (const MonthCount& month : m.months) {
        if (month.month == 202402) {
            sawFebruary = true;
            CHECK_FALSE(month.hasData);
        }
        if (month.month == 202401)
            CHECK(month.count == 2);
    }
    CHECK(sawFebruary);
    CHECK_FALSE(MeasureSet::rate(m.total, m.population)); // no population imported
    CHECK(*MeasureSet::rate(5, 2500.0) == Approx(2.0));   // 5 per 2,500 = 2 per 1,000
}

TEST_CASE("Every analysis chart has a title, axes, a source note and alt text in both languages")
{
    Scratch scratch;
    const auto data = fixture(scratch);
    AnalysisFilter filter;
    filter.period = QStringLiteral("all");
    const auto trend = AnalysisCharts::build(
        AnalysisCharts::reference(QStringLiteral("sv-trend"), filter), *data, false);
    REQUIRE(trend);
    for (Lang lang : {Lang::En, Lang::Cy}) {
        INFO(int(lang));
        CHECK_FALSE(trend->title.in(lang).isEmpty());
        CHECK_FALSE(trend->xAxisTitle.in(lang).isEmpty());
        CHECK_FALSE(trend->yAxisTitle.in(lang).isEmpty());
        CHECK_FALSE(trend->source.in(lang).isEmpty());
        CHECK_FALSE(trend->altText.in(lang).isEmpty());
    }
    CHECK(trend->altText.en != trend->altText.cy);
    // February has no data: drawn as a break in the line, never as zero.
    for (const auto& [day, value] : trend->points) {
        if (day == QDate(2024, 2, 1))
            CHECK(std::isnan(value));
    }
    for (const QString& name : AnalysisCharts::references()) {
        INFO(name.toStdString());
        const auto chart =
            AnalysisCharts::build(AnalysisCharts::reference(name, filter), *data, true);
        REQUIRE(chart);
        CHECK_FALSE(chart->title.en.isEmpty());
        CHECK_FALSE(chart->title.cy.isEmpty());
        CHECK_FALSE(chart->altText.en.isEmpty());
        CHECK_FALSE(chart->altText.cy.isEmpty());
    }
}
