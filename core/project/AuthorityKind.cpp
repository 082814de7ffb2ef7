#include "project/AuthorityKind.h"

namespace sna {

namespace {
struct KindInfo {
    AuthorityKind kind;
    const char* code;
    const char* label;
    bool specified;
};

const KindInfo kKinds[] = {
    {AuthorityKind::Police, "police", QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Police"), true},
    {AuthorityKind::Probation, "probation",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Probation service"), true},
    {AuthorityKind::YouthJustice, "youth-justice",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Youth offending team"), true},
    {AuthorityKind::Fire, "fire",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Fire and rescue authority"), true},
    {AuthorityKind::Health, "health",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Health body (ICB or local health board)"), true},
    {AuthorityKind::LocalAuthority, "local-authority",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Local authority"), true},
    {AuthorityKind::Education, "education",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Educational authority"), false},
    {AuthorityKind::Prison, "prison", QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Prison authority"),
     false},
    {AuthorityKind::YouthCustody, "youth-custody",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Youth custody authority"), false},
    {AuthorityKind::PolicingBody, "policing-body",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Local policing body (PCC)"), false},
    {AuthorityKind::Voluntary, "voluntary",
     QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Voluntary and community sector"), false},
    {AuthorityKind::Other, "other", QT_TRANSLATE_NOOP("sna::AuthorityKinds", "Other partner"),
     false},
};

const KindInfo& infoOf(AuthorityKind kind)
{
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind)
            return info;
    }
    return kKinds[std::size(kKinds) - 1];
}
} // namespace

const std::vector<AuthorityKind>& AuthorityKinds::all()
{
    static const std::vector<AuthorityKind> list = [] {
        std::vector<AuthorityKind> kinds;
        for (const KindInfo& info : kKinds)
            kinds.push_back(info.kind);
        return kinds;
    }();
    return list;
}

QString AuthorityKinds::code(AuthorityKind kind)
{
    return QString::fromLatin1(infoOf(kind).code);
}

std::optional<AuthorityKind> AuthorityKinds::fromCode(const QString& code)
{
    for (const KindInfo& info : kKinds) {
        if (code == QLatin1String(info.code))
            return info.kind;
    }
    return std::nullopt;
}

QString AuthorityKinds::label(AuthorityKind kind)
{
    return tr(infoOf(kind).label);
}

bool AuthorityKinds::isSpecified(AuthorityKind kind)
{
    return infoOf(kind).specified;
}

} // namespace sna
