#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ActionDetailWidget.h"
#include "ActionPlanPanel.h"
#include "ActionTableModel.h"
#include "AuthorityTableModel.h"
#include "ChecklistPanel.h"
#include "DefinitionCategoryModel.h"
#include "DefinitionPanel.h"
#include "DocumentEditorPanel.h"
#include "EmbeddedItemsWidget.h"
#include "FindBar.h"
#include "FormatToolBar.h"
#include "GlossaryPanel.h"
#include "GovernanceBodyModel.h"
#include "MainWindow.h"
#include "ProfilePanel.h"
#include "ProjectSession.h"
#include "SectionListModel.h"
#include "SectionPropertiesWidget.h"
#include "SectionTextEdit.h"
#include "TimetablePanel.h"
#include "TranslationPackController.h"
#include "document/DocumentStore.h"
#include "document/GlossaryStore.h"
#include "plan/ActionPlanStore.h"
#include "project/ProfileStore.h"
#include "project/Project.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoStack>

using namespace sna;
using namespace sna::test;

namespace {
struct Fixture {
    Scratch scratch;
    QString path = scratch.path(QStringLiteral("writing.sna"));
    MainWindow window;

    explicit Fixture(const PartnershipProfile& profile = ceredigionProfile())
    {
        createProject(path, profile).reset();
        window.show();
        REQUIRE(window.openProject(path).ok());
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    ProjectSession& session() const { return *window.session(); }
    DocumentEditorPanel* editor() const { return window.editorPanel(); }
    const Document& strategy() const { return session().document(DocumentKind::Strategy); }
    const Section& section(const QString& id) const { return *strategy().section(id); }
    QUndoStack* undo() const { return session().undoStack(); }
    void openEditor(const QString& id)
    {
        window.workspace()->setCurrentWidget(editor());
        editor()->showSection(DocumentKind::Strategy, id);
    }
};

void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void selectWord(SectionTextEdit* edit, const QString& word)
{
    QTextCursor cursor = edit->document()->find(word);
    REQUIRE_FALSE(cursor.isNull());
    edit->setTextCursor(cursor);
}
} // namespace

TEST_CASE("The outline adds, retitles, moves, merges and removes sections, each undoable")
{
    Fixture f;
    f.openEditor(QStringLiteral("actions"));
    const int before = int(f.strategy().sections().size());

    const QString added = f.editor()->addSection(true);
    CHECK(f.strategy().sections().size() == before + 1);
    CHECK(f.section(added).level == 2);
    CHECK(f.editor()
              ->sectionModel()
              ->index(f.editor()->sectionModel()->rowOf(added), 0)
              .data()
              .toString()
              .contains(QStringLiteral("14.1")));
    QLineEdit* englishTitle = f.editor()->titleEdit(Lang::En);
    englishTitle->selectAll();
    typeInto(englishTitle, QStringLiteral("Funding"));
    QTest::keyClick(englishTitle, Qt::Key_Return);
    CHECK(f.section(added).title.en == QLatin1String("Funding"));
    CHECK(f.window.undoAction()->text().contains(QStringLiteral("title")));

    // Move "scrutiny" up: it swaps with "commissioning".
    f.openEditor(QStringLiteral("scrutiny"));
    const qsizetype at = f.strategy().indexOf(QStringLiteral("scrutiny"));
    f.editor()->moveCurrentSection(-1);
    CHECK(f.strategy().indexOf(QStringLiteral("scrutiny")) == at - 1);
    f.window.undoAction()->trigger();
    CHECK(f.strategy().indexOf(QStringLiteral("scrutiny")) == at);

    // Merge "scrutiny" into "governance".
    f.session().editSectionText(DocumentKind::Strategy, QStringLiteral("scrutiny"), Lang::En,
                                QStringLiteral("The committee scrutinises."));
    REQUIRE(f.editor()->mergeCurrentInto(QStringLiteral("governance")));
    CHECK(f.strategy().section(QStringLiteral("scrutiny")) == nullptr);
    CHECK(
        f.section(QStringLiteral("governance")).coveredIds().contains(QStringLiteral("scrutiny")));
    CHECK(f.editor()->currentSectionId() == QLatin1String("governance"));
    CHECK(f.editor()->editor(Lang::En)->toPlainText().contains(QStringLiteral("scrutinises")));
    f.window.undoAction()->trigger();
    CHECK(f.strategy().section(QStringLiteral("scrutiny")) != nullptr);
    f.window.redoAction()->trigger();
    CHECK(f.strategy().section(QStringLiteral("scrutiny")) == nullptr);

    // Remove the added section; undo brings it back with its title.
    f.openEditor(added);
    f.editor()->removeCurrentSection();
    CHECK(f.strategy().section(added) == nullptr);
    f.window.undoAction()->trigger();
    REQUIRE(f.strategy().section(added) != nullptr);
    CHECK(f.section(added).title.en == QLatin1String("Funding"));
}

TEST_CASE("Restricted and not-applicable sections are set in the editor and shown in the outline")
{
    Fixture f;
    f.openEditor(QStringLiteral("annual-assessment"));
    SectionPropertiesWidget* properties = f.editor()->properties();
    SectionListModel* outline = f.editor()->sectionModel();
    const int row = outline->rowOf(QStringLiteral("annual-assessment"));

    QTest::mouseClick(properties->restricted(), Qt::LeftButton);
    CHECK(f.section(QStringLiteral("annual-assessment")).sensitive);
    CHECK(outline->index(row, SectionListModel::Notes)
              .data()
              .toString()
              .contains(QStringLiteral("Restricted")));
    f.window.undoAction()->trigger();
    CHECK_FALSE(f.section(QStringLiteral("annual-assessment")).sensitive);
    CHECK_FALSE(properties->restricted()->isChecked());

    QTest::mouseClick(properties->notApplicable(), Qt::LeftButton);
    REQUIRE(f.section(QStringLiteral("annual-assessment")).notApplicable);
    CHECK(properties->reason(Lang::En)->isVisible());
    CHECK_FALSE(f.editor()->editor(Lang::En)->isEnabled());
    typeInto(properties->reason(Lang::En), QStringLiteral("This is our first strategy."));
    QTest::keyClick(properties->reason(Lang::En), Qt::Key_Return);
    typeInto(properties->reason(Lang::Cy), QStringLiteral("Dyma ein strategaeth gyntaf."));
    QTest::keyClick(properties->reason(Lang::Cy), Qt::Key_Return);
    const Section& annual = f.section(QStringLiteral("annual-assessment"));
    CHECK(annual.notApplicableReason.en == QLatin1String("This is our first strategy."));
    CHECK(annual.translationStatus() == TranslationStatus::UpToDate);
    CHECK(outline->index(row, SectionListModel::Notes)
              .data()
              .toString()
              .contains(QStringLiteral("Not applicable")));

    // Changing the English reason makes the Welsh stale; confirming it is undoable too.
    properties->reason(Lang::En)->selectAll();
    typeInto(properties->reason(Lang::En), QStringLiteral("This is our very first strategy."));
    QTest::keyClick(properties->reason(Lang::En), Qt::Key_Return);
    REQUIRE(f.section(QStringLiteral("annual-assessment")).translationStatus() ==
            TranslationStatus::Stale);
    QTest::mouseClick(f.editor()->confirmButton(), Qt::LeftButton);
    CHECK(f.section(QStringLiteral("annual-assessment")).translationStatus() ==
          TranslationStatus::UpToDate);
    f.window.undoAction()->trigger();
    CHECK(f.section(QStringLiteral("annual-assessment")).translationStatus() ==
          TranslationStatus::Stale);

    // Welsh first: the English becomes the translation.
    properties->sourceLanguage()->setCurrentIndex(1);
    Q_EMIT properties->sourceLanguage()->activated(1);
    CHECK(f.section(QStringLiteral("annual-assessment")).sourceLanguage == Lang::Cy);
}

TEST_CASE("Formatting from the toolbar and its shortcuts ends up in the section's Markdown")
{
    Fixture f;
    f.openEditor(QStringLiteral("delivery"));
    SectionTextEdit* english = f.editor()->editor(Lang::En);
    typeInto(english, QStringLiteral("We meet monthly in Aberystwyth."));
    selectWord(english, QStringLiteral("monthly"));
    QTest::keyClick(english, Qt::Key_B, Qt::ControlModifier);
    CHECK(f.section(QStringLiteral("delivery")).body.en ==
          QLatin1String("We meet **monthly** in Aberystwyth."));
    selectWord(english, QStringLiteral("Aberystwyth"));
    QTest::keyClick(english, Qt::Key_I, Qt::ControlModifier);
    CHECK(f.section(QStringLiteral("delivery")).body.en.contains(QStringLiteral("*Aberystwyth*")));
    selectWord(english, QStringLiteral("meet"));
    REQUIRE(f.editor()->formatBar()->insertLink(QStringLiteral("https://example.org/meetings")));
    CHECK(f.section(QStringLiteral("delivery"))
              .body.en.contains(QStringLiteral("[meet](https://example.org/meetings)")));
    CHECK_FALSE(f.editor()->formatBar()->insertLink(QStringLiteral("javascript:alert(1)")));

    english->moveCursor(QTextCursor::End);
    QTest::keyClick(english, Qt::Key_Return);
    f.editor()->formatBar()->toggleList(false);
    typeInto(english, QStringLiteral("first"));
    CHECK(f.section(QStringLiteral("delivery")).body.en.endsWith(QStringLiteral("\n\n- first")));
    f.editor()->formatBar()->toggleList(false); // and out of the list again
    CHECK(f.section(QStringLiteral("delivery")).body.en.endsWith(QStringLiteral("\n\nfirst")));
    english->moveCursor(QTextCursor::StartOfBlock);
    f.editor()->formatBar()->cycleHeading();
    CHECK(f.section(QStringLiteral("delivery")).body.en.endsWith(QStringLiteral("\n\n## first")));
    english->moveCursor(QTextCursor::End);
    QTest::keyClick(english, Qt::Key_Return);
    f.editor()->formatBar()->insertTable();
    typeInto(english, QStringLiteral("Lead"));
    CHECK(f.section(QStringLiteral("delivery"))
              .body.en.contains(QStringLiteral("| Lead |  |\n|---|---|")));
    // Each of these was an undoable step of the project.
    f.window.undoAction()->trigger();
    f.window.undoAction()->trigger();
    CHECK_FALSE(f.section(QStringLiteral("delivery")).body.en.contains(QStringLiteral("Lead")));
}

TEST_CASE("Pasted HTML is cleaned to the document model")
{
    Fixture f;
    f.openEditor(QStringLiteral("partners"));
    SectionTextEdit* welsh = f.editor()->editor(Lang::Cy);
    welsh->setFocus();
    auto* mime = new QMimeData;
    mime->setHtml(QStringLiteral("<p style='color:red;font-family:Comic Sans MS'>Rydym yn gweithio "
                                 "gyda <b>phobl ifanc</b>.<script>alert('x')</script><img "
                                 "src='https://tracker.example/p.png'></p>"));
    QGuiApplication::clipboard()->setMimeData(mime);
    welsh->paste();
    const QString body = f.section(QStringLiteral("partners")).body.cy;
    CHECK(body == QStringLiteral("Rydym yn gweithio gyda **phobl ifanc**."));
}

TEST_CASE("Live items are added, ordered and removed, each undoable")
{
    Fixture f;
    f.openEditor(QStringLiteral("delivery"));
    EmbeddedItemsWidget* items = f.editor()->items();
    items->addItem(EmbeddedItem{QStringLiteral("table"), QStringLiteral("categories")});
    items->addItem(EmbeddedItem{QStringLiteral("figure"), QStringLiteral("total-records")});
    REQUIRE(f.section(QStringLiteral("delivery")).items.size() == 2);
    CHECK(items->model()->index(1).data().toString().startsWith(QStringLiteral("Key figure:")));
    items->moveCurrent(-1);
    CHECK(f.section(QStringLiteral("delivery")).items.first().kind == QLatin1String("figure"));
    items->removeCurrent();
    CHECK(f.section(QStringLiteral("delivery")).items ==
          QList<EmbeddedItem>{EmbeddedItem{QStringLiteral("table"), QStringLiteral("categories")}});
    f.window.undoAction()->trigger();
    CHECK(f.section(QStringLiteral("delivery")).items.size() == 2);
}

TEST_CASE("Find in the document goes from section to section and language to language")
{
    Fixture f;
    f.session().editSectionText(DocumentKind::Strategy, QStringLiteral("executive-summary"),
                                Lang::En, QStringLiteral("Knife crime first."));
    f.session().editSectionText(DocumentKind::Strategy, QStringLiteral("actions"), Lang::Cy,
                                QStringLiteral("Addysg am gyllyll (knife) ym mhob ysgol."));
    f.openEditor(QStringLiteral("executive-summary"));
    f.window.findAction()->trigger();
    FindBar* bar = f.editor()->findBar();
    CHECK(bar->isVisible());
    CHECK(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("knife"));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    CHECK(f.editor()->currentSectionId() == QLatin1String("executive-summary"));
    CHECK(f.editor()->editor(Lang::En)->textCursor().selectedText() == QLatin1String("Knife"));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    CHECK(f.editor()->currentSectionId() == QLatin1String("actions"));
    CHECK(f.editor()->editor(Lang::Cy)->textCursor().selectedText() == QLatin1String("knife"));
    QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier); // back
    CHECK(f.editor()->currentSectionId() == QLatin1String("executive-summary"));
    CHECK_FALSE(f.editor()->findNext(QStringLiteral("nowhere")));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("The glossary flags Welsh that misses a term, offers terms, and takes project terms")
{
    Fixture f;
    f.openEditor(QStringLiteral("partners"));
    f.session().editSectionText(DocumentKind::Strategy, QStringLiteral("partners"), Lang::En,
                                QStringLiteral("We work on county lines."));
    f.session().editSectionText(DocumentKind::Strategy, QStringLiteral("partners"), Lang::Cy,
                                QStringLiteral("Rydym yn gweithio ar gangiau cyffuriau."));
    GlossaryPanel* glossary = f.window.glossaryPanel();
    CHECK(glossary->findings() ==
          QStringList{QStringLiteral("“county lines” → “llinellau cyffuriau”")});
    const int row = f.editor()->sectionModel()->rowOf(QStringLiteral("partners"));
    CHECK(f.editor()->sectionModel()->index(row, SectionListModel::Notes).data().toString() ==
          QLatin1String("Glossary: 1"));

    // The partnership agrees its own Welsh: the flag goes; undo brings it back.
    GlossaryTableModel* model = glossary->model();
    int termRow = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->term(r)->en == QLatin1String("county lines"))
            termRow = r;
    REQUIRE(termRow >= 0);
    REQUIRE(model->setData(model->index(termRow, GlossaryTableModel::Welsh),
                           QStringLiteral("gangiau cyffuriau")));
    CHECK(glossary->findings().isEmpty());
    CHECK(f.session().projectGlossary().size() == 1);
    CHECK(f.editor()
              ->sectionModel()
              ->index(row, SectionListModel::Notes)
              .data()
              .toString()
              .isEmpty());
    f.window.undoAction()->trigger();
    CHECK(glossary->findings().size() == 1);

    // Choosing a term inserts its Welsh at the cursor.
    glossary->filter()->setText(QStringLiteral("knife crime"));
    REQUIRE(glossary->view()->model()->rowCount() >= 1);
    glossary->view()->setCurrentIndex(glossary->view()->model()->index(0, 0));
    SectionTextEdit* welsh = f.editor()->editor(Lang::Cy);
    welsh->moveCursor(QTextCursor::End);
    for (QPushButton* button : glossary->findChildren<QPushButton*>())
        if (button->text() == QLatin1String("Insert Welsh"))
            QTest::mouseClick(button, Qt::LeftButton);
    CHECK(f.section(QStringLiteral("partners"))
              .body.cy.endsWith(QStringLiteral("troseddau cyllyll")));
}

TEST_CASE("The action plan: add, type, choose, filter, sort, refuse bad dates, undo")
{
    Fixture f;
    f.window.navigate(QStringLiteral("plan"));
    ActionPlanPanel* panel = f.window.actionPlanPanel();
    const int priority = panel->addPriority();
    REQUIRE(priority > 0);
    typeInto(panel->priorityTitle(0), QStringLiteral(" for youth"));
    CHECK(f.session().actionPlan().priority(priority)->title.en.endsWith(
        QStringLiteral("for youth")));

    const int first = panel->addAction();
    REQUIRE(first > 0);
    ActionDetailWidget* detail = panel->detail();
    CHECK(detail->actionId() == first);
    CHECK(f.session().actionPlan().action(first)->priorityId == priority);
    const int steps = f.undo()->count();
    QLineEdit* title = detail->titleEdit(Lang::En);
    title->selectAll();
    typeInto(title, QStringLiteral("Youth outreach"));
    CHECK(f.session().actionPlan().action(first)->title.en == QLatin1String("Youth outreach"));
    CHECK(f.undo()->count() == steps + 1); // typing merges into one step
    typeInto(detail->descriptionEdit(Lang::En), QStringLiteral("Friday evenings."));
    CHECK(f.session().actionPlan().action(first)->description.en ==
          QLatin1String("Friday evenings."));
    CHECK(f.session().actionPlan().action(first)->translationStatus() ==
          TranslationStatus::Missing);
    typeInto(detail->titleEdit(Lang::Cy), QStringLiteral("Allgymorth"));
    typeInto(detail->descriptionEdit(Lang::Cy), QStringLiteral("Nos Wener."));
    CHECK(f.session().actionPlan().action(first)->translationStatus() ==
          TranslationStatus::UpToDate);

    detail->statusBox()->setCurrentIndex(int(ActionStatus::AtRisk));
    Q_EMIT detail->statusBox()->activated(int(ActionStatus::AtRisk));
    CHECK(f.session().actionPlan().action(first)->status == ActionStatus::AtRisk);
    detail->sectorBox()->setCurrentIndex(
        detail->sectorBox()->findData(QStringLiteral("education")));
    Q_EMIT detail->sectorBox()->activated(detail->sectorBox()->currentIndex());
    CHECK(f.session().actionPlan().action(first)->sector == QLatin1String("education"));
    detail->dueEdit()->setDate(QDate(2025, 3, 31));
    CHECK(f.session().actionPlan().action(first)->due == QDate(2025, 3, 31));
    // A start after the due date is refused with the reason; the plan is unchanged.
    detail->startEdit()->setDate(QDate(2025, 6, 1));
    CHECK_FALSE(f.session().actionPlan().action(first)->start.isValid());
    CHECK(detail->problemLabel()->isVisibleTo(panel));
    CHECK(detail->problemLabel()->text().contains(QStringLiteral("2025-03-31")));

    const int second = panel->addAction();
    detail->dueEdit()->setDate(QDate(2024, 12, 1));
    CHECK(panel->proxy()->rowCount() == 2);
    // Filter by status: only the action at risk.
    panel->statusFilter()->setCurrentIndex(
        panel->statusFilter()->findData(QStringLiteral("at-risk")));
    REQUIRE(panel->proxy()->rowCount() == 1);
    CHECK(panel->proxy()->index(0, 0).data(ActionTableModel::ActionIdRole).toInt() == first);
    panel->statusFilter()->setCurrentIndex(0);
    panel->searchField()->setText(QStringLiteral("Nos Wener")); // the Welsh text is searched too
    CHECK(panel->proxy()->rowCount() == 1);
    panel->searchField()->clear();
    // Sort by due date.
    panel->view()->sortByColumn(ActionTableModel::Due, Qt::AscendingOrder);
    CHECK(panel->proxy()->index(0, 0).data(ActionTableModel::ActionIdRole).toInt() == second);
    panel->view()->sortByColumn(ActionTableModel::Due, Qt::DescendingOrder);
    CHECK(panel->proxy()->index(0, 0).data(ActionTableModel::ActionIdRole).toInt() == first);

    // Undo takes the second action away again.
    f.window.undoAction()->trigger();
    f.window.undoAction()->trigger();
    CHECK(f.session().actionPlan().action(second) == nullptr);
    CHECK(f.session().actionPlan().actions().size() == 1);
}

TEST_CASE("The timetable sets milestones and says what is due next")
{
    Fixture f;
    f.window.navigate(QStringLiteral("timetable"));
    TimetablePanel* panel = f.window.timetablePanel();
    panel->setToday(QDate(2024, 1, 10));
    MilestoneTableModel* model = panel->model();
    CHECK(model->rowCount() == 6); // Ceredigion is in Wales: the Welsh Ministers row is there
    auto rowOf = [&](MilestoneKind kind) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->entries()[row].kind == kind)
                return row;
        return -1;
    };
    REQUIRE(model->setData(
        model->index(rowOf(MilestoneKind::StrategyPublication), MilestoneTableModel::Due),
        QDate(2024, 1, 31)));
    CHECK(f.session().profile().milestone(MilestoneKind::StrategyPublication)->due ==
          QDate(2024, 1, 31));
    CHECK(panel->nextDueLabel()->text().contains(QStringLiteral("Strategy published")));
    CHECK(panel->nextDueLabel()->text().contains(QStringLiteral("days left: 21")));
    CHECK(model->index(rowOf(MilestoneKind::HomeOfficeSubmission), MilestoneTableModel::Latest)
              .data()
              .toString() == QStringLiteral("7 Feb 2024"));
    // A date in the future cannot be "done".
    CHECK_FALSE(model->setData(model->index(rowOf(MilestoneKind::Sna), MilestoneTableModel::Done),
                               QDate::currentDate().addDays(10)));
    f.window.undoAction()->trigger();
    CHECK(f.session().profile().milestone(MilestoneKind::StrategyPublication) == nullptr);
    CHECK(panel->nextDueLabel()->text().contains(QStringLiteral("Nothing is due")));
}

TEST_CASE("The checklist is computed as the project changes, and leads to what needs fixing")
{
    Fixture f;
    ChecklistPanel* panel = f.window.checklistPanel();
    f.window.workspace()->setCurrentWidget(panel);
    ChecklistModel* model = panel->model();
    // The default definition a new project records includes the required focus.
    REQUIRE(model->item(QStringLiteral("definition-youth-violence")));
    CHECK(model->item(QStringLiteral("definition-youth-violence"))->state ==
          ComplianceItem::State::Pass);
    CHECK(model->item(QStringLiteral("definition-excludes-terrorism"))->state ==
          ComplianceItem::State::Pass);
    CHECK(panel->summaryLabel()->text().startsWith(QStringLiteral("Required checks passing:")));

    // Writing a section passes its para-154 item.
    CHECK(model->item(QStringLiteral("strategy-154-k"))->state == ComplianceItem::State::Fail);
    f.session().editSectionText(DocumentKind::Strategy, QStringLiteral("scrutiny"), Lang::En,
                                QStringLiteral("The crime and disorder committee scrutinises."));
    CHECK(model->item(QStringLiteral("strategy-154-k"))->state == ComplianceItem::State::Pass);
    f.window.undoAction()->trigger();
    CHECK(model->item(QStringLiteral("strategy-154-k"))->state == ComplianceItem::State::Fail);

    // Activating an item goes to where it is fixed.
    panel->onlyFailing()->setChecked(true);
    QAbstractItemModel* shown = panel->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        CHECK(shown->index(row, 0).data(ChecklistModel::FailingRole).toBool());
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(ChecklistModel::IdRole).toString() ==
            QLatin1String("strategy-154-k"))
            Q_EMIT panel->view()->activated(shown->index(row, 1));
    }
    CHECK(f.window.workspace()->currentWidget() == f.editor());
    CHECK(f.editor()->currentSectionId() == QLatin1String("scrutiny"));
}

TEST_CASE("The profile records consultation dates and governance bodies, undoably")
{
    Fixture f;
    ProfilePanel* panel = f.window.profilePanel();
    AuthorityTableModel* authorities = panel->authorityModel();
    const int row = authorities->addAuthority();
    REQUIRE(row >= 0);
    REQUIRE(authorities->setData(authorities->index(row, AuthorityTableModel::Kind),
                                 QStringLiteral("prison")));
    REQUIRE(authorities->setData(authorities->index(row, AuthorityTableModel::Consulted),
                                 QDate(2023, 10, 3)));
    CHECK(f.session().profile().authorities[row].consultedOn == QDate(2023, 10, 3));
    // A second new authority gets a name of its own.
    const int next = authorities->addAuthority();
    CHECK(f.session().profile().authorities[next].name !=
          f.session().profile().authorities[row].name);
    // Names stay unique: a rename onto another name is refused with the reason.
    CHECK_FALSE(authorities->setData(authorities->index(next, AuthorityTableModel::Name),
                                     f.session().profile().authorities[row].name));
    CHECK(panel->problemLabel()->text().contains(QStringLiteral("twice")));

    GovernanceBodyModel* bodies = panel->governanceModel();
    const int body = bodies->addBody();
    REQUIRE(bodies->setData(bodies->index(body), QStringLiteral("Bwrdd Diogelwch Cymunedol")));
    CHECK(f.session().profile().governanceBodies ==
          QStringList{QStringLiteral("Bwrdd Diogelwch Cymunedol")});
    f.window.undoAction()->trigger();
    f.window.undoAction()->trigger();
    CHECK(f.session().profile().governanceBodies.isEmpty());
}

TEST_CASE("A translation pack goes out and comes back as one undoable step")
{
    Fixture f;
    f.session().editSectionText(DocumentKind::Strategy, QStringLiteral("delivery"), Lang::En,
                                QStringLiteral("We meet monthly."));
    const QString pack = f.scratch.path(QStringLiteral("pack.xlf"));
    auto written = TranslationPackController::exportTo(f.session(), pack, true);
    REQUIRE(written.ok());
    CHECK(written.value().needed >= 1);
    QString xml = QString::fromUtf8(fileBytes(pack));
    const qsizetype unit = xml.indexOf(QStringLiteral("id=\"strategy/delivery/body\""));
    REQUIRE(unit > 0);
    const qsizetype target = xml.indexOf(QStringLiteral("></target>"), unit);
    xml.insert(target + 1, QStringLiteral("Rydym yn cyfarfod yn fisol."));
    const QString returned = f.scratch.write(QStringLiteral("returned.xlf"), xml.toUtf8());
    auto report = TranslationPackController::importFrom(f.session(), returned);
    REQUIRE(report.ok());
    CHECK(report.value().updated == 1);
    CHECK(f.section(QStringLiteral("delivery")).translationStatus() == TranslationStatus::UpToDate);
    f.openEditor(QStringLiteral("delivery"));
    CHECK(f.editor()->editor(Lang::Cy)->toPlainText() ==
          QLatin1String("Rydym yn cyfarfod yn fisol."));
    f.window.undoAction()->trigger();
    CHECK(f.section(QStringLiteral("delivery")).body.cy.isEmpty());
}

TEST_CASE("Plan, glossary, profile and outline edits are autosaved with the documents")
{
    Fixture f;
    f.window.navigate(QStringLiteral("plan"));
    const int id = f.window.actionPlanPanel()->addAction();
    REQUIRE(id > 0);
    GlossaryTerm term;
    term.en = QStringLiteral("hub");
    term.cy = QStringLiteral("hyb");
    REQUIRE(f.session().editGlossary({term}, QStringLiteral("Add term")).ok());
    f.openEditor(QStringLiteral("actions"));
    const QString added = f.editor()->addSection(false);
    QTRY_VERIFY_WITH_TIMEOUT(!f.session().isModified(), ProjectSession::kAutosaveDelayMs + 5000);

    auto project = openProject(f.path);
    CHECK(ActionPlanStore(*project).load().value().actions().size() == 1);
    CHECK(GlossaryStore(*project).load().value().size() == 1);
    CHECK(DocumentStore(*project).load(DocumentKind::Strategy).value().section(added) != nullptr);
}

TEST_CASE("The writing panels switch to Welsh with the rest of the interface")
{
    Fixture f;
    f.window.setInterfaceLanguage(Lang::Cy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    CHECK(f.window.checklistPanel()->summaryLabel()->text().startsWith(
        QStringLiteral("Gwiriadau gofynnol")));
    CHECK(f.window.actionPlanPanel()
              ->model()
              ->headerData(ActionTableModel::Due, Qt::Horizontal)
              .toString() == QStringLiteral("Erbyn"));
    CHECK(f.window.workspace()->tabText(f.window.workspace()->indexOf(f.window.checklistPanel())) ==
          QStringLiteral("Rhestr wirio"));
    f.window.setInterfaceLanguage(Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    CHECK(f.window.workspace()->tabText(f.window.workspace()->indexOf(f.window.checklistPanel())) ==
          QStringLiteral("Checklist"));
}
