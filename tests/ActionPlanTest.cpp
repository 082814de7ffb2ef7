#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "plan/ActionPlanReport.h"
#include "plan/ActionPlanStore.h"
#include "project/Project.h"

using namespace sna;
using namespace sna::test;

namespace {
Action action(const QString& en, const QString& cy, const QString& sector, int priority)
{
    Action a;
    a.title = BilingualText{en, cy};
    a.sector = sector;
    a.priorityId = priority;
    a.lead = QStringLiteral("Council");
    a.due = QDate(2025, 3, 31);
    return a;
}

ActionPlan samplePlan()
{
    ActionPlan plan;
    const int youth = plan.addPriority(
        Priority{0,
                 {QStringLiteral("Youth violence"), QStringLiteral("Trais ieuenctid")},
                 QStringLiteral("recommendations")});
    const int knives = plan.addPriority(
        Priority{0, {QStringLiteral("Knife crime"), QStringLiteral("Troseddau cyllyll")}, {}});
    plan.addAction(action(QStringLiteral("Outreach"), QStringLiteral("Allgymorth"),
                          QStringLiteral("whole-partnership"), youth));
    plan.addAction(action(QStringLiteral("School sessions"), QStringLiteral("Sesiynau ysgol"),
                          QStringLiteral("education"), knives));
    plan.addAction(action(QStringLiteral("Sweeps"), QStringLiteral("Chwilio"),
                          QStringLiteral("police"), knives));
    plan.addAction(
        action(QStringLiteral("Joint work"), QStringLiteral("Cydweithio"), QString(), 0));
    return plan;
}
} // namespace

TEST_CASE("An action's translation status follows its texts")
{
    ActionPlan plan;
    Action draft;
    draft.title.en = QStringLiteral("Youth outreach");
    const int id = plan.addAction(draft);
    auto status = [&] { return plan.action(id)->translationStatus(); };
    CHECK(status() == TranslationStatus::Missing);
    plan.setText(id, Action::Field::Title, Lang::Cy, QStringLiteral("Allgymorth ieuenctid"));
    CHECK(status() == TranslationStatus::UpToDate);
    plan.setText(id, Action::Field::Description, Lang::En, QStringLiteral("Friday evenings."));
    CHECK(status() == TranslationStatus::Missing); // the description has no Welsh
    plan.setText(id, Action::Field::Description, Lang::Cy, QStringLiteral("Nos Wener."));
    CHECK(status() == TranslationStatus::UpToDate);
    plan.setText(id, Action::Field::Title, Lang::En, QStringLiteral("Youth outreach work"));
    CHECK(status() == TranslationStatus::Stale);
    plan.confirmTranslation(id);
    CHECK(status() == TranslationStatus::UpToDate);

    // Other fields do not touch the texts or their history.
    Action changed = *plan.action(id);
    changed.status = ActionStatus::AtRisk;
    changed.title.en = QStringLiteral("ignored");
    plan.updateAction(changed);
    CHECK(plan.action(id)->status == ActionStatus::AtRisk);
    CHECK(plan.action(id)->title.en == QLatin1String("Youth outreach work"));
    CHECK(status() == TranslationStatus::UpToDate);
}

TEST_CASE("Bad actions are refused with the reason")
{
    ActionPlan plan = samplePlan();
    Action bad = *plan.action(1);
    bad.start = QDate(2025, 4, 1);
    bad.due = QDate(2025, 3, 1);
    auto refused = plan.validateAction(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("2025-03-01")));
    bad = *plan.action(1);
    bad.sector = QStringLiteral("army");
    CHECK(plan.validateAction(bad).error().message.contains(QStringLiteral("“army”")));
    bad = *plan.action(1);
    bad.priorityId = 42;
    CHECK(plan.validateAction(bad).error().message.contains(QStringLiteral("42")));
    bad = *plan.action(1);
    bad.title = {};
    CHECK_FALSE(plan.validateAction(bad).ok());
}

TEST_CASE("The plan prints grouped by priority and by sector, in both languages")
{
    ActionPlan plan = samplePlan();
    const QList<ActionGroup> byPriority = ActionPlanReport::byPriority(plan);
    REQUIRE(byPriority.size() == 3);
    CHECK(byPriority[0].heading.en == QLatin1String("Priority 1: Youth violence"));
    CHECK(byPriority[1].heading.cy == QLatin1String("Blaenoriaeth 2: Troseddau cyllyll"));
    CHECK(byPriority[1].actions.size() == 2);
    CHECK(byPriority[1].actions[0].title.en == QLatin1String("School sessions"));
    CHECK(byPriority[2].key.isEmpty()); // actions linked to no priority come last
    CHECK(byPriority[2].actions.first().title.en == QLatin1String("Joint work"));

    const QList<ActionGroup> bySector = ActionPlanReport::bySector(plan);
    QStringList sectors;
    for (const ActionGroup& group : bySector)
        sectors << group.key;
    CHECK(sectors == QStringList{QStringLiteral("whole-partnership"), QStringLiteral("police"),
                                 QStringLiteral("education"), QString()});

    const QString welsh = ActionPlanReport::toMarkdown(plan, Lang::Cy);
    CHECK(welsh.contains(QStringLiteral("### Camau gweithredu yn ôl blaenoriaeth")));
    CHECK(welsh.contains(QStringLiteral("#### Blaenoriaeth 1: Trais ieuenctid")));
    CHECK(welsh.contains(QStringLiteral("### Camau gweithredu yn ôl sector")));
    CHECK(welsh.contains(QStringLiteral("#### Yr heddlu")));
    CHECK(welsh.contains(QStringLiteral("**Sesiynau ysgol**")));
    CHECK(welsh.contains(QStringLiteral("Maw 2025")));
    CHECK_FALSE(welsh.contains(QStringLiteral("Outreach")));

    // Removing a priority unlinks its actions.
    plan.removePriority(byPriority[0].key.toInt());
    CHECK(plan.action(1)->priorityId == 0);
}

TEST_CASE("The action plan survives the project file")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("plan.sna"));
    ActionPlan plan = samplePlan();
    Action& detailed = const_cast<Action&>(*plan.action(2));
    Action copy = detailed;
    copy.partners = {QStringLiteral("Police"), QStringLiteral("Youth Justice Service")};
    copy.start = QDate(2024, 9, 1);
    copy.status = ActionStatus::OffTrack;
    copy.sourceLanguage = Lang::Cy;
    plan.updateAction(copy);
    plan.setText(2, Action::Field::Measure, Lang::En, QStringLiteral("Every school visited"));
    {
        auto project = createProject(path);
        REQUIRE(ActionPlanStore(*project).save(plan).ok());
    }
    auto project = openProject(path);
    const ActionPlan stored = ActionPlanStore(*project).load().value();
    CHECK(stored == plan);
    CHECK(stored.action(2)->partners.size() == 2);
    CHECK(stored.action(2)->sourceLanguage == Lang::Cy);
    CHECK(stored.action(4)->priorityId == 0);
}

TEST_CASE("Changing a copy of the plan leaves the original as it was (undo keeps both)")
{
    const ActionPlan original = samplePlan();
    ActionPlan copy = original;
    Action changed = *copy.action(1);
    changed.start = QDate(2030, 1, 1);
    copy.updateAction(changed);
    copy.setText(1, Action::Field::Title, Lang::En, QStringLiteral("Changed"));
    copy.confirmTranslation(2);
    copy.setRevision(3, Lang::Cy, 99);
    CHECK_FALSE(original.action(1)->start.isValid());
    CHECK(original.action(1)->title.en == QLatin1String("Outreach"));
    CHECK(original.action(3)->revisionCy != 99);
    CHECK_FALSE(original == copy);
}
