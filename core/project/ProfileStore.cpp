#include "project/ProfileStore.h"

#include "project/Project.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace sna {

Result<PartnershipProfile> ProfileStore::load() const
{
    QSqlDatabase db = m_project.database();
    PartnershipProfile profile;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, coordinator FROM partnership WHERE id = 1")) ||
        !query.next())
        return m_project.databaseError(tr("Could not read the partnership profile"));
    profile.name = query.value(0).toString();
    profile.coordinator = query.value(1).toString();

    if (!query.exec(QStringLiteral("SELECT code, name FROM area ORDER BY position")))
        return m_project.databaseError(tr("Could not read the partnership's areas"));
    while (query.next())
        profile.areas.append(Area{query.value(0).toString(), query.value(1).toString()});

    if (!query.exec(QStringLiteral("SELECT name, kind FROM authority ORDER BY position")))
        return m_project.databaseError(tr("Could not read the partnership's authorities"));
    while (query.next()) {
        profile.authorities.append(Authority{
            query.value(0).toString(),
            AuthorityKinds::fromCode(query.value(1).toString()).value_or(AuthorityKind::Other)});
    }
    return profile;
}

Status ProfileStore::write(const PartnershipProfile& profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    QSqlDatabase db = m_project.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO partnership(id, name, coordinator, created_at) VALUES (1, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, coordinator = excluded.coordinator"));
    query.addBindValue(notNull(profile.name.trimmed()));
    query.addBindValue(notNull(profile.coordinator.trimmed()));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return m_project.databaseError(tr("Could not save the partnership profile"));

    if (!query.exec(QStringLiteral("DELETE FROM area")))
        return m_project.databaseError(tr("Could not save the partnership's areas"));
    query.prepare(QStringLiteral("INSERT INTO area(code, name, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < profile.areas.size(); ++i) {
        query.addBindValue(profile.areas[i].code);
        query.addBindValue(notNull(profile.areas[i].name));
        query.addBindValue(i);
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the partnership's areas"));
    }

    if (!query.exec(QStringLiteral("DELETE FROM authority")))
        return m_project.databaseError(tr("Could not save the partnership's authorities"));
    query.prepare(QStringLiteral("INSERT INTO authority(name, kind, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < profile.authorities.size(); ++i) {
        query.addBindValue(notNull(profile.authorities[i].name.trimmed()));
        query.addBindValue(AuthorityKinds::code(profile.authorities[i].kind));
        query.addBindValue(i);
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the partnership's authorities"));
    }
    return {};
}

Status ProfileStore::save(const PartnershipProfile& profile, bool inTransaction)
{
    if (inTransaction)
        return write(profile);
    return m_project.transaction([&] { return write(profile); });
}

} // namespace sna
