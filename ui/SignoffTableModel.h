#pragma once

#include "review/SignoffStore.h"

#include <QAbstractTableModel>

namespace sna {

// Sign-offs recorded in the project: who approved which version for which authority, when,
// and on what conditions.
class SignoffTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Authority, Version, SignedBy, SignedOn, Conditions, ColumnCount };
    explicit SignoffTableModel(QObject* parent = nullptr);
    void setSignoffs(const QList<Signoff>& signoffs);
    const QList<Signoff>& signoffs() const { return m_signoffs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Signoff> m_signoffs;
};

} // namespace sna
