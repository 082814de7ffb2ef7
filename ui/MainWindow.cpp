#include "MainWindow.h"

#include "ActionPlanPanel.h"
#include "AnalysisPanel.h"
#include "ChecklistPanel.h"
#include "DashboardPanel.h"
#include "DataGapsPanel.h"
#include "DatasetsPanel.h"
#include "DefinitionPanel.h"
#include "DisclosureSettingsDialog.h"
#include "DocumentEditorPanel.h"
#include "EmbeddedItemsWidget.h"
#include "GlossaryPanel.h"
#include "ImportController.h"
#include "ImportWizard.h"
#include "IssuesPanel.h"
#include "NewProjectDialog.h"
#include "PdfExportController.h"
#include "PreviewDialog.h"
#include "ProfilePanel.h"
#include "ProjectSession.h"
#include "PublicationPackDialog.h"
#include "RecentProjectsMenu.h"
#include "ReviewController.h"
#include "SectionTextEdit.h"
#include "TimetablePanel.h"
#include "TranslationPackController.h"
#include "UndoActions.h"
#include "WelcomePanel.h"
#include "charts/QtChartPainter.h"

#include "demo/DemoProject.h"
#include "foundation/AppSettings.h"
#include "foundation/BuildInfo.h"
#include "foundation/UiLanguage.h"
#include "project/Project.h"
#include "project/ProjectFactory.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>

namespace sna {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_welcome = new WelcomePanel(this);
    m_workspace = new QTabWidget(this);
    m_dashboard = new DashboardPanel(m_workspace);
    m_editor = new DocumentEditorPanel(m_workspace);
    m_datasets = new DatasetsPanel(m_workspace);
    m_definition = new DefinitionPanel(m_workspace);
    m_gaps = new DataGapsPanel(m_workspace);
    m_analysis = new AnalysisPanel(m_workspace);
    m_plan = new ActionPlanPanel(m_workspace);
    m_timetable = new TimetablePanel(m_workspace);
    m_checklist = new ChecklistPanel(m_workspace);
    m_workspace->addTab(m_dashboard, QString());
    m_workspace->addTab(m_analysis, QString());
    m_workspace->addTab(m_definition, QString());
    m_workspace->addTab(m_datasets, QString());
    m_workspace->addTab(m_gaps, QString());
    m_workspace->addTab(m_editor, QString());
    m_workspace->addTab(m_plan, QString());
    m_workspace->addTab(m_timetable, QString());
    m_workspace->addTab(m_checklist, QString());
    connect(m_analysis, &AnalysisPanel::addToSnaRequested, this, [this](const EmbeddedItem& item) {
        m_editor->items()->addItem(item);
        m_workspace->setCurrentWidget(m_editor);
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    m_profile = new ProfilePanel(this);
    m_profileDock = new QDockWidget(this);
    m_profileDock->setObjectName(QStringLiteral("ProfileDock"));
    m_profileDock->setWidget(m_profile);
    addDockWidget(Qt::LeftDockWidgetArea, m_profileDock);
    m_issues = new IssuesPanel(this);
    m_issuesDock = new QDockWidget(this);
    m_issuesDock->setObjectName(QStringLiteral("IssuesDock"));
    m_issuesDock->setWidget(m_issues);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    m_glossary = new GlossaryPanel(this);
    m_glossaryDock = new QDockWidget(this);
    m_glossaryDock->setObjectName(QStringLiteral("GlossaryDock"));
    m_glossaryDock->setWidget(m_glossary);
    addDockWidget(Qt::LeftDockWidgetArea, m_glossaryDock);
    tabifyDockWidget(m_profileDock, m_glossaryDock);
    m_review = new ReviewController(*this, *m_editor);
    tabifyDockWidget(m_issuesDock, m_review->dock());

    m_saveState = new QLabel(this);
    statusBar()->addPermanentWidget(m_saveState);

    createActions();
    createMenus();

    connect(m_welcome, &WelcomePanel::newRequested, this, &MainWindow::chooseAndCreate);
    connect(m_welcome, &WelcomePanel::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePanel::demoRequested, this, [this] {
        if (auto s = openDemo(); !s)
            showError(tr("Open the demo project"), s.error());
    });
    connect(m_welcome, &WelcomePanel::recentRequested, this, [this](const QString& path) {
        if (auto s = openProject(path); !s)
            showError(tr("Open project"), s.error());
    });
    connect(m_datasets, &DatasetsPanel::importRequested, this, &MainWindow::chooseAndImport);
    connect(m_datasets, &DatasetsPanel::problem, this, [this](const QString& text) {
        m_issues->model()->add(IssueListModel::Severity::Error, text);
    });
    connect(m_checklist, &ChecklistPanel::navigateRequested, this, &MainWindow::navigate);
    connect(m_review, &ReviewController::navigateRequested, this, &MainWindow::navigate);
    connect(m_review, &ReviewController::reviewChanged, m_checklist, &ChecklistPanel::refresh);
    // The glossary and the profile share the side: the glossary comes forward for writing.
    connect(m_workspace, &QTabWidget::currentChanged, this, [this] {
        if (tabifiedDockWidgets(m_profileDock).contains(m_glossaryDock))
            (m_workspace->currentWidget() == m_editor ? m_glossaryDock : m_profileDock)->raise();
    });
    connect(m_editor, &DocumentEditorPanel::sectionShown, m_glossary, &GlossaryPanel::setSection);
    connect(m_glossary, &GlossaryPanel::insertRequested, this, [this](const QString& welsh) {
        m_workspace->setCurrentWidget(m_editor);
        m_editor->editor(Lang::Cy)->insertPlainText(welsh);
        m_editor->editor(Lang::Cy)->setFocus();
    });

    resize(1280, 820);
    resizeDocks({m_profileDock}, {340}, Qt::Horizontal);
    resizeDocks({m_issuesDock}, {120}, Qt::Vertical);
    restoreGeometry(m_settings->mainWindowGeometry());
    restoreState(m_settings->mainWindowState());
    setSession(nullptr);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // Panels and models are children destroyed after our members: detach them from the
    // session before it goes.
    setSession(nullptr);
}

void MainWindow::createActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::chooseAndCreate);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_openDemo = new QAction(this);
    connect(m_openDemo, &QAction::triggered, this, [this] {
        if (auto s = openDemo(); !s)
            showError(tr("Open the demo project"), s.error());
    });
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] {
        if (auto s = saveProject(); !s)
            showError(tr("Save"), s.error());
    });
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeProject);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseAndImport);
    m_export = new QAction(this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::chooseAndExport);
    m_preview = new QAction(this);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_preview, &QAction::triggered, this, &MainWindow::showPreview);
    m_disclosure = new QAction(this);
    connect(m_disclosure, &QAction::triggered, this, &MainWindow::showDisclosureSettings);
    m_pack = new QAction(this);
    connect(m_pack, &QAction::triggered, this, &MainWindow::chooseAndWritePack);
    m_exportPack = new QAction(this);
    connect(m_exportPack, &QAction::triggered, this, [this] {
        if (m_session)
            TranslationPackController::chooseAndExport(*m_session, *m_settings, this);
    });
    m_importPack = new QAction(this);
    connect(m_importPack, &QAction::triggered, this, [this] {
        if (m_session)
            TranslationPackController::chooseAndImport(*m_session, *m_settings, this);
    });
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_workspace->setCurrentWidget(m_editor);
        m_editor->startFind();
    });
    // Ctrl+1, Ctrl+2 … go to the tabs.
    for (int tab = 0; tab < m_workspace->count() && tab < 9; ++tab) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] {
            if (m_session)
                m_workspace->setCurrentIndex(tab);
        });
        m_tabActions << action;
    }
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = new UndoActions(this);

    m_languages = new QActionGroup(this);
    m_english = new QAction(QStringLiteral("English"), m_languages);
    m_welsh = new QAction(QStringLiteral("Cymraeg"), m_languages);
    for (QAction* action : {m_welsh, m_english})
        action->setCheckable(true);
    connect(m_english, &QAction::triggered, this, [this] { setInterfaceLanguage(Lang::En); });
    connect(m_welsh, &QAction::triggered, this, [this] { setInterfaceLanguage(Lang::Cy); });

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About SNA Studio"),
                           tr("<p><b>SNA Studio %1</b></p><p>Strategic needs assessments and "
                              "serious violence strategies for partnerships in England and "
                              "Wales, in English and Welsh.</p><p>Your data stays on this "
                              "computer.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = new RecentProjectsMenu(*m_settings, m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentProjectsMenu::openRequested, this, [this](const QString& path) {
        if (auto s = openProject(path); !s) {
            showError(tr("Open project"), s.error());
            m_settings->removeRecentProject(path);
            updateRecentMenu();
        }
    });
    m_fileMenu->addAction(m_openDemo);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_preview);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_pack);
    m_fileMenu->addAction(m_exportPack);
    m_fileMenu->addAction(m_importPack);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo->undo());
    m_editMenu->addAction(m_undo->redo());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_profileDock->toggleViewAction());
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());
    m_viewMenu->addAction(m_glossaryDock->toggleViewAction());
    m_viewMenu->addSeparator();
    for (QAction* action : std::as_const(m_tabActions))
        m_viewMenu->addAction(action);

    menuBar()->addMenu(m_review->menu());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addAction(m_welsh);
    m_languageMenu->addAction(m_english);
    m_settingsMenu->addAction(m_disclosure);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New Project…"));
    m_open->setText(tr("&Open Project…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_openDemo->setText(tr("Open &Demo Project"));
    m_save->setText(tr("&Save"));
    m_close->setText(tr("&Close Project"));
    m_importAction->setText(tr("&Import Data…"));
    m_export->setText(tr("&Export…"));
    m_preview->setText(tr("Pre&view…"));
    m_pack->setText(tr("&Publication Pack…"));
    m_exportPack->setText(tr("Export &Translation Pack…"));
    m_importPack->setText(tr("Import Translation Pac&k…"));
    m_find->setText(tr("&Find in Document…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("Se&ttings"));
    m_languageMenu->setTitle(tr("Interface &Language"));
    m_disclosure->setText(tr("&Disclosure Control…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About SNA Studio"));
    m_profileDock->setWindowTitle(tr("Partnership"));
    m_issuesDock->setWindowTitle(tr("Issues"));
    m_workspace->setTabText(m_workspace->indexOf(m_dashboard), tr("Overview"));
    m_workspace->setTabText(m_workspace->indexOf(m_definition), tr("Definition"));
    m_workspace->setTabText(m_workspace->indexOf(m_datasets), tr("Data"));
    m_workspace->setTabText(m_workspace->indexOf(m_gaps), tr("Data gaps"));
    m_workspace->setTabText(m_workspace->indexOf(m_analysis), tr("Analysis"));
    m_workspace->setTabText(m_workspace->indexOf(m_editor), tr("Documents"));
    m_workspace->setTabText(m_workspace->indexOf(m_plan), tr("Action plan"));
    m_workspace->setTabText(m_workspace->indexOf(m_timetable), tr("Timetable"));
    m_workspace->setTabText(m_workspace->indexOf(m_checklist), tr("Checklist"));
    m_glossaryDock->setWindowTitle(tr("Glossary"));
    // After the titles: a dock resets its action's text when its title changes.
    m_profileDock->toggleViewAction()->setText(tr("&Partnership"));
    m_issuesDock->toggleViewAction()->setText(tr("&Issues"));
    m_glossaryDock->toggleViewAction()->setText(tr("&Glossary"));
    for (int tab = 0; tab < m_tabActions.size(); ++tab)
        m_tabActions[tab]->setText(m_workspace->tabText(tab));
    const Lang current = UiLanguage::instance().current();
    m_welsh->setChecked(current == Lang::Cy);
    m_english->setChecked(current == Lang::En);
    m_undo->retranslate();
    m_review->retranslate();
    updateTitle();
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setInterfaceLanguage(Lang lang)
{
    m_settings->setUiLanguage(lang);
    UiLanguage::instance().apply(lang); // every widget receives LanguageChange
}

void MainWindow::setSession(std::unique_ptr<ProjectSession> session)
{
    m_import.reset();
    m_profile->setSession(nullptr);
    m_datasets->setSession(nullptr);
    m_definition->setSession(nullptr);
    m_gaps->setSession(nullptr);
    m_analysis->setSession(nullptr);
    m_dashboard->setSession(nullptr);
    m_editor->setSession(nullptr);
    m_plan->setSession(nullptr);
    m_timetable->setSession(nullptr);
    m_checklist->setSession(nullptr);
    m_glossary->setSession(nullptr);
    m_review->setSession(nullptr);
    m_session = std::move(session); // the old session saves pending edits as it goes

    ProjectSession* current = m_session.get();
    m_profile->setSession(current);
    m_datasets->setSession(current);
    m_definition->setSession(current);
    m_gaps->setSession(current);
    m_analysis->setSession(current);
    m_dashboard->setSession(current);
    m_editor->setSession(current);
    m_plan->setSession(current);
    m_timetable->setSession(current);
    m_checklist->setSession(current);
    m_glossary->setSession(current);
    m_review->setSession(current);
    if (current)
        m_glossary->setSection(m_editor->currentDocument(), m_editor->currentSectionId());
    m_stack->setCurrentWidget(current ? static_cast<QWidget*>(m_workspace) : m_welcome);
    m_profileDock->setVisible(current != nullptr); // nothing to show before a project is open
    m_glossaryDock->setVisible(current != nullptr);
    for (QAction* action : {m_save, m_close, m_importAction, m_export, m_preview, m_pack,
                            m_exportPack, m_importPack, m_find, m_disclosure})
        action->setEnabled(current != nullptr);
    delete m_previewDialog; // it shows the project that is going
    m_undo->setStack(current ? current->undoStack() : nullptr);

    if (current) {
        m_import = std::make_unique<ImportController>(*current, this);
        connect(m_import.get(), &ImportController::imported, this,
                [this](const ImportReport& report) {
                    const QString text = tr("Imported “%1”: %2 rows read, %3 stored, %4 rejected.")
                                             .arg(report.fileName)
                                             .arg(QLocale().toString(report.rowsRead))
                                             .arg(QLocale().toString(report.rowsStored))
                                             .arg(QLocale().toString(report.rowsRejected));
                    statusBar()->showMessage(text, 8000);
                    m_issues->model()->add(report.rowsRejected > 0
                                               ? IssueListModel::Severity::Warning
                                               : IssueListModel::Severity::Information,
                                           text);
                });
        connect(m_import.get(), &ImportController::failed, this, [this](const QString& message) {
            QMessageBox::critical(this, tr("Import data"), message);
        });
        connect(m_import.get(), &ImportController::wizardRequested, this,
                [this](const QString& path) { openImportWizard(path); });
        connect(current->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
        connect(current->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
        connect(current, &ProjectSession::profileChanged, this, &MainWindow::updateTitle);
        connect(current, &ProjectSession::saveFailed, this, [this](const QString& message) {
            m_issues->model()->add(IssueListModel::Severity::Error,
                                   tr("Autosave failed: %1").arg(message));
        });
        m_settings->addRecentProject(current->path());
        if (!current->project().upgradeBackupPath().isEmpty()) {
            m_issues->model()->add(
                IssueListModel::Severity::Information,
                tr("This project was upgraded to the current file format. A "
                   "copy of the original is at %1.")
                    .arg(QDir::toNativeSeparators(current->project().upgradeBackupPath())));
        }
    }
    updateTitle();
    updateRecentMenu();
}

void MainWindow::updateTitle()
{
    const bool modified = m_session && m_session->isModified();
    if (m_session) {
        setWindowTitle(m_review->reviewMode()
                           ? tr("%1 (review copy)[*] — SNA Studio").arg(m_session->profile().name)
                           : tr("%1[*] — SNA Studio").arg(m_session->profile().name));
        m_saveState->setText(modified ? tr("Unsaved changes") : tr("All changes saved"));
    } else {
        setWindowTitle(tr("SNA Studio"));
        m_saveState->clear();
    }
    setWindowModified(modified);
}

void MainWindow::navigate(const QString& target)
{
    if (!m_session)
        return;
    if (target.startsWith(QLatin1String("section:"))) {
        const auto kind = documentKindFromId(target.section(QLatin1Char(':'), 1, 1));
        m_workspace->setCurrentWidget(m_editor);
        m_editor->showSection(kind.value_or(DocumentKind::Strategy),
                              target.section(QLatin1Char(':'), 2));
    } else if (target == QLatin1String("profile")) {
        m_profileDock->show();
        m_profileDock->raise();
        m_profile->setFocus();
    } else if (target == QLatin1String("timetable")) {
        m_workspace->setCurrentWidget(m_timetable);
    } else if (target == QLatin1String("plan")) {
        m_workspace->setCurrentWidget(m_plan);
    } else if (target == QLatin1String("definition")) {
        m_workspace->setCurrentWidget(m_definition);
    } else if (target == QLatin1String("signoff")) {
        m_review->showSignoff();
    }
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = m_settings->recentProjects();
    m_welcome->setRecentProjects(recent);
    if (m_recentMenu)
        m_recentMenu->refresh();
}

void MainWindow::showError(const QString& title, const Error& error)
{
    QMessageBox box(QMessageBox::Critical, title, error.message, QMessageBox::Ok, this);
    if (!error.details.isEmpty())
        box.setDetailedText(error.details.join(QLatin1Char('\n')));
    box.exec();
}

QAction* MainWindow::undoAction() const
{
    return m_undo->undo();
}

QAction* MainWindow::redoAction() const
{
    return m_undo->redo();
}

Status MainWindow::openProject(const QString& path)
{
    auto session = ProjectSession::open(path);
    if (!session)
        return session.error();
    setSession(std::move(session.value()));
    return {};
}

Status MainWindow::openDemo()
{
    auto path = DemoProject::ensure();
    if (!path)
        return path.error();
    return openProject(path.value());
}

void MainWindow::closeProject()
{
    if (m_session && m_session->isModified()) {
        if (auto s = m_session->save(); !s) {
            showError(tr("Save"), s.error());
            return; // keep the project open rather than lose the edits
        }
    }
    setSession(nullptr);
}

Status MainWindow::saveProject()
{
    if (!m_session)
        return {};
    auto saved = m_session->save();
    if (saved)
        statusBar()->showMessage(tr("Saved."), 3000);
    return saved;
}

void MainWindow::chooseAndOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project"), m_settings->lastDirectory(),
                                     tr("SNA Studio projects (*.sna);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    if (auto s = openProject(path); !s)
        showError(tr("Open project"), s.error());
}

void MainWindow::chooseAndCreate()
{
    NewProjectDialog dialog(m_settings->lastDirectory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto project = ProjectFactory::create(dialog.filePath(), dialog.profile());
    if (!project) {
        showError(tr("New project"), project.error());
        return;
    }
    project.value().reset(); // close it; the session reopens it
    m_settings->setLastDirectory(QFileInfo(dialog.filePath()).absolutePath());
    if (auto s = openProject(dialog.filePath()); !s)
        showError(tr("Open project"), s.error());
}

void MainWindow::importFile(const QString& path)
{
    if (m_import)
        m_import->start(path);
}

ImportWizard* MainWindow::openImportWizard(const QString& path)
{
    if (!m_session)
        return nullptr;
    auto* wizard = new ImportWizard(*m_session, this, path);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](const ImportReport& report) {
        const QString text = tr("Imported “%1”: %2 rows read, %3 stored, %4 rejected.")
                                 .arg(report.fileName)
                                 .arg(QLocale().toString(report.rowsRead))
                                 .arg(QLocale().toString(report.rowsStored))
                                 .arg(QLocale().toString(report.rowsRejected));
        statusBar()->showMessage(text, 8000);
        m_issues->model()->add(report.rowsRejected > 0 ? IssueListModel::Severity::Warning
                                                       : IssueListModel::Severity::Information,
                               text);
    });
    wizard->open();
    return wizard;
}

void MainWindow::chooseAndImport()
{
    openImportWizard();
}

Status MainWindow::exportPdf(const QString& path, DocumentKind document, Lang lang, bool draft)
{
    if (!m_session)
        return makeError(tr("No project is open."));
    auto written = PdfExportController::exportPdf(*m_session, path, document, lang, draft);
    if (!written)
        return written.error();
    statusBar()->showMessage(tr("Exported “%1” (%2 pages).")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(written.value().pageCount),
                             8000);
    return {};
}

void MainWindow::chooseAndExport()
{
    if (!m_session)
        return;
    auto written = PdfExportController::chooseAndExport(*m_session, *m_settings, this);
    if (!written)
        showError(tr("Export"), written.error());
}

PreviewDialog* MainWindow::showPreview()
{
    if (!m_session)
        return nullptr;
    if (!m_previewDialog) {
        m_previewDialog = new PreviewDialog(*m_session, this);
        m_previewDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_previewDialog->show();
    m_previewDialog->raise();
    m_previewDialog->refresh();
    return m_previewDialog;
}

DisclosureSettingsDialog* MainWindow::showDisclosureSettings()
{
    if (!m_session)
        return nullptr;
    auto* dialog = new DisclosureSettingsDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Result<PackResult> MainWindow::writePublicationPack(const QString& folder,
                                                    const PackOptions& options)
{
    if (!m_session)
        return makeError(tr("No project is open."));
    QtChartPainter charts;
    const PublicationContent content =
        PdfExportController::contentOf(*m_session, PublicationKind::Strategy);
    auto written = PublicationPack::write(folder, content, m_session->document(DocumentKind::Sna),
                                          options, &charts);
    if (written)
        statusBar()->showMessage(
            tr("Publication pack saved in “%1”.").arg(QDir::toNativeSeparators(folder)), 8000);
    return written;
}

void MainWindow::chooseAndWritePack()
{
    if (!m_session)
        return;
    const QString base = QFileInfo(m_session->path()).completeBaseName();
    PublicationPackDialog dialog(
        QDir(m_settings->lastDirectory()).filePath(base + QStringLiteral("-publication")),
        m_session->profile().coversWales(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = writePublicationPack(dialog.folder(), dialog.options());
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("Publication pack"), written.error());
        return;
    }
    m_settings->setLastDirectory(QFileInfo(dialog.folder()).absolutePath());
    QMessageBox box(QMessageBox::Information, tr("Publication pack"),
                    tr("The publication pack is in “%1”. Send the strategy by %2: the checklist "
                       "in the folder gives the addresses.")
                        .arg(QDir::toNativeSeparators(dialog.folder()),
                             QLocale().toString(written.value().deadline, QLocale::LongFormat)),
                    QMessageBox::Ok, this);
    QPushButton* open = box.addButton(tr("Open Folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(dialog.folder()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() &&
            (suffix == QLatin1String("sna") || (suffix == QLatin1String("csv") && m_session))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // A project opens; a data file is imported into the open project.
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("sna")) {
            if (auto s = openProject(path); !s)
                showError(tr("Open project"), s.error());
            event->acceptProposedAction();
            return;
        }
        if (suffix == QLatin1String("csv") && m_session) {
            importFile(path);
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session && m_session->isModified()) {
        if (auto s = m_session->save(); !s) {
            QMessageBox box(QMessageBox::Warning, tr("Save"),
                            tr("Your latest changes could not be saved: %1").arg(s.error().message),
                            QMessageBox::Discard | QMessageBox::Cancel, this);
            if (box.exec() != QMessageBox::Discard) {
                event->ignore();
                return;
            }
            m_session->undoStack()->setClean(); // the user chose to discard them
        }
    }
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    setSession(nullptr);
    event->accept();
}

} // namespace sna
