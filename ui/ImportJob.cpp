#include "ImportJob.h"

#include "project/Project.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

namespace sna {

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    wait();
}

void ImportJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // Deliver the finished job's result now, so a new job can start right away.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void ImportJob::start(std::function<void()> work, std::function<void()> done)
{
    m_cancel = false;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done();
    });
    m_thread->start();
}

void ImportJob::scan(const QString& filePath, TextEncoding encoding)
{
    if (m_thread)
        return;
    auto result = std::make_shared<Result<FileScan>>(makeError(QString()));
    start(
        [this, filePath, encoding, result] {
            *result = ImportPipeline::scanForPersonalData(
                filePath, encoding, [this](qint64 done, qint64 total) {
                    Q_EMIT progressed(done, total); // queued to the interface thread
                    return !m_cancel.load();
                });
        },
        [this, result] { Q_EMIT scanned(*result); });
}

void ImportJob::run(const QString& projectPath, const QString& filePath,
                    const ImportOptions& options)
{
    if (m_thread)
        return;
    auto result = std::make_shared<Result<ImportReport>>(makeError(QString()));
    start(
        [this, projectPath, filePath, options, result] {
            auto project = Project::open(projectPath);
            if (!project) {
                *result = project.error();
                return;
            }
            ImportOptions threaded = options;
            threaded.progress = [this](qint64 done, qint64 total) {
                Q_EMIT progressed(done, total);
                return !m_cancel.load();
            };
            *result = ImportPipeline(*project.value()).run(filePath, threaded);
        },
        [this, result] { Q_EMIT ran(*result); });
}

} // namespace sna
