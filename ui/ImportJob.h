#pragma once

#include "foundation/Result.h"
#include "import/ImportPipeline.h"
#include "import/ImportReport.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace sna {

// Runs one step of an import off the interface thread: the personal-data scan, the dry run or
// the import itself, each on a connection of its own to the project. Progress arrives as a
// signal; cancel() stops the work at the next progress report, and a cancelled import changes
// nothing (it is one transaction).
class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    void scan(const QString& filePath, TextEncoding encoding);
    // Dry run when options.dryRun.
    void run(const QString& projectPath, const QString& filePath, const ImportOptions& options);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the job ends (tests, and closing the wizard).
    void wait();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void scanned(const sna::Result<sna::FileScan>& scan);
    void ran(const sna::Result<sna::ImportReport>& report);

private:
    void start(std::function<void()> work, std::function<void()> done);

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace sna
