#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace sna {

class CsvPreviewModel;
class ImportWizard;

// Step 2: the format detected from the header (or chosen), and the first rows as they will be
// parsed. The personal-data scan is running meanwhile; its state shows here.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);

    QComboBox* formatCombo() const { return m_format; }
    QTableView* view() const { return m_view; }
    CsvPreviewModel* model() const { return m_model; }
    QString guardStatus() const;

    void initializePage() override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateGuardStatus();

    ImportWizard* m_wizard;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_details;
    QTableView* m_view;
    CsvPreviewModel* m_model;
    QLabel* m_guard;
    QLabel* m_error;
};

} // namespace sna
