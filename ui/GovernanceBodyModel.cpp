#include "GovernanceBodyModel.h"

#include "ProjectSession.h"

namespace sna {

GovernanceBodyModel::GovernanceBodyModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void GovernanceBodyModel::setSession(ProjectSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::profileChanged, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

int GovernanceBodyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->profile().governanceBodies.size());
}

QVariant GovernanceBodyModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || index.row() < 0 || index.row() >= rowCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return m_session->profile().governanceBodies[index.row()];
    return {};
}

bool GovernanceBodyModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || role != Qt::EditRole || index.row() < 0 || index.row() >= rowCount())
        return false;
    const QString name = value.toString().simplified();
    if (name.isEmpty())
        return false;
    PartnershipProfile profile = m_session->profile();
    profile.governanceBodies[index.row()] = name;
    if (auto s = m_session->editProfile(profile, tr("Rename governance body")); !s) {
        Q_EMIT refused(s.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags GovernanceBodyModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

int GovernanceBodyModel::addBody()
{
    if (!m_session)
        return -1;
    PartnershipProfile profile = m_session->profile();
    QString name = tr("New governance body");
    for (int n = 2; profile.governanceBodies.contains(name); ++n)
        name = tr("New governance body %1").arg(n);
    profile.governanceBodies.append(name);
    if (auto s = m_session->editProfile(profile, tr("Add governance body")); !s) {
        Q_EMIT refused(s.error().message);
        return -1;
    }
    return rowCount() - 1;
}

void GovernanceBodyModel::removeBody(int row)
{
    if (!m_session || row < 0 || row >= rowCount())
        return;
    PartnershipProfile profile = m_session->profile();
    profile.governanceBodies.removeAt(row);
    if (auto s = m_session->editProfile(profile, tr("Remove governance body")); !s)
        Q_EMIT refused(s.error().message);
}

} // namespace sna
