#pragma once

#include <QAbstractListModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace sna {

class ActionDetailWidget;
class ActionFilterProxy;
class ActionTableModel;
class ProjectSession;

// The strategic priorities, numbered as the strategy prints them.
class PriorityListModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit PriorityListModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);
    int priorityIdAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    ProjectSession* m_session = nullptr;
};

// The action plan: priorities, a sortable and filterable table of actions, and the selected
// action's details in English and Welsh.
class ActionPlanPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActionPlanPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);

    ActionTableModel* model() const { return m_model; }
    ActionFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    ActionDetailWidget* detail() const { return m_detail; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* sectorFilter() const { return m_sectorFilter; }
    QComboBox* priorityFilter() const { return m_priorityFilter; }
    QListView* priorityView() const { return m_priorities; }
    QLineEdit* priorityTitle(int lang) const { return m_priorityTitle[lang]; }

    int addAction();
    void removeCurrentAction();
    void selectAction(int id);
    int addPriority();
    void removeCurrentPriority();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillFilters();
    void updateCount();
    void refreshPriority();
    int currentPriorityId() const;
    void editPriority(int lang, const QString& text);

    ProjectSession* m_session = nullptr;
    QLabel* m_prioritiesLabel;
    PriorityListModel* m_priorityModel;
    QListView* m_priorities;
    QPushButton* m_addPriority;
    QPushButton* m_removePriority;
    QLabel* m_priorityTitleLabel[2];
    QLineEdit* m_priorityTitle[2];
    QLabel* m_findingLabel;
    QComboBox* m_finding;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_sectorFilter;
    QComboBox* m_priorityFilter;
    ActionTableModel* m_model;
    ActionFilterProxy* m_proxy;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_count;
    ActionDetailWidget* m_detail;
    QLabel* m_problem;
};

} // namespace sna
