#include "project/ProfileStore.h"

#include "project/Project.h"
#include "project/Timetable.h"

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

    if (!query.exec(
            QStringLiteral("SELECT name, kind, consulted_on FROM authority ORDER BY position")))
        return m_project.databaseError(tr("Could not read the partnership's authorities"));
    while (query.next()) {
        profile.authorities.append(Authority{
            query.value(0).toString(),
            AuthorityKinds::fromCode(query.value(1).toString()).value_or(AuthorityKind::Other),
            QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    }

    if (!query.exec(QStringLiteral("SELECT name FROM governance_body ORDER BY position")))
        return m_project.databaseError(tr("Could not read the partnership's governance bodies"));
    while (query.next())
        profile.governanceBodies << query.value(0).toString();

    if (!query.exec(QStringLiteral("SELECT kind, due, done FROM milestone")))
        return m_project.databaseError(tr("Could not read the partnership's milestones"));
    while (query.next()) {
        const auto kind = Timetable::fromCode(query.value(0).toString());
        if (!kind)
            continue; // a kind from a newer version: kept in the file, not shown
        profile.setMilestone(Milestone{*kind,
                                       QDate::fromString(query.value(1).toString(), Qt::ISODate),
                                       QDate::fromString(query.value(2).toString(), Qt::ISODate)});
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
    query.prepare(QStringLiteral(
        "INSERT INTO authority(name, kind, position, consulted_on) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < profile.authorities.size(); ++i) {
        const Authority& authority = profile.authorities[i];
        query.addBindValue(notNull(authority.name.trimmed()));
        query.addBindValue(AuthorityKinds::code(authority.kind));
        query.addBindValue(i);
        query.addBindValue(authority.consultedOn.isValid()
                               ? authority.consultedOn.toString(Qt::ISODate)
                               : QStringLiteral(""));
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the partnership's authorities"));
    }

    if (!query.exec(QStringLiteral("DELETE FROM governance_body")))
        return m_project.databaseError(tr("Could not save the partnership's governance bodies"));
    query.prepare(QStringLiteral("INSERT INTO governance_body(name, position) VALUES (?, ?)"));
    for (int i = 0; i < profile.governanceBodies.size(); ++i) {
        query.addBindValue(notNull(profile.governanceBodies[i].trimmed()));
        query.addBindValue(i);
        if (!query.exec())
            return m_project.databaseError(
                tr("Could not save the partnership's governance bodies"));
    }

    // Kinds this version does not know (from a newer one) are left alone.
    query.prepare(QStringLiteral("DELETE FROM milestone WHERE kind = ?"));
    for (MilestoneKind kind : Timetable::kinds()) {
        query.addBindValue(Timetable::code(kind));
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the partnership's milestones"));
    }
    query.prepare(QStringLiteral("INSERT INTO milestone(kind, due, done) VALUES (?, ?, ?)"));
    for (const Milestone& milestone : profile.milestones) {
        query.addBindValue(Timetable::code(milestone.kind));
        query.addBindValue(milestone.due.isValid() ? milestone.due.toString(Qt::ISODate)
                                                   : QStringLiteral(""));
        query.addBindValue(milestone.done.isValid() ? milestone.done.toString(Qt::ISODate)
                                                    : QStringLiteral(""));
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the partnership's milestones"));
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
