#include "RowProblemModel.h"

namespace sna {

RowProblemModel::RowProblemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RowProblemModel::setProblems(QList<RowProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int RowProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int RowProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RowProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const RowProblem& p = m_problems[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return p.line;
        case ColumnName:
            return p.column;
        case Value:
            return p.value;
        case Reason:
            return p.reason;
        }
    }
    return {};
}

QVariant RowProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace sna
