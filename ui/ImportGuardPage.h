#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableView;

namespace sna {

class GuardFindingsModel;
class ImportWizard;

// Step 4: what the personal-data guard found in the whole file. Each flagged column is dropped
// or kept as confirmed, one by one (nothing is preselected); a health or social-care file with
// identifiers is refused here, with the columns and lines named.
class ImportGuardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportGuardPage(ImportWizard* wizard);

    GuardFindingsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString message() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showScan();

    ImportWizard* m_wizard;
    QLabel* m_intro;
    QProgressBar* m_progress;
    QLabel* m_message;
    QTableView* m_view;
    GuardFindingsModel* m_model;
    QLabel* m_anonymised;
};

} // namespace sna
