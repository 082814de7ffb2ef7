#include <catch2/catch.hpp>

#include "ReviewTestSupport.h"
#include "TestSupport.h"

#include "ChecklistPanel.h"
#include "CommentTableModel.h"
#include "DocumentEditorPanel.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ReviewController.h"
#include "ReviewExportDialog.h"
#include "ReviewPanel.h"
#include "SectionTextEdit.h"
#include "SignoffDialog.h"
#include "SignoffTableModel.h"
#include "VersionsDialog.h"
#include "annotations/AnnotationImporter.h"
#include "project/Project.h"
#include "review/CommentStore.h"
#include "review/ReviewPackage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace sna;
using namespace sna::test;

namespace {
const QString kGovernance = QStringLiteral("governance");

int visibleRows(ReviewPanel* panel)
{
    return panel->view()->model()->rowCount();
}
} // namespace

TEST_CASE("GUI review round trip: review copy, annotated PDF, resolve, versions, sign-off")
{
    Scratch scratch;
    reviewProject(scratch).reset();
    MainWindow window;
    window.show();
    ReviewController* review = window.reviewController();
    CHECK_FALSE(review->versionsAction()->isEnabled());
    REQUIRE(window.openProject(scratch.path(QStringLiteral("p.sna"))).ok());
    CHECK(review->versionsAction()->isEnabled());
    CHECK(review->exportAction()->isEnabled());

    // Export a review copy with the reviewer's file, through the dialog.
    ReviewExportDialog* exportDialog = review->showReviewExport();
    REQUIRE(exportDialog);
    const QString pdf = scratch.path(QStringLiteral("review.pdf"));
    exportDialog->pathEdit()->setText(pdf);
    exportDialog->languageChoice()->setCurrentIndex(0); // English
    exportDialog->packageCheck()->setChecked(true);
    auto copy = exportDialog->exportNow();
    REQUIRE(copy.ok());
    exportDialog->close();
    CHECK(readPdf(pdf).all().contains(copy->id));
    CHECK(QFileInfo::exists(scratch.path(QStringLiteral("review-review.sna"))));

    // Annotated elsewhere, imported: the comments appear in the panel by section.
    const QString annotated = scratch.path(QStringLiteral("annotated.pdf"));
    annotatePdf(pdf, annotated,
                {{TestAnnotation::Kind::Highlight,
                  QStringLiteral("knife"),
                  QStringLiteral("crime"),
                  {},
                  -1,
                  QStringLiteral("Give the figures.")},
                 {TestAnnotation::Kind::Note,
                  QStringLiteral("oversees"),
                  {},
                  {},
                  -1,
                  QStringLiteral("Which board?"),
                  QStringLiteral("Dana")},
                 {TestAnnotation::Kind::Note,
                  {},
                  {},
                  QPointF(0.5, 0.6),
                  0,
                  QStringLiteral("Add the logo.")}});
    auto imported = review->importAnnotatedPdf(annotated);
    REQUIRE(imported.ok());
    CHECK(review->lastReport().contains(QStringLiteral("Comments placed: 2")));
    CHECK(review->lastReport().contains(QStringLiteral("Not placed: 1")));
    ReviewPanel* panel = review->panel();
    CHECK(review->dock()->isVisible());
    REQUIRE(visibleRows(panel) == 3);
    // By section: the unplaced one first, then in document order.
    const QAbstractItemModel* rows = panel->view()->model();
    CHECK(rows->index(0, CommentTableModel::SectionColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Not placed (page 1)")));
    CHECK(rows->index(1, CommentTableModel::SectionColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Executive summary")));
    CHECK(rows->index(2, CommentTableModel::SectionColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Governance")));
    CHECK(rows->index(2, CommentTableModel::Reviewer).data().toString() == QStringLiteral("Dana"));
    panel->groupChoice()->setCurrentIndex(1); // by reviewer
    CHECK(rows->index(0, CommentTableModel::Reviewer).data().toString() == QStringLiteral("Dana"));
    panel->groupChoice()->setCurrentIndex(0);

    // The thread, a reply and resolving.
    const qint64 figures = imported->placed[0].text == QLatin1String("Give the figures.")
                               ? imported->placed[0].id
                               : imported->placed[1].id;
    REQUIRE(panel->selectComment(figures));
    CHECK(panel->thread()->toPlainText().contains(QStringLiteral("knife crime")));
    REQUIRE(
        panel->replyTo(figures, QStringLiteral("Added to table 2."), QStringLiteral("Ana"), {}));
    REQUIRE(panel->selectComment(figures));
    CHECK(panel->thread()->toPlainText().contains(QStringLiteral("Added to table 2.")));
    CHECK(panel->resolveButton()->text() == QStringLiteral("Resolve"));
    panel->resolveButton()->click();
    CHECK(visibleRows(panel) == 2); // open comments only
    panel->showChoice()->setCurrentIndex(1);
    CHECK(visibleRows(panel) == 3);
    REQUIRE(panel->selectComment(figures));
    CHECK(panel->resolveButton()->text() == QStringLiteral("Reopen"));
    panel->showChoice()->setCurrentIndex(0);

    // The unplaced annotation is placed by hand.
    REQUIRE(
        panel->place(imported->unplaced[0].id, DocumentKind::Strategy, QStringLiteral("delivery")));
    CHECK(CommentStore(window.session()->project()).find(imported->unplaced[0].id)->sectionId ==
          QStringLiteral("delivery"));

    // A comment on words selected in the editor.
    window.navigate(QStringLiteral("section:strategy:governance"));
    REQUIRE(panel->addComment(DocumentKind::Strategy, kGovernance, QStringLiteral("Plain English?"),
                              QStringLiteral("Ana"), QStringLiteral("Leicester City Council"),
                              QStringLiteral("independent evaluation"), QStringLiteral("en")));
    const ReviewComment* added = nullptr;
    for (const ReviewComment& c : panel->model()->all())
        if (c.text == QLatin1String("Plain English?"))
            added = &c;
    REQUIRE(added);
    CHECK(added->rangeStart > 0);

    // Versions: save, change, compare with highlighting, restore (undoable).
    VersionsDialog* versions = review->showVersions();
    REQUIRE(versions);
    REQUIRE(versions->saveVersion(QStringLiteral("Draft 1")).ok());
    CHECK_FALSE(versions->saveVersion(QStringLiteral("Draft 1")).ok());
    const QString original =
        window.session()->document(DocumentKind::Strategy).section(kGovernance)->body.en;
    window.session()->editSectionText(DocumentKind::Strategy, kGovernance, Lang::En,
                                      QStringLiteral("The board oversees outcomes quarterly."));
    versions->compare(QStringLiteral("Draft 1"), QString());
    CHECK(versions->summary()->text() ==
          QStringLiteral("Sections changed: 1 of %1").arg(versions->diffs().size()));
    REQUIRE(versions->selectSection(kGovernance));
    versions->setLanguage(Lang::En);
    const QString html = versions->diffHtml();
    CHECK(html.contains(QStringLiteral("line-through\">and commissions an independent evaluation "
                                       "annually")));
    CHECK(html.contains(QStringLiteral("underline\">quarterly")));
    CHECK(versions->restoreButton()->isEnabled());
    REQUIRE(versions->restoreSelected());
    CHECK(window.session()->document(DocumentKind::Strategy).section(kGovernance)->body.en ==
          original);
    CHECK(versions->summary()->text().startsWith(QStringLiteral("Sections changed: 0")));
    window.session()->undoStack()->undo();
    CHECK(window.session()->document(DocumentKind::Strategy).section(kGovernance)->body.en ==
          QStringLiteral("The board oversees outcomes quarterly."));
    window.session()->undoStack()->redo();
    versions->close();

    // Sign-off through the dialog; the checklist shows it.
    SignoffDialog* signoff = review->showSignoff();
    REQUIRE(signoff);
    CHECK(signoff->statusLabel()->text().contains(QStringLiteral("awaits sign-off")));
    CHECK(signoff->authorityChoice()->count() == 3); // not the prison: it is consulted
    for (int i = 0; i < signoff->authorityChoice()->count(); ++i) {
        signoff->authorityChoice()->setCurrentIndex(i);
        signoff->versionChoice()->setCurrentText(QStringLiteral("Draft 1"));
        signoff->byEdit()->setText(QStringLiteral("Officer %1").arg(i + 1));
        signoff->recordButton()->click();
    }
    CHECK(signoff->model()->rowCount() == 3);
    CHECK(signoff->statusLabel()->text().contains(QStringLiteral("signed off by every")));
    signoff->close();
    window.checklistPanel()->refresh();
    const ComplianceItem* item = window.checklistPanel()->model()->item(QStringLiteral("signoff"));
    REQUIRE(item);
    CHECK(item->state == ComplianceItem::State::Pass);
}

TEST_CASE("GUI review mode: a reviewer's file is read-only but takes comments")
{
    Scratch scratch;
    {
        auto project = reviewProject(scratch);
        ReviewRequest request;
        request.lang = Lang::Cy;
        request.packagePath = scratch.path(QStringLiteral("for-review.sna"));
        REQUIRE(ReviewCopyStore(*project)
                    .exportPdf(scratch.path(QStringLiteral("r.pdf")), request, nullptr)
                    .ok());
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(scratch.path(QStringLiteral("for-review.sna"))).ok());
    ReviewController* review = window.reviewController();
    CHECK(review->reviewMode());
    CHECK(window.windowTitle().contains(QStringLiteral("(review copy)")));
    CHECK(review->dock()->isVisible());
    CHECK_FALSE(review->versionsAction()->isEnabled());
    CHECK_FALSE(review->importAction()->isEnabled());
    DocumentEditorPanel* editor = window.editorPanel();
    window.navigate(QStringLiteral("section:strategy:governance"));
    CHECK(editor->isReadOnly());
    CHECK(editor->editor(Lang::En)->isReadOnly());
    CHECK(editor->editor(Lang::Cy)->isReadOnly());
    CHECK(editor->titleEdit(Lang::En)->isReadOnly());
    // Typing changes nothing.
    editor->editor(Lang::En)->setFocus();
    editor->editor(Lang::En)->selectAll();
    editor->editor(Lang::En)->toggleBold();
    CHECK_FALSE(window.session()->isModified());
    // Comments are allowed, on the selected words.
    REQUIRE(review->panel()->addComment(DocumentKind::Strategy, kGovernance,
                                        QStringLiteral("Name the board."), QStringLiteral("Rhian"),
                                        QStringLiteral("Leicester City Council")));
    CHECK(review->panel()->model()->rowCount() == 1);
    window.closeProject();

    // Back in the analyst's project, the comment is merged.
    REQUIRE(window.openProject(scratch.path(QStringLiteral("p.sna"))).ok());
    CHECK_FALSE(window.reviewController()->reviewMode());
    CHECK_FALSE(window.editorPanel()->editor(Lang::En)->isReadOnly());
    auto merged = review->mergeReviewerFile(scratch.path(QStringLiteral("for-review.sna")));
    REQUIRE(merged.ok());
    CHECK(merged->added == 1);
    CHECK(review->panel()->model()->rowCount() == 1);
    auto refused = review->importAnnotatedPdf(scratch.write(QStringLiteral("x.pdf"), "nothing"));
    REQUIRE_FALSE(refused.ok());
}
