#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ActionPlanPanel.h"
#include "ActionTableModel.h"
#include "DatasetTableModel.h"
#include "DatasetsPanel.h"
#include "DisclosureSettingsDialog.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ReviewExportDialog.h"
#include "SignoffDialog.h"
#include "VersionsDialog.h"
#include "foundation/UiLanguage.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QXmlStreamReader>

using namespace sna;
using namespace sna::test;

namespace {

// Every English source text of the interface whose Welsh differs: meeting one of these on a
// Welsh screen means something was not translated.
QSet<QString> englishOnlyTexts()
{
    QFile file(QStringLiteral(SNA_SOURCE_DIR "/translations/sna_cy.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> texts;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString welsh = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Words spelt the same in both languages ("Data", "Partner") are not leaks.
            if (!welsh.isEmpty() && welsh != source && source.size() > 2)
                texts.insert(QString(source).remove(QLatin1Char('&')));
        }
    }
    return texts;
}

QStringList visibleTexts(QWidget& window)
{
    QStringList texts;
    for (QLabel* label : window.findChildren<QLabel*>())
        texts << label->text();
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
        texts << button->text();
    for (QGroupBox* box : window.findChildren<QGroupBox*>())
        texts << box->title();
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    for (QAction* action : window.findChildren<QAction*>())
        texts << action->text();
    for (QMenu* menu : window.findChildren<QMenu*>())
        texts << menu->title();
    for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        for (int c = 0; c < model->columnCount(); ++c)
            texts << model->headerData(c, Qt::Horizontal).toString();
    }
    QStringList cleaned;
    for (QString text : std::as_const(texts)) {
        text.remove(QLatin1Char('&'));
        if (!text.trimmed().isEmpty())
            cleaned << text;
    }
    return cleaned;
}
} // namespace

TEST_CASE("A Welsh user meets no English in the main window, its tabs, docks and menus")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("cy.sna"));
    {
        auto project = createProject(path, ceredigionProfile());
        REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    window.setInterfaceLanguage(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QSet<QString> english = englishOnlyTexts();
    REQUIRE(english.size() > 500);
    QStringList leaks;
    for (int tab = 0; tab < window.workspace()->count(); ++tab) {
        window.workspace()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (const QString& text : visibleTexts(window)) {
            // Language names are written in their own language, as language pickers do.
            if (english.contains(text) && text != QLatin1String("English"))
                leaks << QStringLiteral("%1: “%2”").arg(window.workspace()->tabText(tab), text);
        }
    }
    leaks.removeDuplicates();
    INFO(leaks.join(QLatin1Char('\n')).toStdString());
    CHECK(leaks.isEmpty());
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

TEST_CASE("Welsh order where the interface sorts text: ll after l, ch after c")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("sort.sna"));
    createProject(path, ceredigionProfile()).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    ActionPlan plan = window.session()->actionPlan();
    for (const auto& [en, cy] : {std::pair{"Lane", "Llwybr diogel"}, std::pair{"Roads", "Lôn goch"},
                                 std::pair{"Chat", "Chwarae"}, std::pair{"Cafe", "Cwrs"}}) {
        Action action;
        action.title = BilingualText{QString::fromUtf8(en), QString::fromUtf8(cy)};
        action.sector = ActionVocabulary::sectorCodes().constFirst();
        plan.addAction(action);
    }
    REQUIRE(window.session()->editActionPlan(plan, QStringLiteral("test")).ok());
    window.setInterfaceLanguage(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    ActionFilterProxy* proxy = window.actionPlanPanel()->proxy();
    proxy->sort(ActionTableModel::Title, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < proxy->rowCount(); ++row)
        titles << proxy->index(row, ActionTableModel::Title).data().toString();
    // In Welsh: c < ch, and l < ll ("Lôn" before "Llwybr"); English order would differ.
    CHECK(titles == QStringList{QStringLiteral("Cwrs"), QStringLiteral("Chwarae"),
                                QStringLiteral("Lôn goch"), QStringLiteral("Llwybr diogel")});
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

TEST_CASE("Dates and numbers on Welsh screens are in the Welsh locale")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("dates.sna"));
    {
        auto project = createProject(path, ceredigionProfile());
        REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    window.setInterfaceLanguage(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    DatasetTableModel* model = window.datasetsPanel()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, DatasetTableModel::Period).data().toString() ==
          QStringLiteral("Ion 2019"));
    CHECK(model->index(0, DatasetTableModel::RowsStored).data().toString() ==
          QStringLiteral("3,276"));
    CHECK(QLocale().toString(QDate(2024, 3, 31), QStringLiteral("dddd d MMMM yyyy")) ==
          QStringLiteral("Dydd Sul 31 Mawrth 2024"));
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

#include "ExportDialog.h"
#include "ImportWizard.h"
#include "NewProjectDialog.h"
#include "PublicationPackDialog.h"

TEST_CASE("A Welsh user meets no English in the dialogs")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("dialogs.sna"));
    createProject(path, ceredigionProfile()).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path).ok());
    window.setInterfaceLanguage(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QSet<QString> english = englishOnlyTexts();
    QStringList leaks;
    auto check = [&](QWidget& dialog, const QString& name) {
        dialog.show();
        QCoreApplication::processEvents();
        for (const QString& text : visibleTexts(dialog)) {
            if (english.contains(text) && text != QLatin1String("English"))
                leaks << QStringLiteral("%1: “%2”").arg(name, text);
        }
    };
    NewProjectDialog newProject(scratch.path(QString()), &window);
    check(newProject, QStringLiteral("new project"));
    ExportDialog exportDialog(scratch.path(QStringLiteral("strategy")), true, &window);
    check(exportDialog, QStringLiteral("export"));
    PublicationPackDialog pack(scratch.path(QStringLiteral("pack")), true, &window);
    check(pack, QStringLiteral("publication pack"));
    ImportWizard wizard(*window.session(), &window);
    check(wizard, QStringLiteral("import wizard"));
    VersionsDialog versions(*window.session(), DocumentKind::Strategy, &window);
    check(versions, QStringLiteral("versions"));
    SignoffDialog signoff(*window.session(), &window);
    check(signoff, QStringLiteral("sign-off"));
    ReviewExportDialog reviewExport(*window.session(), scratch.path(QString()), &window);
    check(reviewExport, QStringLiteral("review copy"));
    DisclosureSettingsDialog disclosure(*window.session(), &window);
    check(disclosure, QStringLiteral("disclosure control"));
    leaks.removeDuplicates();
    INFO(leaks.join(QLatin1Char('\n')).toStdString());
    CHECK(leaks.isEmpty());
    window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

#include "IssuesPanel.h"

TEST_CASE("Counts read right in both languages: English singular and plural, Welsh labels")
{
    IssuesPanel panel;
    QLabel* count = nullptr;
    for (QLabel* label : panel.findChildren<QLabel*>())
        count = label;
    REQUIRE(count);
    UiLanguage::instance().apply(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    panel.model()->add(IssueListModel::Severity::Warning, QStringLiteral("first"));
    CHECK(count->text() == QStringLiteral("1 message"));
    panel.model()->add(IssueListModel::Severity::Warning, QStringLiteral("second"));
    CHECK(count->text() == QStringLiteral("2 messages"));

    UiLanguage::instance().apply(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(count->text() == QStringLiteral("Negeseuon: 2"));
    for (int i = 0; i < 1000; ++i)
        panel.model()->add(IssueListModel::Severity::Information, QStringLiteral("more"));
    // The count is in the Welsh locale too.
    CHECK(count->text() == QStringLiteral("Negeseuon: 1,002"));
    panel.model()->clear();
    CHECK(count->text() == QStringLiteral("Negeseuon: 0"));

    UiLanguage::instance().apply(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(count->text() == QStringLiteral("0 messages"));
}
