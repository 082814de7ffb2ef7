#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "CategoryMappingModel.h"
#include "DashboardPanel.h"
#include "DefinitionCategoryModel.h"
#include "DefinitionPanel.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "analysis/ViolenceDefinitionStore.h"
#include "demo/DemoProject.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTableView>

using namespace sna;
using namespace sna::test;

namespace {
int rowOfCategory(DefinitionCategoryModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DefinitionCategoryModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

int rowOfSource(CategoryMappingModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CategoryMappingModel::SourceCategory).data().toString() == name)
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("Leaving homicide out of the definition is refused with the reason")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("d.sna"));
    createProject(path).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    DefinitionCategoryModel* model = window.definitionPanel()->categoryModel();
    const int homicide = rowOfCategory(model, QStringLiteral("Homicide"));
    REQUIRE(homicide >= 0);
    const QModelIndex box = model->index(homicide, DefinitionCategoryModel::Included);
    CHECK_FALSE(model->setData(box, Qt::Unchecked, Qt::CheckStateRole));
    CHECK(box.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK_FALSE(window.definitionPanel()->message()->isHidden());
    CHECK(window.definitionPanel()->message()->text().contains(
        QStringLiteral("public-space youth violence")));
    CHECK(window.session()->undoStack()->count() == 0);
}

TEST_CASE("Changing the definition changes every figure, and undo puts them back")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("d.sna"));
    {
        auto project = createProject(path);
        const QString csv = scratch.write(
            QStringLiteral("a.csv"),
            policeCsv(
                {policeRow(QStringLiteral("2024-01"), QStringLiteral("Robbery")),
                 policeRow(QStringLiteral("2024-01"), QStringLiteral("Burglary")),
                 policeRow(QStringLiteral("2024-01"), QStringLiteral("Burglary")),
                 policeRow(QStringLiteral("2024-02"), QStringLiteral("Knife crime (partner)"))}));
        REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    ProjectSession* session = window.session();
    CHECK(session->summary().seriousViolence.total == 1);

    CategoryMappingModel* mappings = window.definitionPanel()->mappingModel();
    CHECK(mappings->unmappedCount() == 1);
    const int unmapped = rowOfSource(mappings, QStringLiteral("Knife crime (partner)"));
    REQUIRE(unmapped >= 0);
    CHECK(mappings->index(unmapped, 0).data(CategoryMappingModel::UnmappedRole).toBool());
    REQUIRE(mappings->setData(mappings->index(unmapped, CategoryMappingModel::CountsAs),
                              QStringLiteral("violence-against-the-person")));
    CHECK(session->summary().seriousViolence.total == 2);
    CHECK(mappings->unmappedCount() == 0);

    const int burglary = rowOfSource(mappings, QStringLiteral("Burglary"));
    REQUIRE(mappings->setData(mappings->index(burglary, CategoryMappingModel::CountsAs),
                              QStringLiteral("robbery")));
    CHECK(session->summary().seriousViolence.total == 4);
    CHECK(window.dashboardPanel()->headline()->text().contains(
        QStringLiteral("Serious violence (local definition): 4")));

    window.undoAction()->trigger();
    CHECK(session->summary().seriousViolence.total == 2);
    window.undoAction()->trigger();
    CHECK(session->summary().seriousViolence.total == 1);
    window.redoAction()->trigger();
    window.redoAction()->trigger();
    CHECK(session->summary().seriousViolence.total == 4);

    // Leaving a category out is allowed when it is not part of the required focus.
    DefinitionCategoryModel* categories = window.definitionPanel()->categoryModel();
    const int robbery =
        rowOfCategory(categories, QStringLiteral("Robbery and crime where violence is inherent"));
    REQUIRE(robbery >= 0);
    const int abuse = rowOfCategory(categories, QStringLiteral("Domestic abuse"));
    REQUIRE(categories->setData(categories->index(abuse, DefinitionCategoryModel::Included),
                                Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(session->definition().category(QStringLiteral("domestic-abuse"))->included);

    REQUIRE(window.saveProject().ok());
    auto project = openProject(path);
    const ViolenceDefinition stored = ViolenceDefinitionStore(*project).load().value();
    CHECK(stored.mappingFor(QStringLiteral("police-uk"), QStringLiteral("Burglary")) ==
          QStringLiteral("robbery"));
    CHECK(stored.mappingFor(QStringLiteral("police-uk"), QStringLiteral("Knife crime (partner)")) ==
          QStringLiteral("violence-against-the-person"));
    CHECK_FALSE(stored.category(QStringLiteral("domestic-abuse"))->included);
}

TEST_CASE("The dashboard states a change only when both periods are complete")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("demo.sna"));
    REQUIRE(DemoProject::create(path).ok());
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    DashboardPanel* dashboard = window.dashboardPanel();
    QComboBox* periods = dashboard->periodChoice();
    // Latest 12 months, four financial years (2021/22 … 2024/25 partly), all months.
    CHECK(periods->count() >= 4);
    CHECK(periods->itemText(0).startsWith(QStringLiteral("Latest 12 months")));
    CAPTURE(dashboard->changeLabel()->text());
    CHECK(dashboard->changeLabel()->text().startsWith(
        QStringLiteral("Compared with the 12 months before:")));
    const int all = periods->findText(QStringLiteral("All months"));
    REQUIRE(all >= 0);
    periods->setCurrentIndex(all);
    CHECK(dashboard->changeLabel()->text().startsWith(QStringLiteral("Change is shown when")));
    CHECK(dashboard->headline()->text().contains(
        QLocale().toString(window.session()->summary().seriousViolence.total)));
    const int firstYear = periods->findText(QStringLiteral("Financial year 2021/22"));
    REQUIRE(firstYear >= 0);
    periods->setCurrentIndex(firstYear);
    // No earlier year to compare with.
    CHECK(dashboard->changeLabel()->text().startsWith(QStringLiteral("Change is shown when")));
}
