#pragma once

#include "foundation/Result.h"
#include "review/CommentStore.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace sna {

struct AnnotationImportResult;
class DocumentEditorPanel;
class ProjectSession;
class ReviewExportDialog;
class ReviewPanel;
class SignoffDialog;
class VersionsDialog;

// Offline review and sign-off in the main window: the Review menu, the review panel (a dock),
// and the dialogs for versions, review copies and sign-off. Kept out of MainWindow, which only
// hands it the session.
class ReviewController : public QObject {
    Q_OBJECT
public:
    ReviewController(QMainWindow& window, DocumentEditorPanel& editor);

    void setSession(ProjectSession* session);
    void retranslate();
    QMenu* menu() const { return m_menu; }
    QDockWidget* dock() const { return m_dock; }
    ReviewPanel* panel() const { return m_panel; }
    bool reviewMode() const { return m_reviewMode; }

    VersionsDialog* showVersions();
    SignoffDialog* showSignoff();
    ReviewExportDialog* showReviewExport();
    // Without dialogs (tests, drag and drop): the outcome is also shown in the panel.
    Result<AnnotationImportResult> importAnnotatedPdf(const QString& path);
    Result<CommentImportCount> mergeReviewerFile(const QString& path);
    QString lastReport() const { return m_lastReport; }

    QAction* versionsAction() const { return m_versions; }
    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }
    QAction* mergeAction() const { return m_merge; }
    QAction* signoffAction() const { return m_signoff; }

Q_SIGNALS:
    void navigateRequested(const QString& target);
    // Sign-off or comments changed: the checklist is computed again.
    void reviewChanged();

private:
    void chooseAndImport();
    void chooseAndMerge();
    void updateActions();

    QMainWindow& m_window;
    DocumentEditorPanel& m_editor;
    ProjectSession* m_session = nullptr;
    bool m_reviewMode = false;
    QString m_lastReport;
    QMenu* m_menu;
    QDockWidget* m_dock;
    ReviewPanel* m_panel;
    QAction* m_versions;
    QAction* m_export;
    QAction* m_import;
    QAction* m_merge;
    QAction* m_signoff;
    QPointer<VersionsDialog> m_versionsDialog;
    QPointer<SignoffDialog> m_signoffDialog;
};

} // namespace sna
