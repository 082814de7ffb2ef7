#pragma once

#include "import/FilePreview.h"

#include <QAbstractTableModel>

namespace sna {

// The first rows of a file as parsed, for the import wizard's preview: one column per header
// field, the file line in the vertical header.
class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CsvPreviewModel(QObject* parent = nullptr);
    void setPreview(const FilePreview& preview, int rowLimit = 50);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FilePreview m_preview;
    int m_rows = 0;
};

} // namespace sna
