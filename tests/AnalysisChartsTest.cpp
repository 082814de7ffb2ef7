#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/AnalysisCharts.h"
#include "analysis/AnalysisData.h"
#include "analysis/Measures.h"
#include "import/ImportPipeline.h"
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

TEST_CASE("Area bars say which area they stand for; an area no lookup named shows its code")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("w.sna")));
    // A lookup with codes only: the wards have no names.
    const QString lookup =
        scratch.write(QStringLiteral("lookup.csv"), "LSOA11CD,WD19CD,LAD19CD\n"
                                                    "E01013601,E05010458,E06000016\n"
                                                    "E01013602,E05010459,E06000016\n");
    REQUIRE(ImportPipeline(*project).run(lookup, {}).ok());
    const QString violence = QStringLiteral("Violence and sexual offences");
    const QString csv = scratch.write(
        QStringLiteral("w.csv"),
        policeCsv({policeRow(QStringLiteral("2024-01"), violence, QStringLiteral("E01013601")),
                   policeRow(QStringLiteral("2024-01"), violence, QStringLiteral("E01013601")),
                   policeRow(QStringLiteral("2024-01"), violence, QStringLiteral("E01013602"))}));
    REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    auto data = AnalysisData::load(*project);
    REQUIRE(data.ok());

    const AnalysisFilter filter;
    const auto wards = AnalysisCharts::build(
        AnalysisCharts::reference(QStringLiteral("sv-areas"), filter,
                                  {{QStringLiteral("level"), QStringLiteral("ward")}}),
        *data.value(), false);
    REQUIRE(wards);
    // E05010458 has 001A's two records, E05010459 001B's one.
    REQUIRE(wards->bars.size() == 2);
    CHECK(wards->bars.at(0).first.en == QLatin1String("E05010458"));
    CHECK(wards->bars.at(0).first.cy == QLatin1String("E05010458"));
    CHECK(wards->bars.at(0).second == 2);
    CHECK(wards->barKeys ==
          QStringList{QStringLiteral("ward:E05010458"), QStringLiteral("ward:E05010459")});
    CHECK(wards->altText.en.contains(QStringLiteral("E05010459")));

    const auto lads = AnalysisCharts::build(
        AnalysisCharts::reference(QStringLiteral("sv-areas"), filter), *data.value(), false);
    REQUIRE(lads);
    CHECK(lads->barKeys == QStringList{QStringLiteral("lad:E06000016")});
    CHECK(lads->bars.at(0).first.en == QLatin1String("Leicester"));

    const auto categories = AnalysisCharts::build(
        AnalysisCharts::reference(QStringLiteral("sv-categories"), filter), *data.value(), false);
    REQUIRE(categories);
    CHECK(categories->barKeys == QStringList{QStringLiteral("violence-against-the-person")});
}
