#include "SignoffTableModel.h"

#include "document/FixedText.h"
#include "foundation/UiLanguage.h"

namespace sna {

SignoffTableModel::SignoffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SignoffTableModel::setSignoffs(const QList<Signoff>& signoffs)
{
    beginResetModel();
    m_signoffs = signoffs;
    endResetModel();
}

int SignoffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_signoffs.size());
}

int SignoffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignoffTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_signoffs.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Signoff& s = m_signoffs[index.row()];
    switch (index.column()) {
    case Authority:
        return s.authority;
    case Version:
        return s.document == DocumentKind::Sna ? tr("%1 (SNA)").arg(s.version) : s.version;
    case SignedBy:
        return s.signedBy;
    case SignedOn:
        return FixedText::date(s.signedOn, UiLanguage::instance().current());
    case Conditions:
        return s.conditions;
    default:
        return {};
    }
}

QVariant SignoffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Authority:
        return tr("Authority");
    case Version:
        return tr("Version");
    case SignedBy:
        return tr("Signed off by");
    case SignedOn:
        return tr("Date");
    case Conditions:
        return tr("Conditions");
    default:
        return {};
    }
}

} // namespace sna
