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
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
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

namespace {
// The labels of a value axis as Qt draws them: a tick every (max - min) / (count - 1).
QList<double> tickValues(const QValueAxis& axis)
{
    QList<double> ticks;
    REQUIRE(axis.tickType() == QValueAxis::TicksFixed);
    REQUIRE(axis.tickCount() >= 2);
    const double step = (axis.max() - axis.min()) / (axis.tickCount() - 1);
    for (int t = 0; t < axis.tickCount(); ++t)
        ticks << axis.min() + t * step;
    return ticks;
}

bool isRound(double value)
{
    // 1, 2 or 5 times a power of ten (or zero).
    if (value == 0)
        return true;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(value)) + 1e-9));
    const double mantissa = std::abs(value) / magnitude;
    return std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
           std::abs(mantissa - 5) < 1e-9;
}

// The legend entries a chart shows once laid out in a scene, as a chart view does.
QStringList shownKeys(const ChartSpec& spec, Lang lang)
{
    QGraphicsScene scene;
    QChart* chart = ChartFactory::create(spec, lang);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 700, 400));
    chart->layout()->activate();
    QStringList keys;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (marker->isVisible())
            keys << marker->label();
    }
    return keys;
}

ChartSpec columnSpec()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::ColumnBars;
    spec.title = {QStringLiteral("By financial year"), QStringLiteral("Fesul blwyddyn ariannol")};
    spec.xAxisTitle = {QStringLiteral("Financial year"), QStringLiteral("Blwyddyn ariannol")};
    spec.yAxisTitle = {QStringLiteral("Records"), QStringLiteral("Cofnodion")};
    spec.bars = {
        {{QStringLiteral("2021/22"), QStringLiteral("2021/22")}, 41},
        {{QStringLiteral("2022/23"), QStringLiteral("2022/23")}, 50},
        {{QStringLiteral("2023/24 (incomplete)"), QStringLiteral("2023/24 (anghyflawn)")}, 17}};
    spec.marked = {false, false, true};
    return spec;
}
} // namespace

TEST_CASE("Column bars are vertical, in the spec's order, with the x-axis title at the bottom")
{
    const ChartSpec spec = columnSpec();
    std::unique_ptr<QChart> chart(ChartFactory::create(spec, Lang::Cy));
    REQUIRE(chart->series().size() == 1);
    CHECK_FALSE(qobject_cast<QHorizontalBarSeries*>(chart->series().first()));
    auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().first());
    REQUIRE(bars);
    auto* years = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(years);
    CHECK(chart->axes(Qt::Horizontal).size() == 1);
    CHECK(years->alignment() == Qt::AlignBottom);
    CHECK(years->titleText() == QStringLiteral("Blwyddyn ariannol"));
    CHECK(years->categories() == QStringList{QStringLiteral("2021/22"), QStringLiteral("2022/23"),
                                             QStringLiteral("2023/24 (anghyflawn)")});
    auto* values = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(values);
    CHECK(values->alignment() == Qt::AlignLeft);
    CHECK(values->titleText() == QStringLiteral("Cofnodion"));
}

TEST_CASE("A marked column (an incomplete period) is striped, the others solid, with a key")
{
    const ChartSpec spec = columnSpec();
    std::unique_ptr<QChart> chart(ChartFactory::create(spec, Lang::En));
    auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);
    QBarSet* solid = bars->barSets()[0];
    QBarSet* hatched = bars->barSets()[1];
    // Each bar is drawn by exactly one set: its full value in one, zero in the other.
    CHECK(QList<double>{solid->at(0), solid->at(1), solid->at(2)} == QList<double>{41, 50, 0});
    CHECK(QList<double>{hatched->at(0), hatched->at(1), hatched->at(2)} == QList<double>{0, 0, 17});
    CHECK(solid->brush().style() == Qt::SolidPattern);
    CHECK(solid->color() == ChartFactory::seriesColour(0));
    // An incomplete period: a pale tint of the palette colour (lighter in greyscale too) with
    // a dashed outline in the colour itself.
    CHECK(hatched->brush().style() == Qt::SolidPattern);
    CHECK(hatched->brush().color() != ChartFactory::seriesColour(0));
    CHECK(qGray(hatched->brush().color().rgb()) > qGray(ChartFactory::seriesColour(0).rgb()) + 60);
    CHECK(hatched->pen().style() == Qt::DashLine);
    CHECK(hatched->pen().color() == ChartFactory::seriesColour(0));

    // The legend explains the pale bars, and only them.
    CHECK(chart->legend()->isVisible());
    CHECK(shownKeys(spec, Lang::En) == QStringList{QStringLiteral("Incomplete period")});
    CHECK(shownKeys(spec, Lang::Cy) == QStringList{QStringLiteral("Cyfnod anghyflawn")});

    // Nothing incomplete: no pale bars and no key.
    ChartSpec complete = spec;
    complete.marked = {false, false, false};
    std::unique_ptr<QChart> plain(ChartFactory::create(complete, Lang::En));
    auto* plainBars = qobject_cast<QStackedBarSeries*>(plain->series().first());
    REQUIRE(plainBars);
    CHECK(plainBars->barSets()[0]->at(2) == 17);
    CHECK(plainBars->barSets()[1]->sum() == 0);
    CHECK_FALSE(plain->legend()->isVisible());
}

TEST_CASE("Bar charts' value axes step by round numbers")
{
    ChartSpec columns = columnSpec(); // a maximum of 50
    ChartSpec categories = columns;
    categories.kind = ChartSpec::Kind::CategoryBars;
    categories.marked.clear();
    ChartSpec stacked;
    stacked.kind = ChartSpec::Kind::StackedBars;
    stacked.categories = {{QStringLiteral("2022/23"), QStringLiteral("2022/23")},
                          {QStringLiteral("2023/24"), QStringLiteral("2023/24")}};
    stacked.series.append({{QStringLiteral("Robbery"), QStringLiteral("Lladrad")}, {13, 4}});
    stacked.series.append({{QStringLiteral("Assault"), QStringLiteral("Ymosod")}, {37, 6}});
    ChartSpec rates = columns; // fractional values, as deprivation rates are
    rates.bars = {{{QStringLiteral("1"), QStringLiteral("1")}, 0.83},
                  {{QStringLiteral("2"), QStringLiteral("2")}, 0.31}};
    rates.marked.clear();
    for (const ChartSpec& spec : {columns, categories, stacked, rates}) {
        INFO("kind " << int(spec.kind));
        std::unique_ptr<QChart> chart(ChartFactory::create(spec, Lang::En));
        QValueAxis* values = nullptr;
        for (QAbstractAxis* axis : chart->axes())
            values = values ? values : qobject_cast<QValueAxis*>(axis);
        REQUIRE(values);
        const QList<double> ticks = tickValues(*values);
        CHECK(ticks.first() == 0);
        const double step = ticks[1] - ticks[0];
        CHECK(isRound(step));
        for (double tick : ticks) {
            INFO("tick " << tick);
            CHECK(std::abs(tick / step - std::round(tick / step)) < 1e-9);
        }
        const double top = spec.kind == ChartSpec::Kind::StackedBars ? 50
                           : spec.bars.first().second == 0.83        ? 0.83
                                                                     : 50;
        CHECK(values->max() >= top);
        CHECK(values->max() < 2 * top); // round, but not wasteful
        CHECK(ticks.size() >= 3);
        CHECK(ticks.size() <= 8);
        if (spec.bars.value(0).second == 0.83)
            CHECK(values->labelFormat() != QStringLiteral("%.0f")); // 0.2, not 0
    }
    // A maximum of 50: steps of 10, never 12.5.
    std::unique_ptr<QChart> chart(ChartFactory::create(columns, Lang::En));
    auto* values = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(values);
    CHECK(tickValues(*values) == QList<double>{0, 10, 20, 30, 40, 50, 60});
}

TEST_CASE("Stacked bars are vertical columns, one set per series in the colour-blind-safe palette")
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::StackedBars;
    spec.title = {QStringLiteral("By year"), QStringLiteral("Fesul blwyddyn")};
    spec.xAxisTitle = {QStringLiteral("Financial year"), QStringLiteral("Blwyddyn ariannol")};
    spec.yAxisTitle = {QStringLiteral("Records"), QStringLiteral("Cofnodion")};
    spec.categories = {{QStringLiteral("2022/23"), QStringLiteral("2022/23")},
                       {QStringLiteral("2023/24"), QStringLiteral("2023/24")}};
    spec.series.append({{QStringLiteral("Robbery"), QStringLiteral("Lladrad")}, {3, 4}});
    spec.series.append({{QStringLiteral("Assault"), QStringLiteral("Ymosod")}, {10, -1}});
    std::unique_ptr<QChart> chart(ChartFactory::create(spec, Lang::En));
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);
    CHECK(bars->barSets()[0]->label() == QStringLiteral("Robbery"));
    CHECK(bars->barSets()[0]->color() == ChartFactory::seriesColour(0));
    CHECK(bars->barSets()[1]->color() == ChartFactory::seriesColour(1));
    CHECK(ChartFactory::seriesColour(0) != ChartFactory::seriesColour(1));
    // Categories left to right in the spec's order; a hidden count is not drawn.
    CHECK(bars->barSets()[0]->at(0) == 3);
    CHECK(bars->barSets()[1]->at(0) == 10);
    CHECK(bars->barSets()[1]->at(1) == 0);
    auto* years = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(years);
    CHECK(years->alignment() == Qt::AlignBottom);
    CHECK(years->categories() == QStringList{QStringLiteral("2022/23"), QStringLiteral("2023/24")});
    CHECK(years->titleText() == QStringLiteral("Financial year"));
    CHECK(qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0)));
    CHECK(chart->legend()->isVisible());

    // Laid out: the first year is left of the second, and a taller total is higher up.
    QGraphicsScene scene;
    QChart* shown = ChartFactory::create(spec, Lang::En);
    scene.addItem(shown);
    shown->setGeometry(QRectF(0, 0, 700, 400));
    shown->layout()->activate();
    QAbstractSeries* series = shown->series().first();
    CHECK(shown->mapToPosition(QPointF(0, 0), series).x() <
          shown->mapToPosition(QPointF(1, 0), series).x());
    CHECK(shown->mapToPosition(QPointF(0, 13), series).y() <
          shown->mapToPosition(QPointF(0, 4), series).y());
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
