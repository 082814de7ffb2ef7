#pragma once

#include <QAbstractTableModel>

namespace sna {

class ProjectSession;

// The categories of the local definition of serious violence: ticking "Included" is an
// undoable edit; a change the Duty does not allow is refused with the reason.
class DefinitionCategoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Included, Name, Scope, ColumnCount };

    explicit DefinitionCategoryModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

Q_SIGNALS:
    void refused(const QString& reason);

private:
    void reset();
    ProjectSession* m_session = nullptr;
};

} // namespace sna
