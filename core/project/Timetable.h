#pragma once

#include "project/PartnershipProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>
#include <vector>

namespace sna {

// The partnership's timetable under the Duty (guidance paras 153, 160–162): the SNA, publication
// of the strategy, submission to the Home Office within 7 days of publication and — for areas in
// Wales — to the Welsh Ministers within 7 days, and the review at least once a year.
class Timetable {
    Q_DECLARE_TR_FUNCTIONS(sna::Timetable)
public:
    static constexpr int kSubmissionDays = 7;

    static const std::vector<MilestoneKind>& kinds();
    static QString code(MilestoneKind kind); // "sna", "strategy-publication" …
    static std::optional<MilestoneKind> fromCode(const QString& code);
    static QString label(MilestoneKind kind); // translated
    // Welsh Ministers only hear from partnerships covering part of Wales.
    static bool appliesTo(MilestoneKind kind, const PartnershipProfile& profile);

    enum class State { NotSet, Scheduled, DueSoon, Overdue, Done };
    static QString stateCode(State state);  // "not-set", "scheduled", "due-soon", "overdue", "done"
    static QString stateLabel(State state); // translated

    struct Entry {
        MilestoneKind kind;
        QDate due;
        QDate done;
        QDate latest; // the date the Duty sets, from other milestones; invalid when none
        State state = State::NotSet;
        int daysLeft = 0; // to the due date (negative when overdue)
    };
    // Every milestone that applies to the partnership, in the order of the kinds.
    static QList<Entry> entries(const PartnershipProfile& profile, const QDate& today);
    // The outstanding milestone with the earliest due date (overdue ones first).
    static std::optional<Entry> nextDue(const PartnershipProfile& profile, const QDate& today);
    static constexpr int kDueSoonDays = 30;
};

} // namespace sna
