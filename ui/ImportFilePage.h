#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sna {

class ImportWizard;

// Step 1: the file, who sent it and what kind of body they are (which decides what the
// personal-data guard allows), and the text encoding (detected, or chosen).
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);

    void setFilePath(const QString& path);
    QLineEdit* fileEdit() const { return m_file; }
    QLineEdit* partnerEdit() const { return m_partner; }
    QComboBox* authorityCombo() const { return m_authority; }
    QComboBox* encodingCombo() const { return m_encoding; }
    void setAuthorityType(const QString& code);

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fileChanged();

    ImportWizard* m_wizard;
    QLabel* m_intro;
    QLabel* m_fileLabel;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_partnerLabel;
    QLineEdit* m_partner;
    QLabel* m_authorityLabel;
    QComboBox* m_authority;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_detected;
    QLabel* m_error;
};

} // namespace sna
