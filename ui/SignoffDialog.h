#pragma once

#include "foundation/Result.h"
#include "review/SignoffStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace sna {

class ProjectSession;
class SignoffTableModel;

// Sign-off by each specified authority: record who approved which version of the strategy (or
// the SNA), when and with what conditions, and see who has still to sign off the version being
// published.
class SignoffDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignoffDialog(ProjectSession& session, QWidget* parent = nullptr);

    Status record(const Signoff& signoff);
    void refresh();
    QComboBox* authorityChoice() const { return m_authority; }
    QComboBox* versionChoice() const { return m_version; }
    QLineEdit* byEdit() const { return m_by; }
    QLineEdit* conditionsEdit() const { return m_conditions; }
    QDateEdit* dateEdit() const { return m_date; }
    QPushButton* recordButton() const { return m_record; }
    QLabel* statusLabel() const { return m_status; }
    SignoffTableModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void recordFromForm();

    ProjectSession& m_session;
    QLabel* m_status;
    QLabel* m_authorityLabel;
    QComboBox* m_authority;
    QLabel* m_versionLabel;
    QComboBox* m_version;
    QLabel* m_byLabel;
    QLineEdit* m_by;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_conditionsLabel;
    QLineEdit* m_conditions;
    QPushButton* m_record;
    SignoffTableModel* m_model;
    QTreeView* m_view;
    QPushButton* m_close;
};

} // namespace sna
