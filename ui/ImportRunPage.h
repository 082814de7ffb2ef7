#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace sna {

class ImportWizard;

// Step 6: the import itself, off the interface thread, with a progress bar; the wizard's
// Cancel stops it and the project is left exactly as it was.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);

    QProgressBar* progressBar() const { return m_progress; }
    QString message() const;
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ImportWizard* m_wizard;
    QLabel* m_label;
    QProgressBar* m_progress;
    QLabel* m_message;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace sna
