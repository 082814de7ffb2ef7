#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sna {

class AuthorityTableModel;
class GovernanceBodyModel;
class ProjectSession;

// The partnership profile: name, coordinator, areas covered and the authorities and partners.
class ProfilePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* coordinatorEdit() const { return m_coordinator; }
    QTableView* authorityView() const { return m_authorities; }
    QLabel* walesNotice() const { return m_walesNotice; }
    QListView* governanceView() const { return m_governance; }
    GovernanceBodyModel* governanceModel() const { return m_governanceModel; }
    AuthorityTableModel* authorityModel() const { return m_authorityModel; }
    QLabel* problemLabel() const { return m_problem; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void commitText();

    ProjectSession* m_session = nullptr;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_coordinatorLabel;
    QLineEdit* m_coordinator;
    QLabel* m_areasLabel;
    QListView* m_areas;
    QStandardItemModel* m_areaModel;
    QLabel* m_walesNotice;
    QLabel* m_authoritiesLabel;
    QTableView* m_authorities;
    AuthorityTableModel* m_authorityModel;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_governanceLabel;
    QListView* m_governance;
    GovernanceBodyModel* m_governanceModel;
    QPushButton* m_addGovernance;
    QPushButton* m_removeGovernance;
    QLabel* m_problem;

    void showProblem(const QString& message);
};

} // namespace sna
