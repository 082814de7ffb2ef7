#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "DocumentEditorPanel.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "SectionListModel.h"
#include "SectionTextEdit.h"
#include "document/DocumentStore.h"
#include "project/Project.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace sna;
using namespace sna::test;

namespace {
// QTest::keyClicks knows ASCII only; Welsh letters arrive as key events carrying their text,
// as an input method delivers them.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
    }
}

struct Fixture {
    Scratch scratch;
    QString path = scratch.path(QStringLiteral("editor.sna"));
    MainWindow window;

    Fixture()
    {
        createProject(path, ceredigionProfile()).reset();
        window.show();
        REQUIRE(window.openProject(path).ok());
        window.workspace()->setCurrentWidget(window.editorPanel());
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    DocumentEditorPanel* editor() const { return window.editorPanel(); }
    const Section& section(const QString& id) const
    {
        return *window.session()->document(DocumentKind::Strategy).section(id);
    }
};
} // namespace

TEST_CASE("Typing English then Welsh side by side gives an up-to-date translation")
{
    Fixture f;
    f.editor()->showSection(DocumentKind::Strategy, QStringLiteral("delivery"));
    SectionTextEdit* english = f.editor()->editor(Lang::En);
    SectionTextEdit* welsh = f.editor()->editor(Lang::Cy);
    english->setFocus();
    typeText(english, QStringLiteral("We meet monthly."));
    CHECK(f.section(QStringLiteral("delivery")).body.en == QLatin1String("We meet monthly."));
    CHECK(f.section(QStringLiteral("delivery")).translationStatus() == TranslationStatus::Missing);

    welsh->setFocus();
    typeText(welsh, QStringLiteral("Rydym yn cyfarfod yn fisol ŵ ŷ."));
    CHECK(f.section(QStringLiteral("delivery")).body.cy ==
          QStringLiteral("Rydym yn cyfarfod yn fisol ŵ ŷ."));
    CHECK(f.section(QStringLiteral("delivery")).translationStatus() == TranslationStatus::UpToDate);

    const int row = f.editor()->sectionModel()->rowOf(QStringLiteral("delivery"));
    CHECK(f.editor()->sectionModel()->index(row, SectionListModel::Status).data().toString() ==
          QStringLiteral("Up to date"));

    english->setFocus();
    typeText(english, QStringLiteral(" Always."));
    CHECK(f.section(QStringLiteral("delivery")).translationStatus() == TranslationStatus::Stale);
    CHECK(f.editor()->sectionModel()->index(row, SectionListModel::Status).data().toString() ==
          QStringLiteral("Welsh out of date"));

    QPushButton* confirmButton = nullptr;
    for (QPushButton* button : f.editor()->findChildren<QPushButton*>())
        if (button->text() == QLatin1String("Confirm translation"))
            confirmButton = button;
    REQUIRE(confirmButton);
    CHECK(confirmButton->isEnabled());
    QTest::mouseClick(confirmButton, Qt::LeftButton);
    CHECK(f.section(QStringLiteral("delivery")).translationStatus() == TranslationStatus::UpToDate);
    CHECK_FALSE(confirmButton->isEnabled());
    // Confirming is itself undoable.
    f.window.undoAction()->trigger();
    CHECK(f.section(QStringLiteral("delivery")).translationStatus() == TranslationStatus::Stale);
}

TEST_CASE("Ctrl+Z in the editor undoes through the project's undo stack, typing merged")
{
    Fixture f;
    f.editor()->showSection(DocumentKind::Strategy, QStringLiteral("governance"));
    SectionTextEdit* welsh = f.editor()->editor(Lang::Cy);
    welsh->setFocus();
    typeText(welsh, QStringLiteral("Bwrdd"));
    REQUIRE(f.section(QStringLiteral("governance")).body.cy == QLatin1String("Bwrdd"));
    CHECK(f.window.session()->undoStack()->count() == 1); // five keystrokes, one step
    CHECK(f.window.undoAction()->text().contains(QStringLiteral("Welsh")));

    QTest::keyClick(welsh, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.section(QStringLiteral("governance")).body.cy.isEmpty());
    CHECK(welsh->toPlainText().isEmpty());
    CHECK(f.section(QStringLiteral("governance")).translationStatus() ==
          TranslationStatus::Missing);

    QTest::keyClick(welsh, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.section(QStringLiteral("governance")).body.cy == QLatin1String("Bwrdd"));
    CHECK(welsh->toPlainText() == QLatin1String("Bwrdd"));
}

TEST_CASE("Edits are saved automatically within seconds")
{
    Fixture f;
    f.editor()->showSection(DocumentKind::Strategy, QStringLiteral("scrutiny"));
    SectionTextEdit* english = f.editor()->editor(Lang::En);
    english->setFocus();
    typeText(english, QStringLiteral("The crime and disorder committee scrutinises the strategy."));
    CHECK(f.window.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(!f.window.session()->isModified(),
                             ProjectSession::kAutosaveDelayMs + 5000);
    CHECK_FALSE(f.window.isWindowModified());

    auto project = openProject(f.path);
    const Document stored = DocumentStore(*project).load(DocumentKind::Strategy).value();
    CHECK(stored.section(QStringLiteral("scrutiny"))->body.en ==
          QLatin1String("The crime and disorder committee scrutinises the strategy."));
}

TEST_CASE("Choosing a section in the outline shows its texts, and the SNA is a second document")
{
    Fixture f;
    f.window.session()->editSectionText(DocumentKind::Strategy, QStringLiteral("actions"), Lang::Cy,
                                        QStringLiteral("Camau gweithredu ar gyfer **ysgolion**."));
    QTreeView* outline = f.editor()->findChild<QTreeView*>();
    REQUIRE(outline);
    const int row = f.editor()->sectionModel()->rowOf(QStringLiteral("actions"));
    outline->setCurrentIndex(f.editor()->sectionModel()->index(row, 0));
    CHECK(f.editor()->currentSectionId() == QLatin1String("actions"));
    CHECK(f.editor()->editor(Lang::Cy)->toPlainText() ==
          QStringLiteral("Camau gweithredu ar gyfer ysgolion."));

    f.editor()->showSection(DocumentKind::Sna, QStringLiteral("data-gaps"));
    CHECK(f.editor()->currentDocument() == DocumentKind::Sna);
    CHECK(f.editor()->sectionModel()->rowCount() == 11);
    CHECK(f.editor()->editor(Lang::Cy)->toPlainText().isEmpty());
}
