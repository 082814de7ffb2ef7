#pragma once

#include "document/Document.h"
#include "export/PublicationPack.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace sna {

class ActionPlanPanel;
class AppSettings;
class ChecklistPanel;
class DashboardPanel;
class GlossaryPanel;
class TimetablePanel;
class DatasetsPanel;
class AnalysisPanel;
class DataGapsPanel;
class DefinitionPanel;
class DocumentEditorPanel;
class ImportController;
class ImportWizard;
class IssuesPanel;
class PreviewDialog;
class DisclosureSettingsDialog;
class ProfilePanel;
class RecentProjectsMenu;
class ReviewController;
class UndoActions;
class ProjectSession;
class WelcomePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Status openProject(const QString& path);
    Status openDemo();
    void closeProject();
    Status saveProject();
    void importFile(const QString& path);
    // The import wizard, open (not modal-blocking) over the window; `path` preselects a file.
    ImportWizard* openImportWizard(const QString& path = QString());
    Status exportPdf(const QString& path, DocumentKind document, Lang lang, bool draft);
    // Publication (issue 7): the in-app preview and the publication pack.
    PreviewDialog* showPreview();
    // Settings ▸ Disclosure Control: open over the window (window-modal, not blocking).
    DisclosureSettingsDialog* showDisclosureSettings();
    Result<PackResult> writePublicationPack(const QString& folder, const PackOptions& options);
    void setInterfaceLanguage(Lang lang);

    ProjectSession* session() const { return m_session.get(); }
    ProfilePanel* profilePanel() const { return m_profile; }
    DatasetsPanel* datasetsPanel() const { return m_datasets; }
    DefinitionPanel* definitionPanel() const { return m_definition; }
    DataGapsPanel* dataGapsPanel() const { return m_gaps; }
    AnalysisPanel* analysisPanel() const { return m_analysis; }
    DashboardPanel* dashboardPanel() const { return m_dashboard; }
    DocumentEditorPanel* editorPanel() const { return m_editor; }
    IssuesPanel* issuesPanel() const { return m_issues; }
    ActionPlanPanel* actionPlanPanel() const { return m_plan; }
    TimetablePanel* timetablePanel() const { return m_timetable; }
    ChecklistPanel* checklistPanel() const { return m_checklist; }
    GlossaryPanel* glossaryPanel() const { return m_glossary; }
    ReviewController* reviewController() const { return m_review; }
    QAction* findAction() const { return m_find; }
    // Shows where a checklist item is fixed: "section:strategy:<id>", "profile", "plan" …
    void navigate(const QString& target);
    ImportController* importController() const { return m_import.get(); }
    QTabWidget* workspace() const { return m_workspace; }
    QAction* undoAction() const;
    QAction* redoAction() const;
    QMenu* fileMenu() const { return m_fileMenu; }
    QAction* previewAction() const { return m_preview; }
    QAction* packAction() const { return m_pack; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void setSession(std::unique_ptr<ProjectSession> session);
    void updateTitle();
    void updateRecentMenu();
    void showError(const QString& title, const Error& error);
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndImport();
    void chooseAndExport();
    void chooseAndWritePack();

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<ImportController> m_import;

    QStackedWidget* m_stack;
    WelcomePanel* m_welcome;
    QTabWidget* m_workspace;
    DashboardPanel* m_dashboard;
    DocumentEditorPanel* m_editor;
    DatasetsPanel* m_datasets;
    DefinitionPanel* m_definition;
    DataGapsPanel* m_gaps;
    AnalysisPanel* m_analysis;
    ProfilePanel* m_profile;
    IssuesPanel* m_issues;
    ActionPlanPanel* m_plan;
    TimetablePanel* m_timetable;
    ChecklistPanel* m_checklist;
    GlossaryPanel* m_glossary;
    ReviewController* m_review;
    QDockWidget* m_glossaryDock;
    QDockWidget* m_profileDock;
    QDockWidget* m_issuesDock;
    QLabel* m_saveState;

    QMenu* m_fileMenu = nullptr;
    RecentProjectsMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_openDemo = nullptr;
    QAction* m_save = nullptr;
    QAction* m_close = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_export = nullptr;
    QAction* m_exportPack = nullptr;
    QAction* m_importPack = nullptr;
    QAction* m_find = nullptr;
    QList<QAction*> m_tabActions;
    QAction* m_preview = nullptr;
    QAction* m_disclosure = nullptr;
    QAction* m_pack = nullptr;
    QPointer<PreviewDialog> m_previewDialog;
    QAction* m_quit = nullptr;
    UndoActions* m_undo = nullptr;
    QAction* m_english = nullptr;
    QAction* m_welsh = nullptr;
    QActionGroup* m_languages = nullptr;
    QAction* m_about = nullptr;
};

} // namespace sna
