#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>

namespace sna {

// Rejected rows: file line, column, value and reason.
class RowProblemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, ColumnName, Value, Reason, ColumnCount };
    explicit RowProblemModel(QObject* parent = nullptr);
    void setProblems(QList<RowProblem> problems);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RowProblem> m_problems;
};

} // namespace sna
