#pragma once

#include "compliance/ComplianceChecklist.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QTreeView;

namespace sna {

class ProjectSession;

// The computed checklist, one item per row.
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, Item, ColumnCount };
    enum Role { TargetRole = Qt::UserRole + 1, IdRole, FailingRole };
    explicit ChecklistModel(QObject* parent = nullptr);
    void setItems(const QList<ComplianceItem>& items);
    const QList<ComplianceItem>& items() const { return m_items; }
    const ComplianceItem* item(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ComplianceItem> m_items;
};

// What a CSP lead looks at before publication: every compliance item, computed from the
// project as it is now, with the reason; double-click goes to where it is fixed.
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);
    void setToday(const QDate& today); // for tests and screenshots
    ChecklistModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }
    QCheckBox* onlyFailing() const { return m_onlyFailing; }
    void refresh();

Q_SIGNALS:
    // "section:strategy:<id>", "definition", "profile", "timetable" or "plan".
    void navigateRequested(const QString& target);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ProjectSession* m_session = nullptr;
    QDate m_today;
    QLabel* m_summary;
    QCheckBox* m_onlyFailing;
    ChecklistModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
};

} // namespace sna
