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
#include "foundation/AppSettings.h"
#include "project/Project.h"
#include "review/CommentStore.h"
#include "review/ReviewPackage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
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

// A command as the user reaches it: through the menu bar, by the texts shown.
QAction* menuAction(MainWindow& window, const QString& menuTitle, const QString& text)
{
    for (QAction* entry : window.menuBar()->actions()) {
        if (!entry->menu() || entry->menu()->title() != menuTitle)
            continue;
        for (QAction* action : entry->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

// Answers the modal dialogs a menu command opens with exec(), which would otherwise block the
// test: each file dialog takes the next file given (none: Cancel), each message box is noted and
// closed with OK. Qt's own file dialog is used, never the platform's, so the test can reach it.
class ModalAnswers : public QObject {
public:
    struct Message {
        QMessageBox::Icon icon;
        QString title;
        QString text;
    };

    explicit ModalAnswers(QStringList files)
        : m_files(std::move(files))
        , m_hadAttribute(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs))
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
        connect(&m_poll, &QTimer::timeout, this, &ModalAnswers::answer);
        m_poll.start(10);
    }
    ~ModalAnswers() override
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, m_hadAttribute);
    }

    QStringList fileDialogTitles;
    QList<Message> messages;

private:
    void answer()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (auto* picker = qobject_cast<QFileDialog*>(modal)) {
            fileDialogTitles << picker->windowTitle();
            if (m_files.isEmpty()) {
                picker->reject();
                return;
            }
            // selectFile() leaves the name box alone while it has the focus (the user may be
            // typing), which it has once the window is active.
            if (QWidget* focus = picker->focusWidget())
                focus->clearFocus();
            picker->selectFile(m_files.takeFirst());
            // QFileDialog::accept() checks the file exists, as the Open button does.
            static_cast<QDialog*>(picker)->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            messages.append({box->icon(), box->windowTitle(), box->text()});
            box->button(QMessageBox::Ok)->click();
        } else {
            // Not expected: closed, so that the test fails rather than hangs.
            modal->close();
        }
    }

    QStringList m_files;
    bool m_hadAttribute;
    QTimer m_poll;
};

// The analyst's project with a review copy of it, and the reviewer's file that came with it.
void exportReviewCopy(const Scratch& scratch, const QString& pdf, const QString& package)
{
    auto project = reviewProject(scratch);
    ReviewRequest request;
    request.lang = Lang::En;
    request.packagePath = package;
    REQUIRE(ReviewCopyStore(*project).exportPdf(pdf, request, nullptr).ok());
}

qint64 commentCount(MainWindow& window)
{
    return scalar(window.session()->project(),
                  QStringLiteral("SELECT count(*) FROM review_comment"));
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

TEST_CASE("GUI Review menu: import an annotated PDF and merge a reviewer's file via the picker")
{
    Scratch scratch;
    const QString pdf = scratch.path(QStringLiteral("review.pdf"));
    const QString package = scratch.path(QStringLiteral("for-review.sna"));
    exportReviewCopy(scratch, pdf, package);
    const QString annotated = scratch.path(QStringLiteral("annotated/review-notes.pdf"));
    REQUIRE(QDir().mkpath(QFileInfo(annotated).absolutePath()));
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
                  QStringLiteral("Which board?")}});
    {
        auto reviewer = openProject(package);
        ReviewComment comment;
        comment.sectionId = QStringLiteral("delivery");
        comment.text = QStringLiteral("Who employs the coordinator?");
        comment.author = QStringLiteral("Rhian");
        REQUIRE(CommentStore(*reviewer).add(comment).ok());
    }

    MainWindow window;
    window.show();
    REQUIRE(window.openProject(scratch.path(QStringLiteral("p.sna"))).ok());
    ReviewController* review = window.reviewController();
    QAction* import =
        menuAction(window, QStringLiteral("&Review"), QStringLiteral("&Import Annotated PDF…"));
    QAction* merge =
        menuAction(window, QStringLiteral("&Review"), QStringLiteral("&Merge Reviewer’s File…"));
    REQUIRE(import);
    REQUIRE(merge);
    REQUIRE(import->isEnabled());
    CHECK_FALSE(review->dock()->isVisible());

    {
        ModalAnswers answers({annotated});
        import->trigger();
        CHECK(answers.fileDialogTitles == QStringList{QStringLiteral("Import Annotated PDF")});
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages[0].icon == QMessageBox::Information);
        CHECK(answers.messages[0].title == QStringLiteral("Import Annotated PDF"));
        CHECK(answers.messages[0].text.contains(QStringLiteral("Comments placed: 2")));
        CHECK(answers.messages[0].text.contains(QStringLiteral("Not placed: 0")));
    }
    CHECK(commentCount(window) == 2);
    CHECK(review->dock()->isVisible());
    REQUIRE(visibleRows(review->panel()) == 2);
    QStringList texts;
    for (const ReviewComment& comment : review->panel()->model()->all())
        texts << comment.text;
    texts.sort();
    CHECK(texts ==
          QStringList{QStringLiteral("Give the figures."), QStringLiteral("Which board?")});
    // The next picker opens where this file was found.
    CHECK(AppSettings().lastDirectory() == QFileInfo(annotated).absolutePath());

    {
        ModalAnswers answers({package});
        merge->trigger();
        CHECK(answers.fileDialogTitles == QStringList{QStringLiteral("Merge Reviewer’s File")});
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages[0].icon == QMessageBox::Information);
        CHECK(answers.messages[0].text.contains(QStringLiteral("Comments merged: 1")));
        CHECK(answers.messages[0].text.contains(QStringLiteral("Already in the project: 0")));
    }
    CHECK(commentCount(window) == 3);
    REQUIRE(visibleRows(review->panel()) == 3);
    bool merged = false;
    for (const ReviewComment& comment : review->panel()->model()->all())
        merged = merged || (comment.text == QLatin1String("Who employs the coordinator?") &&
                            comment.author == QLatin1String("Rhian"));
    CHECK(merged);
    CHECK(AppSettings().lastDirectory() == QFileInfo(package).absolutePath());
}

TEST_CASE("GUI Review menu: refused files and a cancelled picker change nothing")
{
    Scratch scratch;
    const QString package = scratch.path(QStringLiteral("for-review.sna"));
    exportReviewCopy(scratch, scratch.path(QStringLiteral("review.pdf")), package);
    {
        auto reviewer = openProject(package);
        ReviewComment comment;
        comment.sectionId = QStringLiteral("governance");
        comment.text = QStringLiteral("Name the board.");
        REQUIRE(CommentStore(*reviewer).add(comment).ok());
    }
    // An ordinary PDF of the strategy, not a review copy.
    const QString plain = scratch.path(QStringLiteral("strategy.pdf"));
    {
        auto project = openProject(scratch.path(QStringLiteral("p.sna")));
        PdfExportOptions options;
        options.lang = Lang::En;
        REQUIRE(PdfExporter(*project, nullptr).exportTo(plain, options).ok());
    }
    // The reviewer's file cut short in the post.
    const QString damaged = scratch.path(QStringLiteral("damaged-review.sna"));
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(fileBytes(package).left(3000));
    }

    MainWindow window;
    window.show();
    REQUIRE(window.openProject(scratch.path(QStringLiteral("p.sna"))).ok());
    ReviewController* review = window.reviewController();
    QAction* import =
        menuAction(window, QStringLiteral("&Review"), QStringLiteral("&Import Annotated PDF…"));
    QAction* merge =
        menuAction(window, QStringLiteral("&Review"), QStringLiteral("&Merge Reviewer’s File…"));
    REQUIRE(import);
    REQUIRE(merge);
    // One comment already there, which every refusal must leave alone.
    REQUIRE(review->panel()->addComment(DocumentKind::Strategy, kGovernance,
                                        QStringLiteral("Plain English?"), QStringLiteral("Ana"),
                                        QStringLiteral("Leicester City Council")));
    REQUIRE(commentCount(window) == 1);
    const bool modified = window.session()->isModified();
    const QString lastDirectory = AppSettings().lastDirectory();

    auto unchanged = [&] {
        CHECK(commentCount(window) == 1);
        CHECK(visibleRows(review->panel()) == 1);
        CHECK(window.session()->isModified() == modified);
    };

    SECTION("cancelling either picker does nothing and says nothing")
    {
        for (QAction* action : {import, merge}) {
            ModalAnswers answers({});
            action->trigger();
            CHECK(answers.fileDialogTitles.size() == 1);
            CHECK(answers.messages.isEmpty());
        }
        unchanged();
        CHECK(AppSettings().lastDirectory() == lastDirectory);
    }

    SECTION("a PDF that is not a review copy is refused with its name")
    {
        ModalAnswers answers({plain});
        import->trigger();
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages[0].icon == QMessageBox::Warning);
        CHECK(answers.messages[0].title == QStringLiteral("Import Annotated PDF"));
        CHECK(answers.messages[0].text.contains(QStringLiteral("strategy.pdf")));
        CHECK(answers.messages[0].text.contains(QStringLiteral("is not a review copy")));
        unchanged();
    }

    SECTION("a damaged reviewer's file is refused with its name")
    {
        ModalAnswers answers({damaged});
        merge->trigger();
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages[0].icon == QMessageBox::Warning);
        CHECK(answers.messages[0].title == QStringLiteral("Merge Reviewer’s File"));
        CHECK(answers.messages[0].text.contains(QStringLiteral("damaged-review.sna")));
        CHECK(answers.messages[0].text.contains(QStringLiteral("damaged")));
        unchanged();
    }

    SECTION("a merge failing halfway (disk full) is reported and taken back whole")
    {
        // Room for the comment's row but not for a long one after it.
        {
            auto reviewer = openProject(package);
            ReviewComment longer;
            longer.sectionId = QStringLiteral("delivery");
            longer.text = QString(4 * 1024 * 1024, QLatin1Char('x'));
            longer.createdAt = QDateTime::currentDateTimeUtc().addDays(1);
            REQUIRE(CommentStore(*reviewer).add(longer).ok());
        }
        Project& project = window.session()->project();
        const qint64 pages = scalar(project, QStringLiteral("PRAGMA page_count"));
        scalar(project, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8));
        ModalAnswers answers({package});
        merge->trigger();
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages[0].icon == QMessageBox::Warning);
        CHECK(answers.messages[0].text.contains(QStringLiteral("Could not save the comment")));
        CHECK(answers.messages[0].text.contains(QStringLiteral("full")));
        unchanged();
        scalar(project, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    }
}
