#include "TableSpecModel.h"

#include <QFont>

namespace sna {

TableSpecModel::TableSpecModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TableSpecModel::setTable(const TableSpec& table, Lang lang)
{
    beginResetModel();
    m_table = table;
    m_lang = lang;
    endResetModel();
}

int TableSpecModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TableSpecModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant TableSpecModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QList<BilingualText>& row = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.size() ? row.at(index.column()).in(m_lang) : QString();
    case Qt::TextAlignmentRole:
        return m_table.numericColumns.value(index.column())
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_table.lastRowIsTotal && index.row() == m_table.rows.size() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant TableSpecModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).in(m_lang);
    if (role == Qt::TextAlignmentRole)
        return m_table.numericColumns.value(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace sna
