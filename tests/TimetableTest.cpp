#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "project/ProfileStore.h"
#include "project/Project.h"
#include "project/Timetable.h"

using namespace sna;
using namespace sna::test;

namespace {
const QDate kToday(2024, 1, 20);

Timetable::Entry entryOf(const PartnershipProfile& profile, MilestoneKind kind)
{
    for (const Timetable::Entry& entry : Timetable::entries(profile, kToday))
        if (entry.kind == kind)
            return entry;
    FAIL("no such milestone");
    return {};
}
} // namespace

TEST_CASE("Milestones: states, the 7-day submissions, the annual review and what is due next")
{
    PartnershipProfile profile = ceredigionProfile();
    CHECK(entryOf(profile, MilestoneKind::StrategyPublication).state == Timetable::State::NotSet);
    CHECK_FALSE(Timetable::nextDue(profile, kToday));

    profile.setMilestone({MilestoneKind::Sna, QDate(2023, 12, 1), QDate(2023, 12, 4)});
    profile.setMilestone({MilestoneKind::StrategyPublication, QDate(2024, 1, 31), {}});
    profile.setMilestone({MilestoneKind::HomeOfficeSubmission, QDate(2024, 2, 7), {}});
    profile.setMilestone({MilestoneKind::AnnualReview, QDate(2025, 1, 31), {}});
    profile.setMilestone({MilestoneKind::PartnershipAgreement, QDate(2023, 3, 31), {}});

    CHECK(entryOf(profile, MilestoneKind::Sna).state == Timetable::State::Done);
    const auto publication = entryOf(profile, MilestoneKind::StrategyPublication);
    CHECK(publication.state == Timetable::State::DueSoon);
    CHECK(publication.daysLeft == 11);
    const auto homeOffice = entryOf(profile, MilestoneKind::HomeOfficeSubmission);
    CHECK(homeOffice.latest == QDate(2024, 2, 7));
    const auto welsh = entryOf(profile, MilestoneKind::WelshMinistersSubmission);
    CHECK(welsh.state == Timetable::State::NotSet);
    CHECK(welsh.latest == QDate(2024, 2, 7));
    CHECK(entryOf(profile, MilestoneKind::AnnualReview).latest == QDate(2025, 1, 31));
    CHECK(entryOf(profile, MilestoneKind::AnnualReview).state == Timetable::State::Scheduled);
    CHECK(entryOf(profile, MilestoneKind::PartnershipAgreement).state == Timetable::State::Overdue);

    // Overdue first, then the earliest date.
    CHECK(Timetable::nextDue(profile, kToday)->kind == MilestoneKind::PartnershipAgreement);
    profile.setMilestone(
        {MilestoneKind::PartnershipAgreement, QDate(2023, 3, 31), QDate(2023, 3, 30)});
    CHECK(Timetable::nextDue(profile, kToday)->kind == MilestoneKind::StrategyPublication);

    // Publishing earlier than planned moves the submission deadlines with it.
    profile.setMilestone(
        {MilestoneKind::StrategyPublication, QDate(2024, 1, 31), QDate(2024, 1, 15)});
    CHECK(entryOf(profile, MilestoneKind::HomeOfficeSubmission).latest == QDate(2024, 1, 22));

    // Areas in England have no Welsh Ministers' milestone.
    const auto english = Timetable::entries(leicesterProfile(), kToday);
    for (const auto& entry : english)
        CHECK(entry.kind != MilestoneKind::WelshMinistersSubmission);
    // Clearing both dates removes a milestone.
    profile.setMilestone({MilestoneKind::AnnualReview, {}, {}});
    CHECK(profile.milestone(MilestoneKind::AnnualReview) == nullptr);
}

TEST_CASE("Governance, consultation and milestones survive the project file")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("profile.sna"));
    PartnershipProfile profile = ceredigionProfile();
    profile.authorities = {
        {QStringLiteral("Ysgolion Ceredigion"), AuthorityKind::Education, QDate(2023, 10, 2)},
        {QStringLiteral("HMP Parc"), AuthorityKind::Prison}};
    profile.governanceBodies = {QStringLiteral("Bwrdd Diogelwch Cymunedol")};
    profile.setMilestone(
        {MilestoneKind::StrategyPublication, QDate(2024, 1, 31), QDate(2024, 1, 30)});
    profile.setMilestone({MilestoneKind::AnnualReview, QDate(2025, 1, 31), {}});
    {
        auto project = createProject(path, profile);
        // Refused edits leave the file as it was.
        PartnershipProfile bad = profile;
        bad.authorities << Authority{QStringLiteral("hmp parc"), AuthorityKind::Prison};
        auto twice = ProfileStore(*project).save(bad);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().message.contains(QStringLiteral("twice")));
        bad = profile;
        bad.authorities[1].consultedOn = QDate::currentDate().addDays(3);
        CHECK(ProfileStore(*project).save(bad).error().message.contains(QStringLiteral("future")));
    }
    auto project = openProject(path);
    const PartnershipProfile stored = ProfileStore(*project).load().value();
    CHECK(stored.authorities == profile.authorities);
    CHECK(stored.governanceBodies == profile.governanceBodies);
    CHECK(stored.milestones == profile.milestones);
}
