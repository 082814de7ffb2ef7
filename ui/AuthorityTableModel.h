#pragma once

#include <QAbstractTableModel>

namespace sna {

class ProjectSession;

// The partnership's authorities and partners; edits become undoable profile changes.
class AuthorityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Specified, Consulted, ColumnCount };
    static constexpr int KindCodeRole = Qt::UserRole + 1;

    explicit AuthorityTableModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds an authority with a new name and returns its row.
    int addAuthority();
    void removeAuthority(int row);
    void retranslate();

Q_SIGNALS:
    void refused(const QString& message);

private:
    void reset();
    ProjectSession* m_session = nullptr;
};

} // namespace sna
