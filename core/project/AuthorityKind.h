#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace sna {

// The kinds of body the Duty names (specified authorities, the bodies they must consult, and
// the partners they may work with). Codes are stable and stored in project files.
enum class AuthorityKind {
    Police,
    Probation,
    YouthJustice,
    Fire,
    Health,
    LocalAuthority,
    Education,
    Prison,
    YouthCustody,
    PolicingBody,
    Voluntary,
    Other,
};

class AuthorityKinds {
    Q_DECLARE_TR_FUNCTIONS(sna::AuthorityKinds)
public:
    static const std::vector<AuthorityKind>& all();
    static QString code(AuthorityKind kind);
    static std::optional<AuthorityKind> fromCode(const QString& code);
    static QString label(AuthorityKind kind); // translated
    // Specified authorities carry the Duty; the others are consulted or work alongside.
    static bool isSpecified(AuthorityKind kind);
};

} // namespace sna
