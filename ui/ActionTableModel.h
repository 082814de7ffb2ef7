#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace sna {

class ProjectSession;

// The actions of the plan, one per row, in the interface language.
class ActionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Lead, Sector, Priority, Start, Due, Status, Translation, ColumnCount };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        SortRole,
        StatusCodeRole,
        SectorCodeRole,
        PriorityIdRole,
        SearchTextRole
    };

    explicit ActionTableModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);
    int rowOfAction(int id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    void planChanged();
    ProjectSession* m_session = nullptr;
    QList<int> m_ids; // to tell an edit (same rows) from a change of rows
};

// Sorting by any column and filtering by text, status, sector and priority.
class ActionFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ActionFilterProxy(QObject* parent = nullptr);
    void setText(const QString& text);
    void setStatus(const QString& code); // empty: any
    void setSector(const QString& code); // empty: any
    void setPriority(int priorityId);    // -1: any, 0: none

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_status;
    QString m_sector;
    int m_priority = -1;
};

} // namespace sna
