#pragma once

#include "import/DatasetStore.h"

#include <QAbstractTableModel>

namespace sna {

// The datasets a project holds, with their provenance.
class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        File,
        Format,
        Partner,
        Source,
        Period,
        RowsRead,
        RowsStored,
        RowsRejected,
        Received,
        ImportedAt,
        Hash,
        ColumnCount
    };

    explicit DatasetTableModel(QObject* parent = nullptr);

    void setDatasets(QList<DatasetInfo> datasets);
    const DatasetInfo* datasetAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Headers and formatted values follow the interface language.
    void retranslate();

    static QString formatName(const QString& format);
    static QString periodText(const DatasetInfo& info);

private:
    QList<DatasetInfo> m_datasets;
};

} // namespace sna
