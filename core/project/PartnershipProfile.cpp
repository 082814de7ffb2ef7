#include "project/PartnershipProfile.h"

#include <QRegularExpression>
#include <QSet>

namespace sna {

bool PartnershipProfile::coversWales() const
{
    for (const Area& area : areas) {
        if (area.isInWales())
            return true;
    }
    return false;
}

const Milestone* PartnershipProfile::milestone(MilestoneKind kind) const
{
    for (const Milestone& milestone : milestones) {
        if (milestone.kind == kind)
            return &milestone;
    }
    return nullptr;
}

void PartnershipProfile::setMilestone(const Milestone& milestone)
{
    milestones.removeIf([&](const Milestone& m) { return m.kind == milestone.kind; });
    if (!milestone.due.isValid() && !milestone.done.isValid())
        return;
    // Kept in the order of the kinds, so that saving and comparing do not depend on the order
    // in which dates were set.
    qsizetype at = 0;
    while (at < milestones.size() && int(milestones[at].kind) < int(milestone.kind))
        ++at;
    milestones.insert(at, milestone);
}

const Authority* PartnershipProfile::authority(const QString& name) const
{
    for (const Authority& authority : authorities) {
        if (authority.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &authority;
    }
    return nullptr;
}

Status PartnershipProfile::validateAreaCode(const QString& code)
{
    static const QRegularExpression shape(QStringLiteral("^[EWSN]\\d{8}$"));
    static const QRegularExpression localGovernment(QStringLiteral("^(E0[6-9]|E10|W06)\\d{6}$"));
    if (!shape.match(code).hasMatch()) {
        return makeError(tr("“%1” is not an ONS area code (expected a letter and eight digits, "
                            "such as E06000016 or W06000008).")
                             .arg(code));
    }
    if (!localGovernment.match(code).hasMatch()) {
        return makeError(tr("“%1” is an ONS code, but not of a local government area. Use a "
                            "local authority code: E06, E07, E08, E09 or E10 in England, W06 in "
                            "Wales.")
                             .arg(code));
    }
    return {};
}

Status PartnershipProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return makeError(tr("The partnership needs a name."));
    if (areas.isEmpty())
        return makeError(tr("The partnership must cover at least one local government area."));
    QSet<QString> seen;
    for (const Area& area : areas) {
        if (auto s = validateAreaCode(area.code); !s)
            return s;
        if (seen.contains(area.code))
            return makeError(tr("The area %1 is listed twice.").arg(area.code));
        seen.insert(area.code);
    }
    QSet<QString> names;
    for (const Authority& authority : authorities) {
        if (authority.name.trimmed().isEmpty())
            return makeError(tr("Every authority or partner needs a name."));
        const QString key = authority.name.trimmed().toCaseFolded();
        if (names.contains(key))
            return makeError(tr("The authority “%1” is listed twice.").arg(authority.name));
        names.insert(key);
        if (authority.consultedOn.isValid() && authority.consultedOn > QDate::currentDate())
            return makeError(tr("“%1” cannot have been consulted on %2, which is in the future.")
                                 .arg(authority.name, authority.consultedOn.toString(Qt::ISODate)));
    }
    for (const QString& body : governanceBodies) {
        if (body.trimmed().isEmpty())
            return makeError(tr("Every governance body needs a name."));
    }
    for (const Milestone& milestone : milestones) {
        if (milestone.done.isValid() && milestone.done > QDate::currentDate())
            return makeError(tr("A milestone cannot be done on %1, which is in the future.")
                                 .arg(milestone.done.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace sna
