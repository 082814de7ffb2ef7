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
};

} // namespace sna
