#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "DisclosureSettingsDialog.h"
#include "ExportDialog.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "NewProjectDialog.h"
#include "PublicationPackDialog.h"
#include "ReviewExportDialog.h"
#include "SignoffDialog.h"
#include "VersionsDialog.h"
#include "foundation/UiLanguage.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace sna;
using namespace sna::test;

namespace {

// Controls a keyboard user can reach with Tab in the window as it is shown now.
QList<QWidget*> tabReachableControls(QWidget& window)
{
    QList<QWidget*> controls;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (widget->focusProxy())
            continue;
        // The editor inside a spin box or combo box is announced through its owner.
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        controls << widget;
    }
    return controls;
}

QString describe(QWidget* widget)
{
    QStringList path;
    for (QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget())
        path.prepend(QString::fromLatin1(w->metaObject()->className()) +
                     (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName()));
    return path.join(QLatin1Char('/'));
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Screen readers need a name for every control; a tab bar is named by its tabs.
QStringList unnamedControls(QWidget& window)
{
    QStringList unnamed;
    for (QWidget* control : tabReachableControls(window)) {
        if (qobject_cast<QTabBar*>(control))
            continue;
        if (accessibleName(control).isEmpty())
            unnamed << describe(control);
    }
    return unnamed;
}

// Presses Tab from the first control until focus comes back round; returns the controls that
// were never reached and whether focus got stuck.
QStringList controlsTabMisses(QWidget& window, QString* trapped)
{
    const QList<QWidget*> controls = tabReachableControls(window);
    trapped->clear();
    if (controls.isEmpty())
        return {};
    controls.first()->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QSet<QWidget*> reached;
    QWidget* start = QApplication::focusWidget();
    int pressesOnSameControl = 0;
    for (int press = 0; press < 4 * controls.size() + 10; ++press) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            break;
        reached.insert(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
        QCoreApplication::processEvents();
        QWidget* next = QApplication::focusWidget();
        if (next == start)
            break;
        // A date edit moves through its sections first; more presses than that is a trap.
        pressesOnSameControl = next == focused ? pressesOnSameControl + 1 : 0;
        if (pressesOnSameControl > 5) {
            *trapped = describe(next);
            break;
        }
    }
    QStringList missed;
    for (QWidget* control : controls) {
        if (!reached.contains(control))
            missed << describe(control);
    }
    return missed;
}

QString projectWithData(Scratch& scratch)
{
    const QString path = scratch.path(QStringLiteral("a11y.sna"));
    auto project = createProject(path, ceredigionProfile());
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    return path;
}

} // namespace

TEST_CASE("Every control in every tab has an accessible name, in English and in Welsh")
{
    Scratch scratch;
    const QString path = projectWithData(scratch);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    for (Lang lang : {Lang::En, Lang::Cy}) {
        window.setInterfaceLanguage(lang);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QStringList unnamed;
        for (int tab = 0; tab < window.workspace()->count(); ++tab) {
            window.workspace()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (const QString& control : unnamedControls(window))
                unnamed << window.workspace()->tabText(tab) + QLatin1String(": ") + control;
        }
        unnamed.removeDuplicates();
        INFO(unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(unnamed.isEmpty());
    }
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

TEST_CASE("Accessible names follow the interface language")
{
    Scratch scratch;
    const QString path = projectWithData(scratch);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    auto names = [&] {
        QStringList all;
        for (int tab = 0; tab < window.workspace()->count(); ++tab) {
            window.workspace()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QWidget* control : tabReachableControls(window))
                all << accessibleName(control);
        }
        return all;
    };
    const QStringList english = names();
    window.setInterfaceLanguage(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QStringList welsh = names();
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    REQUIRE(english.size() == welsh.size());
    int changed = 0;
    for (int i = 0; i < english.size(); ++i)
        changed += english.at(i) != welsh.at(i) ? 1 : 0;
    // Names that are data (an area, a file name) stay; those the interface gives are Welsh.
    CHECK(changed > english.size() / 2);
}

TEST_CASE("Tab reaches every control of every tab and of the dialogs, and never gets stuck")
{
    Scratch scratch;
    const QString path = projectWithData(scratch);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openProject(path).ok());
    QStringList problems;
    for (int tab = 0; tab < window.workspace()->count(); ++tab) {
        window.workspace()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QString trapped;
        const QStringList missed = controlsTabMisses(window, &trapped);
        if (!trapped.isEmpty())
            problems << window.workspace()->tabText(tab) + QLatin1String(": Tab is trapped in ") +
                            trapped;
        else
            for (const QString& control : missed)
                problems << window.workspace()->tabText(tab) + QLatin1String(" not reached: ") +
                                control;
    }
    auto checkDialog = [&](QWidget& dialog, const QString& name) {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        QString trapped;
        const QStringList missed = controlsTabMisses(dialog, &trapped);
        if (!trapped.isEmpty())
            problems << name + QLatin1String(": Tab is trapped in ") + trapped;
        else
            for (const QString& control : missed)
                problems << name + QLatin1String(" not reached: ") + control;
        for (const QString& control : unnamedControls(dialog))
            problems << name + QLatin1String(" unnamed: ") + control;
        dialog.hide();
    };
    NewProjectDialog newProject(scratch.path(QString()), &window);
    checkDialog(newProject, QStringLiteral("new project"));
    ExportDialog exportDialog(scratch.path(QStringLiteral("strategy")), true, &window);
    checkDialog(exportDialog, QStringLiteral("export"));
    PublicationPackDialog pack(scratch.path(QStringLiteral("pack")), true, &window);
    checkDialog(pack, QStringLiteral("publication pack"));
    ImportWizard wizard(*window.session(), &window);
    checkDialog(wizard, QStringLiteral("import wizard"));
    VersionsDialog versions(*window.session(), DocumentKind::Strategy, &window);
    checkDialog(versions, QStringLiteral("versions"));
    SignoffDialog signoff(*window.session(), &window);
    checkDialog(signoff, QStringLiteral("sign-off"));
    ReviewExportDialog reviewExport(*window.session(), scratch.path(QString()), &window);
    checkDialog(reviewExport, QStringLiteral("review copy"));
    DisclosureSettingsDialog disclosure(*window.session(), &window);
    checkDialog(disclosure, QStringLiteral("disclosure control"));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Every menu and every menu command can be reached from the keyboard, in both languages")
{
    Scratch scratch;
    const QString path = projectWithData(scratch);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    for (Lang lang : {Lang::En, Lang::Cy}) {
        window.setInterfaceLanguage(lang);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QStringList problems;
        auto mnemonic = [](const QString& text) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
        };
        QSet<QChar> menuKeys;
        for (QAction* menuAction : window.menuBar()->actions()) {
            const QChar key = mnemonic(menuAction->text());
            if (key.isNull() || menuKeys.contains(key))
                problems
                    << QStringLiteral("menu “%1” has no unique access key").arg(menuAction->text());
            menuKeys.insert(key);
            QMenu* menu = menuAction->menu();
            if (!menu)
                continue;
            QSet<QChar> itemKeys;
            for (QAction* item : menu->actions()) {
                if (item->isSeparator() || item->text().isEmpty())
                    continue;
                const QChar itemKey = mnemonic(item->text());
                if (itemKey.isNull() && item->shortcut().isEmpty())
                    problems << QStringLiteral("“%1” in “%2” has neither access key nor shortcut")
                                    .arg(item->text(), menuAction->text());
                if (!itemKey.isNull() && itemKeys.contains(itemKey))
                    problems << QStringLiteral("“%1” in “%2” repeats access key %3")
                                    .arg(item->text(), menuAction->text(), QString(itemKey));
                itemKeys.insert(itemKey);
            }
        }
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}
