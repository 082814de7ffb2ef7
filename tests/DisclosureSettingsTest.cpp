#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "DisclosureSettingsDialog.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "analysis/AnalysisSettings.h"
#include "document/EmbeddedItems.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace sna;
using namespace sna::test;

namespace {

const QString kViolence =
    QStringLiteral("Violence against the person, including knife and gun crime");

// Violence 3, robbery 5 (by hand): nothing is small under the default threshold of 2 for
// police data; under a threshold of 3 the violence count is.
QString fixture(Scratch& scratch)
{
    const QString path = scratch.path(QStringLiteral("d.sna"));
    auto project = createProject(path);
    const QString violence = QStringLiteral("Violence and sexual offences");
    QStringList rows;
    for (int i = 0; i < 3; ++i)
        rows << policeRow(QStringLiteral("2024-01"), violence);
    for (int i = 0; i < 5; ++i)
        rows << policeRow(QStringLiteral("2024-02"), QStringLiteral("Robbery"));
    REQUIRE(PoliceUkImporter(*project)
                .importFile(scratch.write(QStringLiteral("d.csv"), policeCsv(rows)))
                .ok());
    return path;
}

// What a document prints for violence in the table of categories.
QString publishedViolence(ProjectSession& session)
{
    const auto table = EmbeddedItems::table(
        EmbeddedItem{EmbeddedItems::kTable, QStringLiteral("sv-categories?period=all")},
        session.analysis());
    REQUIRE(table);
    for (const QList<BilingualText>& row : table->rows) {
        if (row.value(0).en == kViolence)
            return row.value(1).en;
    }
    return {};
}

QAction* menuAction(QMenuBar* bar, const QString& text)
{
    for (QAction* menu : bar->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Settings ▸ Disclosure Control changes what documents withhold, undoably, and is saved")
{
    Scratch scratch;
    const QString path = fixture(scratch);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    ProjectSession* session = window.session();
    CHECK(publishedViolence(*session) == QStringLiteral("3"));

    QAction* action = menuAction(window.menuBar(), QStringLiteral("&Disclosure Control…"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<DisclosureSettingsDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    // The defaults of published practice: health 1–7, other 1–2, rates on 10 events or more.
    CHECK(dialog->healthThreshold()->value() == 7);
    CHECK(dialog->otherThreshold()->value() == 2);
    CHECK(dialog->rateMinimum()->value() == 10);
    CHECK(dialog->healthRounding()->currentData().toInt() == 0);
    CHECK(dialog->statement()->text().contains(QStringLiteral("from 1 to 2 from other sources")));

    // Typed as a user would: the statement follows before anything is applied.
    dialog->otherThreshold()->setFocus();
    dialog->otherThreshold()->selectAll();
    QTest::keyClicks(dialog->otherThreshold(), QStringLiteral("3"));
    CHECK(dialog->otherThreshold()->value() == 3);
    CHECK(dialog->statement()->text().contains(QStringLiteral("from 1 to 3 from other sources")));
    dialog->otherRounding()->setCurrentIndex(dialog->otherRounding()->findData(5));
    CHECK(dialog->statement()->text().contains(QStringLiteral("5")));
    CHECK(publishedViolence(*session) == QStringLiteral("3")); // nothing applied yet
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<DisclosureSettingsDialog*>() == nullptr); // closed

    CHECK(session->analysis().settings.otherSuppressionMax == 3);
    CHECK(session->analysis().settings.otherRoundTo == 5);
    CHECK(session->isModified());
    CHECK(publishedViolence(*session) == QStringLiteral("*"));

    // One step of undo puts the old rule back, and redo the new one.
    session->undoStack()->undo();
    CHECK(session->analysis().settings.otherSuppressionMax == 2);
    CHECK(publishedViolence(*session) == QStringLiteral("3"));
    session->undoStack()->redo();
    CHECK(publishedViolence(*session) == QStringLiteral("*"));

    // Saved with the project: the command line reads the same rule from the file.
    REQUIRE(window.saveProject().ok());
    window.closeProject();
    auto reopened = openProject(path);
    const AnalysisSettings stored = AnalysisSettingsStore(*reopened).load().value();
    CHECK(stored.otherSuppressionMax == 3);
    CHECK(stored.otherRoundTo == 5);
    CHECK(stored.healthSuppressionMax == 7);
}

TEST_CASE("Disclosure Control: Cancel changes nothing")
{
    Scratch scratch;
    const QString path = fixture(scratch);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    DisclosureSettingsDialog* dialog = window.showDisclosureSettings();
    REQUIRE(dialog);
    dialog->healthThreshold()->setValue(10);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    CHECK(window.session()->analysis().settings.healthSuppressionMax == 7);
    CHECK_FALSE(window.session()->isModified());
}

#include "AnalysisPanel.h"

TEST_CASE("The Analysis tab follows an edit of the definition at once, before it is saved")
{
    Scratch scratch;
    const QString path = fixture(scratch);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    AnalysisPanel* panel = window.analysisPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    const auto weaponsRow = [&] {
        const auto table = EmbeddedItems::table(
            EmbeddedItem{EmbeddedItems::kTable, QStringLiteral("sv-categories?period=all")},
            window.session()->analysis());
        REQUIRE(table);
        for (const QList<BilingualText>& row : table->rows) {
            if (row.value(0).en == QLatin1String("Possession of weapons"))
                return row.value(1).en;
        }
        return QString();
    };
    CHECK(weaponsRow().isEmpty()); // no weapons records

    // The five robberies now count as possession of weapons (a mapping edit, not yet saved).
    ViolenceDefinition definition = window.session()->definition();
    bool remapped = false;
    for (CategoryMapping& mapping : definition.mappings) {
        if (mapping.sourceCategory == QLatin1String("Robbery")) {
            mapping.categoryId = QStringLiteral("weapons");
            remapped = true;
        }
    }
    REQUIRE(remapped);
    const Status edited =
        window.session()->editDefinition(definition, QStringLiteral("Robbery as weapons"));
    INFO((edited ? QString() : edited.error().fullText()).toStdString());
    REQUIRE(edited.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 10000);
    CHECK(weaponsRow() == QStringLiteral("5"));
    // The Analysis tab draws the categories under the edited definition.
    panel->periodChoice()->setCurrentIndex(panel->periodChoice()->findData(QStringLiteral("all")));
    panel->chartChoice()->setCurrentIndex(
        panel->chartChoice()->findData(QStringLiteral("sv-categories")));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing() &&
                                 panel->currentTable().reference == panel->currentReference(),
                             10000);
    QStringList shown;
    for (const auto& [label, value] : panel->currentSpec().bars)
        shown << QStringLiteral("%1=%2").arg(label.en).arg(value);
    CHECK(shown.contains(QStringLiteral("Possession of weapons=5")));
}
