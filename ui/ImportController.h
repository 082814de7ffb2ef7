#pragma once

#include "foundation/Result.h"
#include "import/ImportReport.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace sna {

class ProjectSession;

// The quick import of a dropped file: off the interface thread, on a connection of its own,
// with a progress bar and a working Cancel. When the file has bad rows or was imported before,
// it asks what to do; when it needs decisions on personal data or a column mapping, it offers
// the import wizard.
class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(ProjectSession& session, QWidget* parentWidget);
    ~ImportController() override;

    void start(const QString& filePath, const ImportOptions& options = {});
    bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancel = true; }

    // For tests: answer the follow-up questions without showing a dialog.
    enum class Answer { Ask, Yes, No };
    void setAutomaticAnswer(Answer answer) { m_automatic = answer; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void imported(const sna::ImportReport& report);
    void failed(const QString& message);
    void wizardRequested(const QString& filePath);
    void finished();

private:
    void onDone(const Result<ImportReport>& result, const QString& filePath,
                const ImportOptions& options);
    bool ask(const QString& title, const QString& text, const QString& details, const QString& yes);

    ProjectSession& m_session;
    QPointer<QWidget> m_parent;
    QThread* m_thread = nullptr;
    QProgressDialog* m_progress = nullptr;
    std::atomic<bool> m_cancel{false};
    Answer m_automatic = Answer::Ask;
};

} // namespace sna
