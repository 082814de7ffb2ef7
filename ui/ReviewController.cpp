#include "ReviewController.h"

#include "DocumentEditorPanel.h"
#include "ProjectSession.h"
#include "ReviewExportDialog.h"
#include "ReviewPanel.h"
#include "SignoffDialog.h"
#include "VersionsDialog.h"
#include "annotations/AnnotationImporter.h"
#include "foundation/AppSettings.h"
#include "project/Project.h"
#include "review/ReviewPackage.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace sna {

ReviewController::ReviewController(QMainWindow& window, DocumentEditorPanel& editor)
    : QObject(&window)
    , m_window(window)
    , m_editor(editor)
{
    m_panel = new ReviewPanel(&window);
    m_panel->setEditor(&editor);
    m_dock = new QDockWidget(&window);
    m_dock->setObjectName(QStringLiteral("ReviewDock"));
    m_dock->setWidget(m_panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_menu = new QMenu(&window);
    m_versions = m_menu->addAction(QString());
    m_versions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_menu->addSeparator();
    m_export = m_menu->addAction(QString());
    m_import = m_menu->addAction(QString());
    m_merge = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_signoff = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_menu->addAction(m_dock->toggleViewAction());
    connect(m_versions, &QAction::triggered, this, [this] { showVersions(); });
    connect(m_export, &QAction::triggered, this, [this] { showReviewExport(); });
    connect(m_import, &QAction::triggered, this, &ReviewController::chooseAndImport);
    connect(m_merge, &QAction::triggered, this, &ReviewController::chooseAndMerge);
    connect(m_signoff, &QAction::triggered, this, [this] { showSignoff(); });
    connect(m_panel, &ReviewPanel::navigateRequested, this, &ReviewController::navigateRequested);
    connect(m_panel, &ReviewPanel::commentsChanged, this, &ReviewController::reviewChanged);
    retranslate();
    updateActions();
}

void ReviewController::setSession(ProjectSession* session)
{
    delete m_versionsDialog;
    delete m_signoffDialog;
    m_session = session;
    m_reviewMode = session && ReviewPackage::isReviewPackage(session->project());
    m_panel->setSession(session);
    m_editor.setReadOnly(m_reviewMode);
    // A reviewer's file opens on the comments.
    if (m_reviewMode)
        m_dock->show();
    else if (!session)
        m_dock->hide();
    updateActions();
}

void ReviewController::updateActions()
{
    const bool analyst = m_session && !m_reviewMode;
    for (QAction* action : {m_versions, m_export, m_import, m_merge, m_signoff})
        action->setEnabled(analyst);
    m_dock->toggleViewAction()->setEnabled(m_session != nullptr);
}

void ReviewController::retranslate()
{
    m_menu->setTitle(tr("&Review"));
    m_versions->setText(tr("&Versions and Changes…"));
    m_export->setText(tr("&Export Review Copy…"));
    m_import->setText(tr("&Import Annotated PDF…"));
    m_merge->setText(tr("&Merge Reviewer’s File…"));
    m_signoff->setText(tr("&Sign-off…"));
    m_dock->setWindowTitle(tr("Review Comments"));
    // The menu command showing the dock, with an access key the dock's title must not show.
    m_dock->toggleViewAction()->setText(tr("Review &Comments"));
}

VersionsDialog* ReviewController::showVersions()
{
    if (!m_session)
        return nullptr;
    if (!m_versionsDialog) {
        m_versionsDialog = new VersionsDialog(*m_session, m_editor.currentDocument(), &m_window);
        m_versionsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_versionsDialog->show();
    m_versionsDialog->raise();
    return m_versionsDialog;
}

SignoffDialog* ReviewController::showSignoff()
{
    if (!m_session)
        return nullptr;
    if (!m_signoffDialog) {
        m_signoffDialog = new SignoffDialog(*m_session, &m_window);
        m_signoffDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signoffDialog, &QDialog::finished, this, &ReviewController::reviewChanged);
    }
    m_signoffDialog->refresh();
    m_signoffDialog->show();
    m_signoffDialog->raise();
    return m_signoffDialog;
}

ReviewExportDialog* ReviewController::showReviewExport()
{
    if (!m_session)
        return nullptr;
    auto* dialog = new ReviewExportDialog(*m_session, AppSettings().lastDirectory(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog] {
        AppSettings().setLastDirectory(QFileInfo(dialog->pdfPath()).absolutePath());
    });
    dialog->open();
    return dialog;
}

Result<AnnotationImportResult> ReviewController::importAnnotatedPdf(const QString& path)
{
    if (!m_session)
        return makeError(tr("Open a project first."));
    auto result = AnnotationImporter::import(m_session->project(), path);
    if (!result)
        return result;
    QString report = tr("Comments placed: %1").arg(result->placed.size());
    if (result->alreadyImported > 0)
        report +=
            QLatin1Char('\n') + tr("Already imported before: %1").arg(result->alreadyImported);
    report += QLatin1Char('\n') + tr("Not placed: %1").arg(result->unplaced.size());
    if (!result->unplaced.isEmpty())
        report += QLatin1Char('\n') +
                  tr("Comments that could not be placed are listed first in the review panel; "
                     "place each one with “Place in Section…”.");
    m_lastReport = report;
    m_panel->refresh();
    m_dock->show();
    m_dock->raise();
    Q_EMIT reviewChanged();
    return result;
}

Result<CommentImportCount> ReviewController::mergeReviewerFile(const QString& path)
{
    if (!m_session)
        return makeError(tr("Open a project first."));
    auto merged = ReviewPackage::mergeComments(m_session->project(), path);
    if (!merged)
        return merged;
    m_lastReport = tr("Comments merged: %1").arg(merged->added) + QLatin1Char('\n') +
                   tr("Already in the project: %1").arg(merged->alreadyPresent);
    m_panel->refresh();
    m_dock->show();
    m_dock->raise();
    Q_EMIT reviewChanged();
    return merged;
}

void ReviewController::chooseAndImport()
{
    AppSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Import Annotated PDF"),
                                     settings.lastDirectory(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    auto result = importAnnotatedPdf(path);
    if (!result) {
        QMessageBox::warning(&m_window, tr("Import Annotated PDF"), result.error().fullText());
        return;
    }
    QMessageBox::information(&m_window, tr("Import Annotated PDF"), m_lastReport);
}

void ReviewController::chooseAndMerge()
{
    AppSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Merge Reviewer’s File"),
                                     settings.lastDirectory(), tr("SNA Studio projects (*.sna)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    auto merged = mergeReviewerFile(path);
    if (!merged) {
        QMessageBox::warning(&m_window, tr("Merge Reviewer’s File"), merged.error().fullText());
        return;
    }
    QMessageBox::information(&m_window, tr("Merge Reviewer’s File"), m_lastReport);
}

} // namespace sna
