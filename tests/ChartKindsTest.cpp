#include <catch2/catch.hpp>

#include "analysis/ChartSpec.h"
#include "charts/ChartFactory.h"
#include "document/DocumentStore.h"
#include "export/PublicationBuilder.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include "TestSupport.h"

#include <QAbstractAxis>
#include <QChart>
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
