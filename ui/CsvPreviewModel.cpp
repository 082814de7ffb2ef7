#include "CsvPreviewModel.h"

namespace sna {

CsvPreviewModel::CsvPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::setPreview(const FilePreview& preview, int rowLimit)
{
    beginResetModel();
    m_preview = preview;
    m_rows = int(std::min<qsizetype>(preview.rows.size(), rowLimit));
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        QString value = m_preview.rows[index.row()].value(index.column());
        if (role == Qt::DisplayRole)
            value.replace(QLatin1Char('\n'), QChar(0x21B5)); // a visible line break
        return value;
    }
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_preview.header.value(section);
    if (section < m_preview.lines.size())
        return m_preview.lines[section];
    return {};
}

} // namespace sna
