#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "AnalysisPanel.h"
#include "DocumentEditorPanel.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "document/EmbeddedItems.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace sna;
using namespace sna::test;

namespace {
// A project with the given data.police.uk rows imported.
QString policeProject(Scratch& scratch, const QString& name, const QStringList& rows)
{
    const QString path = scratch.path(name + QStringLiteral(".sna"));
    auto project = createProject(path);
    const QString csv = scratch.write(name + QStringLiteral(".csv"), policeCsv(rows));
    REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    return path;
}

const QString kViolence = QStringLiteral("Violence and sexual offences");

// Violence in January and March 2024, a robbery in February.
QStringList threeMonths()
{
    return {policeRow(QStringLiteral("2024-01"), kViolence),
            policeRow(QStringLiteral("2024-02"), QStringLiteral("Robbery")),
            policeRow(QStringLiteral("2024-03"), kViolence)};
}
bool waitForChart(AnalysisPanel* panel)
{
    QSignalSpy drawn(panel, &AnalysisPanel::refreshed);
    return drawn.wait(10000) || (!panel->isComputing() && !panel->currentSpec().title.en.isEmpty());
}
} // namespace

TEST_CASE("Analysis tab: filters and charts update in the background, the heatmap included")
{
    Scratch scratch;
    const QString path = policeProject(scratch, QStringLiteral("a"), threeMonths());
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    AnalysisPanel* panel = window.analysisPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->currentSpec().title.en.isEmpty(), 10000);
    CHECK(panel->currentSpec().kind == ChartSpec::Kind::MonthlyLine); // the trend first

    // A category filter: the reference carries it, the chart is redrawn for it.
    const int robbery = panel->categoryChoice()->findData(QStringLiteral("robbery"));
    REQUIRE(robbery > 0);
    panel->categoryChoice()->setCurrentIndex(robbery);
    CHECK(panel->currentReference().contains(QStringLiteral("category=robbery")));
    REQUIRE(waitForChart(panel));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    CHECK(panel->currentSpec().filter.contains(QStringLiteral("category=robbery")));

    // The hour × weekday heatmap: police data has no times, so it says so.
    const int heatmap = panel->chartChoice()->findData(QStringLiteral("sv-hour-weekday"));
    REQUIRE(heatmap >= 0);
    panel->chartChoice()->setCurrentIndex(heatmap);
    REQUIRE(waitForChart(panel));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    CHECK(panel->currentSpec().kind == ChartSpec::Kind::Heatmap);
    CHECK(panel->currentSpec().altText.en.contains(QStringLiteral("No data")));
    CHECK_FALSE(panel->status()->text().isEmpty()); // the source-and-period note

    // Every period offered can be chosen without error.
    for (int i = 0; i < panel->periodChoice()->count(); ++i)
        panel->periodChoice()->setCurrentIndex(i);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    CHECK(panel->currentReference().contains(panel->periodChoice()->currentData().toString() ==
                                                     QLatin1String("latest-12")
                                                 ? QStringLiteral("sv-hour-weekday")
                                                 : QStringLiteral("period=")));

    // "Add to SNA" places the chart, with its filter, in the section open in the editor.
    const Document& sna = window.session()->document(DocumentKind::Sna);
    REQUIRE_FALSE(sna.sections().isEmpty());
    const QString sectionId = sna.sections().first().id;
    window.editorPanel()->showSection(DocumentKind::Sna, sectionId);
    const QString reference = panel->currentReference();
    QTest::mouseClick(panel->addToSnaButton(), Qt::LeftButton);
    const Section* section = window.session()->document(DocumentKind::Sna).section(sectionId);
    REQUIRE(section);
    CHECK(section->items.contains(EmbeddedItem{EmbeddedItems::kChart, reference}));
    CHECK(EmbeddedItems::isKnown(EmbeddedItem{EmbeddedItems::kChart, reference}));
    // The document lists it by the chart's name; the drawn chart adds what the filter covers.
    CHECK(panel->currentSpec().title.cy.startsWith(
        EmbeddedItems::title(EmbeddedItem{EmbeddedItems::kChart, reference}).cy));
}

TEST_CASE("Analysis tab: the table of the chart's figures follows the filters and can be added "
          "to the SNA")
{
    Scratch scratch;
    const QString path =
        policeProject(scratch, QStringLiteral("t"),
                      {policeRow(QStringLiteral("2024-01"), kViolence),
                       policeRow(QStringLiteral("2024-02"), kViolence),
                       policeRow(QStringLiteral("2024-02"), QStringLiteral("Robbery")),
                       policeRow(QStringLiteral("2024-03"), kViolence)});
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    AnalysisPanel* panel = window.analysisPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    panel->periodChoice()->setCurrentIndex(panel->periodChoice()->findData(QStringLiteral("all")));
    const int categories = panel->chartChoice()->findData(QStringLiteral("sv-categories"));
    REQUIRE(categories >= 0);
    panel->chartChoice()->setCurrentIndex(categories);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing() &&
                                 panel->currentTable().reference == panel->currentReference(),
                             10000);

    // The analyst's own view: exact figures, a robbery of 1 included, and the total (by hand:
    // violence 3, robbery 1, total 4).
    QAbstractItemModel* model = panel->tableView()->model();
    REQUIRE(model->columnCount() >= 2);
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Records"));
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, 0).data().toString() + QLatin1Char('=') +
                    model->index(r, 1).data().toString();
    CHECK(rows.contains(QStringLiteral("Robbery and crime where violence is inherent=1")));
    CHECK(rows.contains(
        QStringLiteral("Violence against the person, including knife and gun crime=3")));
    CHECK(rows.last() == QStringLiteral("Total=4"));
    CHECK(model->index(0, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

    // A filter changes the table as well as the chart.
    const int robbery = panel->categoryChoice()->findData(QStringLiteral("robbery"));
    REQUIRE(robbery > 0);
    panel->categoryChoice()->setCurrentIndex(robbery);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing() &&
                                 panel->currentTable().reference == panel->currentReference(),
                             10000);
    CHECK(model->index(model->rowCount() - 1, 1).data().toString() == QStringLiteral("1"));

    // "Add Table to SNA" places the table, with its filter, in the section open in the editor;
    // the document prints it controlled, so the robbery of 1 is withheld there.
    const QString sectionId = window.session()->document(DocumentKind::Sna).sections().first().id;
    window.editorPanel()->showSection(DocumentKind::Sna, sectionId);
    const EmbeddedItem item{EmbeddedItems::kTable, panel->currentReference()};
    QTest::mouseClick(panel->addTableToSnaButton(), Qt::LeftButton);
    const Section* section = window.session()->document(DocumentKind::Sna).section(sectionId);
    REQUIRE(section);
    CHECK(section->items.contains(item));
    CHECK(window.workspace()->currentWidget() == window.editorPanel());
    const auto printed = EmbeddedItems::table(item, window.session()->analysis());
    REQUIRE(printed);
    CHECK(printed->rows.last().value(1).en == QStringLiteral("*"));
}

TEST_CASE("Analysis tab: the trend by quarter, financial year or rolling year, areas by level")
{
    Scratch scratch;
    QStringList rows;
    for (const QString& month :
         {QStringLiteral("2023-03"), QStringLiteral("2023-04"), QStringLiteral("2023-05")})
        rows << policeRow(month, kViolence);
    const QString path = policeProject(scratch, QStringLiteral("by"), rows);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    AnalysisPanel* panel = window.analysisPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    const auto settle = [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing() &&
                                     panel->currentSpec().reference == panel->currentReference(),
                                 10000);
    };
    panel->chartChoice()->setCurrentIndex(
        panel->chartChoice()->findData(QStringLiteral("sv-trend")));
    REQUIRE(panel->showByChoice()->isEnabled());
    panel->showByChoice()->setCurrentIndex(
        panel->showByChoice()->findData(QStringLiteral("financial-year")));
    settle();
    CHECK(panel->currentReference().contains(QStringLiteral("by=financial-year")));
    CHECK(panel->currentSpec().kind == ChartSpec::Kind::ColumnBars);
    // By hand: March 2023 is the last month of 2022/23, April and May the first of 2023/24;
    // both years are incomplete.
    QStringList bars;
    for (const auto& [label, value] : panel->currentSpec().bars)
        bars << QStringLiteral("%1=%2").arg(label.en).arg(value);
    CHECK(bars == QStringList{QStringLiteral("2022/23 (incomplete)=1"),
                              QStringLiteral("2023/24 (incomplete)=2")});
    CHECK(panel->tableView()->model()->headerData(0, Qt::Horizontal).toString() ==
          QStringLiteral("Financial year"));

    // Areas: the level is the chart's own choice.
    panel->chartChoice()->setCurrentIndex(
        panel->chartChoice()->findData(QStringLiteral("sv-areas")));
    REQUIRE(panel->showByChoice()->findData(QStringLiteral("lsoa")) >= 0);
    panel->showByChoice()->setCurrentIndex(panel->showByChoice()->findData(QStringLiteral("lsoa")));
    settle();
    CHECK(panel->currentReference().contains(QStringLiteral("level=lsoa")));
    REQUIRE_FALSE(panel->currentSpec().bars.isEmpty());
    CHECK(panel->currentTable().rows.value(0).value(1).en == QStringLiteral("E01025631"));

    // Charts without a choice of their own leave it disabled.
    panel->chartChoice()->setCurrentIndex(
        panel->chartChoice()->findData(QStringLiteral("sv-categories")));
    settle();
    CHECK_FALSE(panel->showByChoice()->isEnabled());
}

TEST_CASE("Analysis tab: clicking a category's bar drills down to that category's months")
{
    Scratch scratch;
    const QString path = policeProject(scratch, QStringLiteral("drill"), threeMonths());
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    REQUIRE(window.openProject(path).ok());
    AnalysisPanel* panel = window.analysisPanel();
    window.workspace()->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    const int categories = panel->chartChoice()->findData(QStringLiteral("sv-categories"));
    REQUIRE(categories >= 0);
    panel->chartChoice()->setCurrentIndex(categories);
    REQUIRE(waitForChart(panel));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    REQUIRE(panel->currentSpec().kind == ChartSpec::Kind::CategoryBars);

    // Find the robbery bar and click its middle with the mouse.
    QChart* chart = panel->chartView()->chart();
    QAbstractBarSeries* series = nullptr;
    for (QAbstractSeries* s : chart->series())
        series = series ? series : qobject_cast<QAbstractBarSeries*>(s);
    REQUIRE(series);
    const QList<QPair<BilingualText, double>>& bars = panel->currentSpec().bars;
    int robberyBar = -1;
    for (int i = 0; i < bars.size(); ++i) {
        if (bars.at(i).first.en.contains(QStringLiteral("Robbery")))
            robberyBar = int(bars.size()) - 1 - i; // drawn bottom-up
    }
    REQUIRE(robberyBar >= 0);
    const double value = series->barSets().first()->at(robberyBar);
    const QPointF inChart = chart->mapToPosition(QPointF(value / 2, robberyBar), series);
    const QPoint onScreen = panel->chartView()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(panel->chartView()->viewport(), Qt::LeftButton, {}, onScreen);

    QTRY_VERIFY_WITH_TIMEOUT(panel->currentSpec().kind == ChartSpec::Kind::MonthlyLine, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    CHECK(panel->chartChoice()->currentData().toString() == QLatin1String("sv-trend"));
    CHECK(panel->categoryChoice()->currentData().toString() == QLatin1String("robbery"));
    CHECK(panel->currentSpec().filter.contains(QStringLiteral("category=robbery")));
    // The trend shows robbery's one record, not all three.
    double total = 0;
    for (const auto& point : panel->currentSpec().points)
        total += point.second;
    CHECK(total == 1);

    // A trend has no bars to drill into.
    CHECK_FALSE(panel->drillDown(0));
}

TEST_CASE("Analysis tab: clicking an area's bar drills down to that local authority, not its "
          "namesake CSP")
{
    // Leicester and Blaby: each local authority is its own CSP, of the same name, and the area
    // choice lists CSPs first; the bar must select the local authority it stands for.
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("areas.sna"));
    {
        PartnershipProfile profile = leicesterProfile();
        profile.areas.append(Area{QStringLiteral("E07000129"), {}});
        auto project = createProject(path, profile);
        const QString violence = QStringLiteral("Violence and sexual offences");
        const auto blaby = [&](const QString& month) {
            return policeRow(month, violence, QStringLiteral("E01025631"))
                .replace(QStringLiteral("Leicester 001A"), QStringLiteral("Blaby 002A"));
        };
        const QString leicester = QStringLiteral("E01013601");
        const QString csv = scratch.write(
            QStringLiteral("areas.csv"),
            policeCsv({policeRow(QStringLiteral("2024-01"), violence, leicester),
                       policeRow(QStringLiteral("2024-01"), violence, leicester),
                       policeRow(QStringLiteral("2024-02"), violence, leicester),
                       blaby(QStringLiteral("2024-02")), blaby(QStringLiteral("2024-03"))}));
        REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    }
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    REQUIRE(window.openProject(path).ok());
    AnalysisPanel* panel = window.analysisPanel();
    window.workspace()->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    // Both names are offered twice: CSP and local authority.
    QComboBox* areas = panel->areaChoice();
    CHECK(areas->findData(QStringLiteral("csp:E22000164")) >= 0);
    CHECK(areas->itemText(areas->findData(QStringLiteral("csp:E22000164"))) ==
          QLatin1String("Blaby"));
    CHECK(areas->itemText(areas->findData(QStringLiteral("lad:E07000129"))) ==
          QLatin1String("Blaby"));
    const int chartIndex = panel->chartChoice()->findData(QStringLiteral("sv-areas"));
    REQUIRE(chartIndex >= 0);
    panel->chartChoice()->setCurrentIndex(chartIndex);
    REQUIRE(waitForChart(panel));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    REQUIRE(panel->currentSpec().kind == ChartSpec::Kind::CategoryBars);

    // The local authorities, largest first: Leicester 3, Blaby 2. Click Blaby's bar.
    const QList<QPair<BilingualText, double>>& bars = panel->currentSpec().bars;
    REQUIRE(bars.size() == 2);
    CHECK(bars.at(0).first.en == QLatin1String("Leicester"));
    CHECK(bars.at(0).second == 3);
    CHECK(bars.at(1).first.en == QLatin1String("Blaby"));
    CHECK(bars.at(1).second == 2);
    QChart* chart = panel->chartView()->chart();
    QAbstractBarSeries* series = nullptr;
    for (QAbstractSeries* s : chart->series())
        series = series ? series : qobject_cast<QAbstractBarSeries*>(s);
    REQUIRE(series);
    const int blabyBar = 0; // drawn bottom-up: the last of the spec is the first bar
    const double value = series->barSets().first()->at(blabyBar);
    CHECK(value == 2);
    const QPointF inChart = chart->mapToPosition(QPointF(value / 2, blabyBar), series);
    const QPoint onScreen = panel->chartView()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(panel->chartView()->viewport(), Qt::LeftButton, {}, onScreen);

    QTRY_VERIFY_WITH_TIMEOUT(panel->currentSpec().kind == ChartSpec::Kind::MonthlyLine, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    CHECK(panel->chartChoice()->currentData().toString() == QLatin1String("sv-trend"));
    CHECK(areas->currentText() == QLatin1String("Blaby"));
    CHECK(areas->currentData().toString() == QLatin1String("lad:E07000129"));
    CHECK(panel->currentSpec().filter.contains(QStringLiteral("area=lad:E07000129")));
    // Blaby's two records, February and March; not Leicester's three.
    double total = 0;
    for (const auto& point : panel->currentSpec().points)
        total += point.second;
    CHECK(total == 2);
}
