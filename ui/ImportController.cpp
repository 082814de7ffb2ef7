#include "ImportController.h"

#include "ProjectSession.h"
#include "import/ImportPipeline.h"
#include "project/Project.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

namespace sna {

ImportController::ImportController(ProjectSession& session, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_session(session)
    , m_parent(parentWidget)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ImportController::start(const QString& filePath, const ImportOptions& baseOptions)
{
    if (m_thread)
        return;
    // Pending edits first: the import writes through another connection.
    if (m_session.isModified()) {
        if (auto saved = m_session.save(); !saved) {
            Q_EMIT failed(saved.error().fullText());
            Q_EMIT finished();
            return;
        }
    }
    m_cancel = false;
    m_progress = new QProgressDialog(m_parent);
    m_progress->setWindowTitle(tr("Import data"));
    m_progress->setLabelText(tr("Importing “%1”…").arg(QFileInfo(filePath).fileName()));
    m_progress->setRange(0, 1000);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    connect(this, &ImportController::progressed, m_progress, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });

    const QString projectPath = m_session.path();
    ImportOptions options = baseOptions;
    auto* result = new Result<ImportReport>(makeError(QString()));
    m_thread = QThread::create([this, projectPath, filePath, options, result] {
        auto project = Project::open(projectPath);
        if (!project) {
            *result = project.error();
            return;
        }
        ImportOptions threaded = options;
        threaded.progress = [this](qint64 done, qint64 total) {
            Q_EMIT progressed(done, total); // queued to the interface thread
            return !m_cancel.load();
        };
        *result = ImportPipeline(*project.value()).run(filePath, threaded);
    });
    connect(m_thread, &QThread::finished, this, [this, result, filePath, options] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress) {
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        const Result<ImportReport> outcome = *result;
        delete result;
        onDone(outcome, filePath, options);
    });
    m_thread->start();
}

bool ImportController::ask(const QString& title, const QString& text, const QString& details,
                           const QString& yes)
{
    if (m_automatic != Answer::Ask)
        return m_automatic == Answer::Yes;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, m_parent);
    box.setDetailedText(details);
    QPushButton* accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void ImportController::onDone(const Result<ImportReport>& result, const QString& filePath,
                              const ImportOptions& options)
{
    if (result) {
        (void)m_session.reloadData();
        Q_EMIT imported(result.value());
        Q_EMIT finished();
        return;
    }
    const Error& error = result.error();
    if (error.code == QLatin1String(kImportRowsRejected)) {
        if (ask(tr("Import data"), error.message, error.details.join(QLatin1Char('\n')),
                tr("Store the good rows"))) {
            ImportOptions retry = options;
            retry.onError = OnRowError::Skip;
            start(filePath, retry);
            return;
        }
    } else if (error.code == QLatin1String(kImportDuplicate)) {
        if (ask(tr("Import data"), error.message, QString(), tr("Replace the earlier import"))) {
            ImportOptions retry = options;
            retry.onDuplicate = OnDuplicate::Replace;
            start(filePath, retry);
            return;
        }
    } else if (error.code == QLatin1String(kImportPersonalData) ||
               error.code == QLatin1String(kImportNeedsMapping) ||
               error.code == QLatin1String(kImportUnknownFormat)) {
        // Decisions this quick path cannot take: the wizard asks for them.
        if (ask(tr("Import data"), error.message, error.details.join(QLatin1Char('\n')),
                tr("Open the import wizard"))) {
            Q_EMIT wizardRequested(filePath);
            Q_EMIT finished();
            return;
        }
    } else if (error.code != QLatin1String(kImportCancelled)) {
        Q_EMIT failed(error.fullText());
    }
    Q_EMIT finished();
}

} // namespace sna
