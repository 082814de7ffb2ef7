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
    for (const Authority& authority : authorities) {
        if (authority.name.trimmed().isEmpty())
            return makeError(tr("Every authority or partner needs a name."));
    }
    return {};
}

} // namespace sna
