#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "DataGapsPanel.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "analysis/DataGapStore.h"
#include "project/Project.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace sna;
using namespace sna::test;

namespace {
int rowOf(QTableWidget* table, const QString& kindName)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, DataGapsPanel::KindColumn)->text() == kindName)
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("Data gaps register: the analyst records a status and notes, and they are kept")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("gaps.sna"));
    createProject(path).reset();
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openProject(path).ok());
        DataGapsPanel* panel = window.dataGapsPanel();
        QTableWidget* table = panel->table();
        REQUIRE(table->rowCount() > 5);
        const int police = rowOf(table, QStringLiteral("Police-recorded crime by type"));
        REQUIRE(police >= 0);
        // Nothing imported: police data is detected as not held.
        CHECK(table->item(police, DataGapsPanel::DetectedColumn)->text() ==
              QStringLiteral("Not yet held"));
        auto* status =
            qobject_cast<QComboBox*>(table->cellWidget(police, DataGapsPanel::StatusColumn));
        REQUIRE(status);
        const int requested = status->findData(QStringLiteral("requested"));
        REQUIRE(requested >= 0);
        status->setCurrentIndex(requested);
        table->item(police, DataGapsPanel::NoteEnColumn)->setText(QStringLiteral("Asked in May"));
        table->item(police, DataGapsPanel::NoteCyColumn)
            ->setText(QStringLiteral("Gofynnwyd ym Mai"));
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        CHECK(panel->message()->text().startsWith(QStringLiteral("Saved")));
    }
    auto project = Project::open(path);
    REQUIRE(project);
    auto notes = DataGapStore(*project.value()).load();
    REQUIRE(notes);
    REQUIRE(notes.value().size() == 1);
    CHECK(notes.value().first().kind == QStringLiteral("police-crime"));
    CHECK(notes.value().first().status == QStringLiteral("requested"));
    CHECK(notes.value().first().note.en == QStringLiteral("Asked in May"));
    CHECK(notes.value().first().note.cy == QStringLiteral("Gofynnwyd ym Mai"));
}
