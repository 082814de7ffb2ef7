#include "project/Timetable.h"

#include <algorithm>

namespace sna {

namespace {
struct KindInfo {
    MilestoneKind kind;
    const char* code;
    const char* label;
};

const KindInfo kKinds[] = {
    {MilestoneKind::PartnershipAgreement, "partnership-agreement",
     QT_TRANSLATE_NOOP("sna::Timetable", "Partnership agreement")},
    {MilestoneKind::Sna, "sna",
     QT_TRANSLATE_NOOP("sna::Timetable", "Strategic needs assessment completed")},
    {MilestoneKind::StrategyPublication, "strategy-publication",
     QT_TRANSLATE_NOOP("sna::Timetable", "Strategy published")},
    {MilestoneKind::HomeOfficeSubmission, "home-office-submission",
     QT_TRANSLATE_NOOP("sna::Timetable", "Strategy sent to the Home Office")},
    {MilestoneKind::WelshMinistersSubmission, "welsh-ministers-submission",
     QT_TRANSLATE_NOOP("sna::Timetable", "Strategy sent to the Welsh Ministers")},
    {MilestoneKind::AnnualReview, "annual-review",
     QT_TRANSLATE_NOOP("sna::Timetable", "Annual review of the strategy")},
};
} // namespace

const std::vector<MilestoneKind>& Timetable::kinds()
{
    static const std::vector<MilestoneKind> list = [] {
        std::vector<MilestoneKind> all;
        for (const KindInfo& info : kKinds)
            all.push_back(info.kind);
        return all;
    }();
    return list;
}

QString Timetable::code(MilestoneKind kind)
{
    return QString::fromLatin1(kKinds[int(kind)].code);
}

std::optional<MilestoneKind> Timetable::fromCode(const QString& code)
{
    for (const KindInfo& info : kKinds) {
        if (code == QLatin1String(info.code))
            return info.kind;
    }
    return std::nullopt;
}

QString Timetable::label(MilestoneKind kind)
{
    return tr(kKinds[int(kind)].label);
}

bool Timetable::appliesTo(MilestoneKind kind, const PartnershipProfile& profile)
{
    return kind != MilestoneKind::WelshMinistersSubmission || profile.coversWales();
}

QString Timetable::stateCode(State state)
{
    switch (state) {
    case State::NotSet:
        return QStringLiteral("not-set");
    case State::Scheduled:
        return QStringLiteral("scheduled");
    case State::DueSoon:
        return QStringLiteral("due-soon");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString Timetable::stateLabel(State state)
{
    switch (state) {
    case State::NotSet:
        return tr("No date set");
    case State::Scheduled:
        return tr("Scheduled");
    case State::DueSoon:
        return tr("Due soon");
    case State::Overdue:
        return tr("Overdue");
    case State::Done:
        return tr("Done");
    }
    return {};
}

QList<Timetable::Entry> Timetable::entries(const PartnershipProfile& profile, const QDate& today)
{
    const Milestone* publication = profile.milestone(MilestoneKind::StrategyPublication);
    // Submissions are due within 7 days of the day the strategy was (or will be) published;
    // the review within a year of publication.
    QDate published;
    if (publication)
        published = publication->done.isValid() ? publication->done : publication->due;

    QList<Entry> list;
    for (MilestoneKind kind : kinds()) {
        if (!appliesTo(kind, profile))
            continue;
        Entry entry;
        entry.kind = kind;
        if (const Milestone* milestone = profile.milestone(kind)) {
            entry.due = milestone->due;
            entry.done = milestone->done;
        }
        if (published.isValid()) {
            if (kind == MilestoneKind::HomeOfficeSubmission ||
                kind == MilestoneKind::WelshMinistersSubmission)
                entry.latest = published.addDays(kSubmissionDays);
            else if (kind == MilestoneKind::AnnualReview)
                entry.latest = published.addYears(1);
        }
        if (entry.done.isValid()) {
            entry.state = State::Done;
        } else if (!entry.due.isValid()) {
            entry.state = State::NotSet;
        } else {
            entry.daysLeft = int(today.daysTo(entry.due));
            entry.state = entry.daysLeft < 0               ? State::Overdue
                          : entry.daysLeft <= kDueSoonDays ? State::DueSoon
                                                           : State::Scheduled;
        }
        list.append(entry);
    }
    return list;
}

std::optional<Timetable::Entry> Timetable::nextDue(const PartnershipProfile& profile,
                                                   const QDate& today)
{
    std::optional<Entry> next;
    for (const Entry& entry : entries(profile, today)) {
        if (entry.state == State::Done || entry.state == State::NotSet)
            continue;
        if (!next || entry.due < next->due)
            next = entry;
    }
    return next;
}

} // namespace sna
