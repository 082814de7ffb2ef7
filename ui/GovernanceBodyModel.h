#pragma once

#include <QAbstractListModel>

namespace sna {

class ProjectSession;

// The boards and meetings that govern the partnership's work; edits are undoable profile
// changes.
class GovernanceBodyModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit GovernanceBodyModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    int addBody();
    void removeBody(int row);

Q_SIGNALS:
    void refused(const QString& message);

private:
    ProjectSession* m_session = nullptr;
};

} // namespace sna
