#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace sna {

class ProjectSession;

// How each police category in the project's data counts under the definition. Categories in
// the data that the definition does not map are listed as unmapped — never silently dropped.
class CategoryMappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceCategory, Records, CountsAs, ColumnCount };
    static constexpr int CategoryIdRole = Qt::UserRole + 1; // "" = not serious violence
    static constexpr int UnmappedRole = Qt::UserRole + 2;

    explicit CategoryMappingModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);
    int unmappedCount() const;

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
    void rebuild();
    ProjectSession* m_session = nullptr;
    QStringList m_categories; // every police category mapped or present in the data
};

} // namespace sna
