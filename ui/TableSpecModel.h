#pragma once

#include "analysis/TableSpec.h"
#include "foundation/Language.h"

#include <QAbstractTableModel>

namespace sna {

// A table of the analysis (already formatted, "*" where withheld) for a view, in one language.
class TableSpecModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TableSpecModel(QObject* parent = nullptr);

    void setTable(const TableSpec& table, Lang lang);
    const TableSpec& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TableSpec m_table;
    Lang m_lang = Lang::En;
};

} // namespace sna
