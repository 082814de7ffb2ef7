#pragma once

#include "foundation/Result.h"
#include "project/AuthorityKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sna {

// A local government area the partnership covers, by its ONS code.
struct Area {
    QString code; // e.g. E06000016, W06000008
    QString name;

    // Any W06 area puts the partnership under the Welsh publication rules.
    bool isInWales() const { return code.startsWith(QLatin1String("W")); }
    friend bool operator==(const Area&, const Area&) = default;
};

struct Authority {
    QString name;
    AuthorityKind kind = AuthorityKind::Other;
    friend bool operator==(const Authority&, const Authority&) = default;
};

struct PartnershipProfile {
    Q_DECLARE_TR_FUNCTIONS(sna::PartnershipProfile)
public:
    QString name;
    QString coordinator;
    QList<Area> areas;
    QList<Authority> authorities;

    bool coversWales() const;
    Status validate() const;
    friend bool operator==(const PartnershipProfile&, const PartnershipProfile&) = default;

    // Local government areas: English unitary, district, metropolitan, London borough and
    // county codes, and Welsh principal areas.
    static Status validateAreaCode(const QString& code);
};

} // namespace sna
