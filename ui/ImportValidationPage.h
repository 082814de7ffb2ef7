#pragma once

#include "import/ImportReport.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QTableView;

namespace sna {

class ImportWizard;
class RowProblemModel;

// Step 5: the whole file checked as it will be imported (a dry run: nothing stored) — rows
// read, valid and rejected with their lines and reasons, the period covered, earlier imports
// it repeats or overlaps — and the provenance to record. The analyst chooses what happens to
// bad rows and to overlaps; nothing is chosen for them.
class ImportValidationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportValidationPage(ImportWizard* wizard);

    const std::optional<ImportReport>& checked() const { return m_report; }
    QString summary() const;
    RowProblemModel* problems() const { return m_problems; }
    QRadioButton* storeGoodRows() const { return m_storeGood; }
    QRadioButton* refuseFile() const { return m_refuseFile; }
    QRadioButton* replaceEarlier() const { return m_replace; }
    QRadioButton* skipFile() const { return m_skip; }
    QLineEdit* basisEdit() const { return m_basis; }
    QComboBox* istvCombo() const { return m_istv; }
    QDateEdit* receivedEdit() const { return m_received; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showReport();

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_view;
    RowProblemModel* m_problems;
    QGroupBox* m_rowsBox;
    QRadioButton* m_refuseFile;
    QRadioButton* m_storeGood;
    QGroupBox* m_overlapBox;
    QLabel* m_overlaps;
    QRadioButton* m_replace;
    QRadioButton* m_skip;
    QGroupBox* m_provenanceBox;
    QLabel* m_basisLabel;
    QLineEdit* m_basis;
    QLabel* m_receivedLabel;
    QDateEdit* m_received;
    QLabel* m_istvLabel;
    QComboBox* m_istv;
    std::optional<ImportReport> m_report;
    QString m_error;
};

} // namespace sna
