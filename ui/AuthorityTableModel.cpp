#include "AuthorityTableModel.h"

#include "ProjectSession.h"
#include "project/AuthorityKind.h"

#include <QLocale>

namespace sna {

AuthorityTableModel::AuthorityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuthorityTableModel::setSession(ProjectSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProjectSession::profileChanged, this, &AuthorityTableModel::reset);
    endResetModel();
}

void AuthorityTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

int AuthorityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->profile().authorities.size());
}

int AuthorityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthorityTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || index.row() >= rowCount())
        return {};
    const Authority& authority = m_session->profile().authorities[index.row()];
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return authority.name;
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return AuthorityKinds::label(authority.kind);
        if (role == Qt::EditRole || role == KindCodeRole)
            return AuthorityKinds::code(authority.kind);
        break;
    case Specified:
        if (role == Qt::DisplayRole)
            return AuthorityKinds::isSpecified(authority.kind) ? tr("Specified authority")
                                                               : tr("Partner");
        break;
    case Consulted:
        if (role == Qt::DisplayRole)
            return authority.consultedOn.isValid()
                       ? QLocale().toString(authority.consultedOn, QLocale::ShortFormat)
                       : QString();
        if (role == Qt::EditRole)
            return authority.consultedOn;
        if (role == Qt::ToolTipRole)
            return tr("When the authority was consulted on the strategy (educational, prison and "
                      "youth custody authorities must be)");
        break;
    }
    return {};
}

bool AuthorityTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    PartnershipProfile profile = m_session->profile();
    Authority& authority = profile.authorities[index.row()];
    if (index.column() == Name) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        authority.name = name;
        if (auto s = m_session->editProfile(profile, tr("Rename authority")); !s) {
            Q_EMIT refused(s.error().message);
            return false;
        }
        return true;
    }
    if (index.column() == Kind) {
        const auto kind = AuthorityKinds::fromCode(value.toString());
        if (!kind)
            return false;
        authority.kind = *kind;
        return m_session->editProfile(profile, tr("Change type of authority")).ok();
    }
    if (index.column() == Consulted) {
        authority.consultedOn = value.toDate();
        if (auto s = m_session->editProfile(profile, tr("Set consultation date")); !s) {
            Q_EMIT refused(s.error().message);
            return false;
        }
        return true;
    }
    return false;
}

Qt::ItemFlags AuthorityTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Name || index.column() == Kind || index.column() == Consulted)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AuthorityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Type");
    case Specified:
        return tr("Role under the Duty");
    case Consulted:
        return tr("Consulted on");
    }
    return {};
}

int AuthorityTableModel::addAuthority()
{
    if (!m_session)
        return -1;
    PartnershipProfile profile = m_session->profile();
    // Names are unique: consultation dates and action leads refer to authorities by name.
    QString name = tr("New authority");
    for (int n = 2; profile.authority(name); ++n)
        name = tr("New authority %1").arg(n);
    profile.authorities.append(Authority{name, AuthorityKind::LocalAuthority});
    if (auto s = m_session->editProfile(profile, tr("Add authority")); !s) {
        Q_EMIT refused(s.error().message);
        return -1;
    }
    return rowCount() - 1;
}

void AuthorityTableModel::removeAuthority(int row)
{
    if (!m_session || row < 0 || row >= rowCount())
        return;
    PartnershipProfile profile = m_session->profile();
    profile.authorities.removeAt(row);
    if (auto s = m_session->editProfile(profile, tr("Remove authority")); !s)
        Q_EMIT refused(s.error().message);
}

void AuthorityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace sna
