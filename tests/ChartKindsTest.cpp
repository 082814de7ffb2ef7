#include <catch2/catch.hpp>

#include "analysis/ChartSpec.h"
#include "charts/ChartFactory.h"
#include "document/DocumentStore.h"
#include "export/PublicationBuilder.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include "TestSupport.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QScatterSeries>

#include <memory>

using namespace sna;

TEST_CASE("Heatmap: hour by weekday drawn as shaded squares, hidden counts outlined")
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Heatmap;
    spec.title = {QStringLiteral("By hour"), QStringLiteral("Fesul awr")};
    spec.xAxisTitle = {QStringLiteral("Hour"), QStringLiteral("Awr")};
    spec.yAxisTitle = {QStringLiteral("Day"), QStringLiteral("Diwrnod")};
    for (int h = 0; h < 3; ++h)
        spec.columnLabels.append({QString::number(h), QString::number(h)});
    spec.series.append({{QStringLiteral("Monday"), QStringLiteral("Dydd Llun")}, {10, 0, -1}});
    spec.series.append({{QStringLiteral("Tuesday"), QStringLiteral("Dydd Mawrth")}, {2, 5, 10}});
    for (const ChartSpec::Series& row : spec.series)
        spec.categories.append(row.name);
    REQUIRE_FALSE(spec.isEmpty());
    std::unique_ptr<QChart> chart(ChartFactory::create(spec, Lang::Cy));
    int squares = 0;
    int outlined = 0;
    const QList<QAbstractSeries*> series = chart->series();
    for (int i = 0; i < int(series.size()); ++i) {
        auto* scatter = qobject_cast<QScatterSeries*>(series[i]);
        REQUIRE(scatter);
        if (i == int(series.size()) - 1)
            outlined = int(scatter->count());
        else
            squares += int(scatter->count());
    }
    CHECK(squares == 4); // the zero is left empty, never a shade
    CHECK(outlined == 1);
    CHECK(chart->axes(Qt::Horizontal).first()->titleText() == QStringLiteral("Awr"));
    CHECK(chart->axes(Qt::Vertical).first()->titleText() == QStringLiteral("Diwrnod"));
    CHECK(chart->title() == QStringLiteral("Fesul awr"));
    // Every day is labelled on its own row, the first at the top.
    auto* days = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).first());
    REQUIRE(days);
    CHECK(days->categoriesLabels() ==
          QStringList{QStringLiteral("Dydd Mawrth"), QStringLiteral("Dydd Llun")});
    CHECK(days->endValue(QStringLiteral("Dydd Llun")) == 1);
    CHECK(days->endValue(QStringLiteral("Dydd Mawrth")) == 0);
}

TEST_CASE("Stacked bars draw one set per series in the colour-blind-safe palette")
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::StackedBars;
    spec.title = {QStringLiteral("By year"), QStringLiteral("Fesul blwyddyn")};
    spec.categories = {{QStringLiteral("2022/23"), QStringLiteral("2022/23")},
                       {QStringLiteral("2023/24"), QStringLiteral("2023/24")}};
    spec.series.append({{QStringLiteral("Robbery"), QStringLiteral("Lladrad")}, {3, 4}});
    spec.series.append({{QStringLiteral("Assault"), QStringLiteral("Ymosod")}, {10, -1}});
    std::unique_ptr<QChart> chart(ChartFactory::create(spec, Lang::En));
    REQUIRE(chart->series().size() == 1);
    CHECK(ChartFactory::seriesColour(0) != ChartFactory::seriesColour(1));
}

namespace {
// Age bands youngest first, as AnalysisCharts::ageSex gives them.
ChartSpec pyramidSpec()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Pyramid;
    spec.title = {QStringLiteral("By age and sex"), QStringLiteral("Yn ôl oed a rhyw")};
    spec.xAxisTitle = {QStringLiteral("Age band"), QStringLiteral("Band oedran")};
    spec.yAxisTitle = {QStringLiteral("Records"), QStringLiteral("Cofnodion")};
    for (const char* band : {"0-9", "10-17", "18-24", "25+"})
        spec.categories.append({QString::fromLatin1(band), QString::fromLatin1(band)});
    spec.series.append({{QStringLiteral("Female"), QStringLiteral("Benyw")}, {5, 12, 30, -1}});
    spec.series.append({{QStringLiteral("Male"), QStringLiteral("Gwryw")}, {7, 20, 41, 3}});
    return spec;
}
} // namespace

TEST_CASE("Pyramid: horizontal bars, females left and males right of a central zero")
{
    const ChartSpec spec = pyramidSpec();
    std::unique_ptr<QChart> chart(ChartFactory::create(spec, Lang::En));
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);
    QBarSet* female = bars->barSets()[0];
    QBarSet* male = bars->barSets()[1];
    CHECK(female->label() == QStringLiteral("Female"));
    CHECK(male->label() == QStringLiteral("Male"));
    CHECK(female->color() == ChartFactory::seriesColour(0));
    CHECK(male->color() == ChartFactory::seriesColour(1));
    // The first value is the bottom row: the youngest band.
    CHECK(female->at(0) == -5);
    CHECK(female->at(2) == -30);
    CHECK(female->at(3) == 0); // a hidden count is not drawn
    CHECK(male->at(0) == 7);
    CHECK(male->at(2) == 41);

    auto* bands = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(bands);
    CHECK(bands->categories() == QStringList{QStringLiteral("0-9"), QStringLiteral("10-17"),
                                             QStringLiteral("18-24"), QStringLiteral("25+")});
    CHECK(bands->titleText() == QStringLiteral("Age band"));

    auto* values = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(values);
    CHECK(values->titleText() == QStringLiteral("Records"));
    CHECK(values->min() == -values->max());
    CHECK(values->max() >= 41);
    CHECK(values->labelsPosition() == QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList labels = values->categoriesLabels();
    REQUIRE(labels.size() >= 3);
    CHECK(labels.size() % 2 == 1); // the same ticks either side of zero
    for (int i = 0; i < int(labels.size()); ++i) {
        INFO(labels[i].toStdString());
        CHECK_FALSE(labels[i].contains(QLatin1Char('-')));
        CHECK_FALSE(labels[i].contains(QChar(0x2212))); // nor a typographic minus
        // Mirrored: the label at -v reads the same as the one at +v.
        const QString mirror = labels[int(labels.size()) - 1 - i];
        CHECK(labels[i].trimmed() == mirror.trimmed());
        CHECK(values->endValue(labels[i]) == -values->endValue(mirror));
    }
    CHECK(labels[labels.size() / 2] == QStringLiteral("0"));

    // Laid out as on screen: zero in the middle of the plot, females drawn left of it.
    QGraphicsScene scene;
    QChart* shown = ChartFactory::create(spec, Lang::En);
    scene.addItem(shown);
    shown->setGeometry(QRectF(0, 0, 700, 400));
    shown->layout()->activate();
    auto* shownBars = shown->series().first();
    const QRectF plot = shown->plotArea();
    const qreal zero = shown->mapToPosition(QPointF(0, 0), shownBars).x();
    CHECK(zero == Approx(plot.center().x()).margin(1));
    CHECK(shown->mapToPosition(QPointF(-30, 2), shownBars).x() < zero - 50);
    CHECK(shown->mapToPosition(QPointF(41, 2), shownBars).x() > zero + 50);
    // The youngest band is the bottom row.
    CHECK(shown->mapToPosition(QPointF(0, 0), shownBars).y() >
          shown->mapToPosition(QPointF(0, 3), shownBars).y());
}

TEST_CASE("Pyramid: the legend names Female and Male in the chart's language")
{
    const ChartSpec spec = pyramidSpec();
    for (const auto& [lang, expected] :
         {std::pair{Lang::En, QStringList{QStringLiteral("Female"), QStringLiteral("Male")}},
          std::pair{Lang::Cy, QStringList{QStringLiteral("Benyw"), QStringLiteral("Gwryw")}}}) {
        std::unique_ptr<QChart> chart(ChartFactory::create(spec, lang));
        CHECK(chart->legend()->isVisible());
        QStringList shown;
        for (QLegendMarker* marker : chart->legend()->markers())
            shown << marker->label();
        CHECK(shown == expected);
        CHECK(chart->axes(Qt::Vertical).first()->titleText() == spec.xAxisTitle.in(lang));
        CHECK(chart->axes(Qt::Horizontal).first()->titleText() == spec.yAxisTitle.in(lang));
    }
}

TEST_CASE("An analysis chart placed in the SNA is drawn, controlled, in the publication")
{
    sna::test::Scratch scratch;
    auto project = sna::test::createProject(scratch.path(QStringLiteral("pub.sna")));
    const QString csv = scratch.write(
        QStringLiteral("p.csv"),
        sna::test::policeCsv(
            {sna::test::policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
             sna::test::policeRow(QStringLiteral("2024-02"), QStringLiteral("Robbery"))}));
    REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    DocumentStore store(*project);
    auto document = store.load(DocumentKind::Sna);
    REQUIRE(document);
    Document sna = document.value();
    REQUIRE_FALSE(sna.sections().isEmpty());
    const QString reference = QStringLiteral("sv-categories?period=all");
    sna.setItems(sna.sections().first().id, {EmbeddedItem{QStringLiteral("chart"), reference}});
    REQUIRE(store.save(sna).ok());
    auto content = PublicationBuilder::gather(*project, PublicationKind::Sna);
    REQUIRE(content);
    const Publication publication =
        PublicationBuilder::build(content.value(), PublicationKind::Sna, false, QDate(2024, 5, 1));
    bool found = false;
    for (const Figure& figure : publication.figures) {
        if (!figure.spec.filter.contains(QStringLiteral("period=all")))
            continue;
        found = true;
        // Two robberies: under the threshold of 2, so the bar is hidden, never 2.
        for (const auto& bar : figure.spec.bars)
            CHECK(bar.second != 2);
    }
    CHECK(found);
}
