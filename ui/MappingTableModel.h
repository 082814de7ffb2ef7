#pragma once

#include "import/ColumnMapping.h"
#include "import/FilePreview.h"

#include <QAbstractTableModel>

namespace sna {

// A partner file's columns and the canonical field each is mapped to, edited in the import
// wizard: one row per column of the file, with an example value from its first rows.
class MappingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, Example, Field, Level, Format, ColumnCount };

    explicit MappingTableModel(QObject* parent = nullptr);
    // The columns of `preview`, mapped as `mapping` says (unmapped ones: not imported).
    void setFile(const FilePreview& preview, const ColumnMapping& mapping);
    // The mapping as edited, with the given name, partner and categories.
    ColumnMapping mapping() const;
    void setMapping(const ColumnMapping& mapping);
    // The file column mapped to `field`, or -1.
    int columnOf(CanonicalField field) const;
    bool setField(int row, CanonicalField field, const QString& level = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    static QString levelLabel(const QString& level);

    FilePreview m_preview;
    ColumnMapping m_base; // name, partner, categories, kept as given
    QList<ColumnMapping::Column> m_rows;
};

} // namespace sna
