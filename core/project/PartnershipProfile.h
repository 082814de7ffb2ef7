#pragma once

#include "foundation/Result.h"
#include "project/AuthorityKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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
    Authority() = default;
    Authority(QString name, AuthorityKind kind, QDate consultedOn = {})
        : name(std::move(name))
        , kind(kind)
        , consultedOn(consultedOn)
    {
    }

    QString name;
    AuthorityKind kind = AuthorityKind::Other;
    // When the authority was consulted on the strategy (educational, prison and youth custody
    // authorities must be, guidance para 13); invalid when not yet.
    QDate consultedOn;
    friend bool operator==(const Authority&, const Authority&) = default;
};

// A date the partnership works to. The kinds are those of the Duty's timetable; see Timetable.
enum class MilestoneKind {
    PartnershipAgreement,
    Sna,
    StrategyPublication,
    HomeOfficeSubmission,
    WelshMinistersSubmission,
    AnnualReview,
};

struct Milestone {
    MilestoneKind kind = MilestoneKind::Sna;
    QDate due;  // planned or required date
    QDate done; // when it happened; invalid while outstanding
    friend bool operator==(const Milestone&, const Milestone&) = default;
};

struct PartnershipProfile {
    Q_DECLARE_TR_FUNCTIONS(sna::PartnershipProfile)
public:
    QString name;
    QString coordinator;
    QList<Area> areas;
    QList<Authority> authorities;
    QStringList governanceBodies; // boards and meetings that govern the partnership's work
    QList<Milestone> milestones;  // at most one of each kind

    bool coversWales() const;
    const Milestone* milestone(MilestoneKind kind) const;
    void setMilestone(const Milestone& milestone); // replaces that kind; removed when empty
    const Authority* authority(const QString& name) const;
    Status validate() const;
    friend bool operator==(const PartnershipProfile&, const PartnershipProfile&) = default;

    // Local government areas: English unitary, district, metropolitan, London borough and
    // county codes, and Welsh principal areas.
    static Status validateAreaCode(const QString& code);
};

} // namespace sna
