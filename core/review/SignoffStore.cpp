#include "review/SignoffStore.h"

#include "project/Project.h"
#include "review/DocumentDiff.h"
#include "review/VersionStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace sna {

QStringList SignoffStore::specifiedAuthorities(const PartnershipProfile& profile)
{
    QStringList names;
    for (const Authority& authority : profile.authorities) {
        if (AuthorityKinds::isSpecified(authority.kind))
            names << authority.name;
    }
    return names;
}

Result<Signoff> SignoffStore::record(const PartnershipProfile& profile, Signoff signoff)
{
    signoff.authority = signoff.authority.trimmed();
    signoff.signedBy = signoff.signedBy.trimmed();
    const QStringList specified = specifiedAuthorities(profile);
    const Authority* authority = profile.authority(signoff.authority);
    if (!authority) {
        Error error =
            makeError(tr("“%1” is not an authority of this partnership.").arg(signoff.authority));
        if (!specified.isEmpty())
            error.details
                << tr("Specified authorities: %1").arg(specified.join(QStringLiteral(", ")));
        return error;
    }
    if (!AuthorityKinds::isSpecified(authority->kind))
        return makeError(tr("“%1” is not a specified authority (it is %2): only specified "
                            "authorities sign off.")
                             .arg(signoff.authority, AuthorityKinds::label(authority->kind)));
    signoff.authority = authority->name;
    if (signoff.signedBy.isEmpty())
        return makeError(tr("Say who signed off for %1.").arg(signoff.authority));
    auto version = VersionStore(m_project).load(signoff.document, signoff.version);
    if (!version)
        return version.error();
    signoff.version = version->name;
    if (!signoff.signedOn.isValid())
        signoff.signedOn = QDate::currentDate();
    const Status stored = m_project.transaction([&]() -> Status {
        QSqlQuery query(m_project.database());
        query.prepare(QStringLiteral(
            "DELETE FROM signoff WHERE authority = ? AND document_id = ? AND version = ?"));
        query.addBindValue(signoff.authority);
        query.addBindValue(documentId(signoff.document));
        query.addBindValue(signoff.version);
        if (!query.exec())
            return m_project.databaseError(tr("Could not record the sign-off"));
        query.prepare(QStringLiteral(
            "INSERT INTO signoff(authority, document_id, version, signed_by, signed_on, "
            "conditions, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(signoff.authority);
        query.addBindValue(documentId(signoff.document));
        query.addBindValue(signoff.version);
        query.addBindValue(signoff.signedBy);
        query.addBindValue(signoff.signedOn.toString(Qt::ISODate));
        query.addBindValue(notNull(signoff.conditions.trimmed()));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec())
            return m_project.databaseError(tr("Could not record the sign-off"));
        signoff.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!stored)
        return stored.error();
    return signoff;
}

Result<QList<Signoff>> SignoffStore::list() const
{
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("SELECT id, authority, document_id, version, signed_by, "
                                   "signed_on, conditions FROM signoff ORDER BY signed_on, id")))
        return m_project.databaseError(tr("Could not read the sign-offs"));
    QList<Signoff> list;
    while (query.next()) {
        Signoff s;
        s.id = query.value(0).toLongLong();
        s.authority = query.value(1).toString();
        s.document = documentKindFromId(query.value(2).toString()).value_or(DocumentKind::Strategy);
        s.version = query.value(3).toString();
        s.signedBy = query.value(4).toString();
        s.signedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        s.conditions = query.value(6).toString();
        list.append(s);
    }
    return list;
}

Result<SignoffStatus> SignoffStore::status(const PartnershipProfile& profile,
                                           const Document& strategy) const
{
    SignoffStatus status;
    status.specified = specifiedAuthorities(profile);
    auto versions = VersionStore(m_project).list(DocumentKind::Strategy);
    if (!versions)
        return versions.error();
    if (versions->isEmpty()) {
        status.missing = status.specified;
        return status;
    }
    const DocumentVersion& latest = versions->constLast();
    status.version = latest.name;
    status.currentMatches =
        DocumentDiff::changedCount(DocumentDiff::compare(latest.document, strategy)) == 0;
    auto signoffs = list();
    if (!signoffs)
        return signoffs.error();
    for (const QString& name : std::as_const(status.specified)) {
        const bool approved =
            std::any_of(signoffs->cbegin(), signoffs->cend(), [&](const Signoff& s) {
                return s.document == DocumentKind::Strategy && s.version == latest.name &&
                       s.authority == name;
            });
        (approved ? status.signedOff : status.missing) << name;
    }
    return status;
}

} // namespace sna
