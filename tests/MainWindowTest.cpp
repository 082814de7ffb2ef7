#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "AuthorityTableModel.h"
#include "DashboardPanel.h"
#include "DatasetTableModel.h"
#include "DatasetsPanel.h"
#include "DocumentEditorPanel.h"
#include "ImportController.h"
#include "IssuesPanel.h"
#include "MainWindow.h"
#include "ProfilePanel.h"
#include "ProjectSession.h"
#include "foundation/UiLanguage.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"
#include "project/ProjectSchema.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <sqlite3.h>

using namespace sna;
using namespace sna::test;

namespace {
QString makeProject(const Scratch& scratch, bool withData)
{
    const QString path = scratch.path(QStringLiteral("gui.sna"));
    auto project = createProject(path, ceredigionProfile());
    if (withData)
        REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    return path;
}

int pointsIn(QChartView* view)
{
    for (QAbstractSeries* series : view->chart()->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series))
            return int(scatter->count());
    }
    return -1;
}

bool waitForImport(MainWindow& window)
{
    QSignalSpy finished(window.importController(), &ImportController::finished);
    return finished.wait(60000);
}
} // namespace

TEST_CASE("Opening a project shows its profile, datasets and trend chart")
{
    Scratch scratch;
    const QString path = makeProject(scratch, true);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    CHECK(window.windowTitle().startsWith(QStringLiteral("Partneriaeth Ceredigion")));
    CHECK(window.profilePanel()->nameEdit()->text() == QLatin1String("Partneriaeth Ceredigion"));
    CHECK(window.profilePanel()->walesNotice()->isVisibleTo(&window));
    CHECK(window.datasetsPanel()->model()->rowCount() == 1);
    CHECK(window.datasetsPanel()
              ->model()
              ->index(0, DatasetTableModel::RowsStored)
              .data()
              .toString() == QStringLiteral("3,276"));
    CHECK(pointsIn(window.dashboardPanel()->chartView()) == 1);
    CHECK(window.dashboardPanel()->headline()->text().contains(QStringLiteral("3,276")));
}

TEST_CASE("Editing the profile is undoable and saved")
{
    Scratch scratch;
    const QString path = makeProject(scratch, false);
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openProject(path).ok());
        QLineEdit* name = window.profilePanel()->nameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Partneriaeth Newydd"));
        QTest::keyClick(name, Qt::Key_Return);
        CHECK(window.session()->profile().name == QLatin1String("Partneriaeth Newydd"));
        CHECK(window.isWindowModified());
        CHECK(window.undoAction()->isEnabled());

        window.undoAction()->trigger();
        CHECK(window.session()->profile().name == QLatin1String("Partneriaeth Ceredigion"));
        CHECK(name->text() == QLatin1String("Partneriaeth Ceredigion"));
        window.redoAction()->trigger();
        CHECK(window.session()->profile().name == QLatin1String("Partneriaeth Newydd"));

        auto* authorities = window.profilePanel()->authorityView()->model();
        static_cast<AuthorityTableModel*>(authorities)->addAuthority();
        REQUIRE(authorities->rowCount() == 1);
        REQUIRE(authorities->setData(authorities->index(0, AuthorityTableModel::Name),
                                     QStringLiteral("Heddlu Dyfed-Powys")));
        REQUIRE(authorities->setData(authorities->index(0, AuthorityTableModel::Kind),
                                     QStringLiteral("police")));
        REQUIRE(window.saveProject().ok());
        CHECK_FALSE(window.isWindowModified());
    }
    auto project = openProject(path);
    CHECK(scalar(*project,
                 QStringLiteral(
                     "SELECT COUNT(*) FROM partnership WHERE name = 'Partneriaeth Newydd'")) == 1);
    CHECK(scalar(*project,
                 QStringLiteral("SELECT COUNT(*) FROM authority WHERE kind = 'police'")) == 1);
}

TEST_CASE("Importing from the window runs in the background and updates every panel")
{
    Scratch scratch;
    const QString path = makeProject(scratch, false);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    CHECK(window.datasetsPanel()->model()->rowCount() == 0);
    window.importFile(leicestershireFile());
    CHECK(window.importController()->isRunning());
    REQUIRE(waitForImport(window));
    CHECK(window.datasetsPanel()->model()->rowCount() == 1);
    CHECK(window.session()->summary().totalRecords == 8503);
    CHECK(window.dashboardPanel()->headline()->text().contains(QStringLiteral("8,503")));
    CHECK(window.issuesPanel()->model()->rowCount() == 1);
}

TEST_CASE("A file with bad rows asks first; storing the good rows is a choice")
{
    Scratch scratch;
    const QString path = makeProject(scratch, false);
    const QString bad =
        scratch.write(QStringLiteral("bad.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
                                 policeRow(QStringLiteral("2024/02"), QStringLiteral("Robbery"))}));
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());

    window.importController()->setAutomaticAnswer(ImportController::Answer::No);
    window.importFile(bad);
    REQUIRE(waitForImport(window));
    CHECK(window.session()->summary().totalRecords == 0);

    window.importController()->setAutomaticAnswer(ImportController::Answer::Yes);
    QSignalSpy imported(window.importController(), &ImportController::imported);
    window.importFile(bad);
    REQUIRE(imported.wait(60000));
    CHECK(window.session()->summary().totalRecords == 1);
    CHECK(window.issuesPanel()->model()->issues().first().severity ==
          IssueListModel::Severity::Warning);
}

TEST_CASE("Removing a dataset from the data tab updates the figures")
{
    Scratch scratch;
    const QString path = makeProject(scratch, true);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    DatasetsPanel* panel = window.datasetsPanel();
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    REQUIRE(panel->removeSelected(false));
    CHECK(panel->model()->rowCount() == 0);
    CHECK(window.session()->summary().totalRecords == 0);
    CHECK(pointsIn(window.dashboardPanel()->chartView()) == 0);
}

TEST_CASE("The interface switches to Welsh and back without a restart")
{
    Scratch scratch;
    const QString path = makeProject(scratch, true);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    window.setInterfaceLanguage(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // Qt posts them to windows
    CHECK(window.fileMenu()->title() == QStringLiteral("&Ffeil"));
    CHECK(window.workspace()->tabText(0) == QStringLiteral("Trosolwg"));
    CHECK(window.workspace()->tabText(window.workspace()->indexOf(window.editorPanel())) ==
          QStringLiteral("Dogfennau"));
    CHECK(window.dashboardPanel()->headline()->text().startsWith(
        QStringLiteral("Trais difrifol (diffiniad lleol):")));
    CHECK(window.datasetsPanel()->model()->headerData(0, Qt::Horizontal).toString() ==
          QStringLiteral("Ffeil"));
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(window.fileMenu()->title() == QStringLiteral("&File"));
    CHECK(window.workspace()->tabText(0) == QStringLiteral("Overview"));
}

TEST_CASE("A project from a newer version is refused and the window stays usable")
{
    Scratch scratch;
    const QString path = makeProject(scratch, false);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(ProjectSchema::exec(db, "PRAGMA user_version = 42;").ok());
    sqlite3_close(db);
    MainWindow window;
    window.show();
    auto opened = window.openProject(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("newer version")));
    CHECK(window.session() == nullptr);
}

TEST_CASE("Export from the window uses what is on screen, saved or not")
{
    Scratch scratch;
    const QString path = makeProject(scratch, true);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    window.session()->editSectionText(DocumentKind::Strategy, QStringLiteral("governance"),
                                      Lang::Cy,
                                      QStringLiteral("Mae’r bwrdd yn cyfarfod bob chwarter."));
    REQUIRE(window.session()->isModified());
    const QString pdf = scratch.path(QStringLiteral("out.pdf"));
    REQUIRE(window.exportPdf(pdf, DocumentKind::Strategy, Lang::Cy, true).ok());
    const PdfText text = readPdf(pdf);
    CHECK(text.all().contains(QStringLiteral("Mae’r bwrdd yn cyfarfod bob chwarter.")));
    CHECK(text.all().contains(QStringLiteral("DRAFFT")));
}

#include <QDropEvent>
#include <QMimeData>

TEST_CASE("Dropping a project file opens it, dropping a CSV imports it")
{
    Scratch scratch;
    const QString path = makeProject(scratch, false);
    MainWindow window;
    window.show();
    auto drop = [&](const QString& file) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        const bool accepted = enter.isAccepted();
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &event);
        return accepted;
    };
    CHECK_FALSE(drop(leicestershireFile())); // no project open: nothing to import into
    CHECK(drop(path));
    REQUIRE(window.session() != nullptr);
    CHECK(drop(dyfedPowysFile()));
    REQUIRE(waitForImport(window));
    CHECK(window.session()->summary().totalRecords == 3276);
}
