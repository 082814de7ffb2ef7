#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "compliance/ComplianceChecklist.h"
#include "document/DocumentTemplates.h"

#include <QJsonArray>

using namespace sna;
using namespace sna::test;

namespace {
const QDate kToday(2024, 3, 1);

void writeAll(Document& document)
{
    for (const Section& section : document.sections()) {
        document.setBody(section.id, Lang::En, QStringLiteral("Text for %1.").arg(section.id));
        document.setBody(section.id, Lang::Cy,
                         QStringLiteral("Testun ar gyfer %1.").arg(section.id));
    }
}

// A partnership in Wales that has done everything the checklist asks.
ComplianceInput compliant()
{
    ComplianceInput input;
    input.today = kToday;
    input.profile = ceredigionProfile();
    input.profile.coordinator = QStringLiteral("Siân Jones");
    input.profile.authorities = {
        {QStringLiteral("Ysgolion Ceredigion"), AuthorityKind::Education, QDate(2023, 10, 2)},
        {QStringLiteral("HMP Parc"), AuthorityKind::Prison, QDate(2023, 10, 3)},
        {QStringLiteral("Youth Custody Service"), AuthorityKind::YouthCustody, QDate(2023, 10, 4)}};
    input.profile.setMilestone({MilestoneKind::Sna, QDate(2023, 11, 30), QDate(2023, 11, 30)});
    input.profile.setMilestone(
        {MilestoneKind::StrategyPublication, QDate(2024, 1, 31), QDate(2024, 1, 31)});
    input.profile.setMilestone(
        {MilestoneKind::HomeOfficeSubmission, QDate(2024, 2, 7), QDate(2024, 2, 5)});
    input.profile.setMilestone(
        {MilestoneKind::WelshMinistersSubmission, QDate(2024, 2, 7), QDate(2024, 2, 5)});
    input.profile.setMilestone({MilestoneKind::AnnualReview, QDate(2025, 1, 31), {}});
    input.strategy = DocumentTemplates::strategy();
    writeAll(input.strategy);
    input.sna = DocumentTemplates::sna();
    writeAll(input.sna);
    Action action;
    action.title = {QStringLiteral("Outreach"), QStringLiteral("Allgymorth")};
    action.measure = {QStringLiteral("Fewer incidents"), QStringLiteral("Llai o ddigwyddiadau")};
    action.lead = QStringLiteral("Council");
    action.due = QDate(2025, 3, 31);
    input.plan.addAction(action);
    return input;
}

ComplianceItem item(const ComplianceInput& input, const QString& id)
{
    for (const ComplianceItem& entry : ComplianceChecklist::evaluate(input))
        if (entry.id == id)
            return entry;
    FAIL("no item " << id.toStdString());
    return {};
}

using State = ComplianceItem::State;
} // namespace

TEST_CASE("A partnership that has done everything passes every item of the checklist")
{
    const QList<ComplianceItem> items = ComplianceChecklist::evaluate(compliant());
    QStringList ids;
    for (const ComplianceItem& entry : items) {
        INFO(entry.id.toStdString() + ": " + entry.reason.toStdString());
        CHECK(entry.state == State::Pass);
        CHECK_FALSE(entry.title.isEmpty());
        CHECK_FALSE(entry.reason.isEmpty());
        ids << entry.id;
    }
    CHECK(ComplianceChecklist::requiredPass(items));
    for (const char* id :
         {"definition-youth-violence", "definition-excludes-terrorism", "sna-data-gaps",
          "strategy-154-a", "strategy-154-o", "consulted-education", "consulted-prison",
          "consulted-youth-custody", "no-sensitive-published", "welsh-complete", "publication-date",
          "home-office-submission", "welsh-ministers-submission", "annual-review"})
        CHECK(ids.contains(QLatin1String(id)));
    CHECK(ids.filter(QStringLiteral("strategy-154-")).size() == 15);
}

TEST_CASE("Checklist: the local definition")
{
    ComplianceInput input = compliant();
    CHECK(item(input, QStringLiteral("definition-youth-violence")).state == State::Pass);
    CHECK(item(input, QStringLiteral("definition-excludes-terrorism")).state == State::Pass);
    // Computed from the definition as it is, even one the store would refuse to save.
    for (DefinitionCategory& category : input.definition.categories) {
        if (category.scope == ViolenceScope::ViolenceInherent)
            category.included = false;
    }
    const ComplianceItem youth = item(input, QStringLiteral("definition-youth-violence"));
    CHECK(youth.state == State::Fail);
    CHECK(youth.reason.contains(QStringLiteral("Crime where violence is inherent")));
    input.definition.categories.append(
        DefinitionCategory{QStringLiteral("terror"),
                           ViolenceScope::Terrorism,
                           {QStringLiteral("Terrorism"), QStringLiteral("Terfysgaeth")},
                           {},
                           true});
    CHECK(item(input, QStringLiteral("definition-excludes-terrorism")).state == State::Fail);
}

TEST_CASE("Checklist: the SNA's data gaps")
{
    ComplianceInput input = compliant();
    input.sna.setBody(QStringLiteral("data-gaps"), Lang::En, QString());
    CHECK(item(input, QStringLiteral("sna-data-gaps")).state == State::Fail);
    input.sna.setNotApplicable(QStringLiteral("data-gaps"), true);
    input.sna.setNotApplicableReason(QStringLiteral("data-gaps"), Lang::En, QStringLiteral("None"));
    CHECK(item(input, QStringLiteral("sna-data-gaps")).state == State::Fail);
    input.sna.removeSection(QStringLiteral("data-gaps"));
    CHECK(
        item(input, QStringLiteral("sna-data-gaps")).reason.contains(QStringLiteral("no section")));
}

TEST_CASE("Checklist: each item of para 154 is present, merged, or not applicable with a reason")
{
    ComplianceInput input = compliant();
    const QString k = QStringLiteral("strategy-154-k");
    input.strategy.setBody(QStringLiteral("scrutiny"), Lang::En, QString());
    CHECK(item(input, k).state == State::Fail);
    CHECK(item(input, k).target == QLatin1String("section:strategy:scrutiny"));

    input.strategy.setNotApplicable(QStringLiteral("scrutiny"), true);
    CHECK(item(input, k).state == State::Fail); // no reason
    CHECK(item(input, k).reason.contains(QStringLiteral("without a reason")));
    input.strategy.setNotApplicableReason(QStringLiteral("scrutiny"), Lang::En,
                                          QStringLiteral("Covered by the police and crime panel."));
    CHECK(item(input, k).state == State::Pass);
    CHECK(item(input, k).reason.contains(QStringLiteral("police and crime panel")));

    input.strategy.setNotApplicable(QStringLiteral("scrutiny"), false);
    input.strategy.setBody(QStringLiteral("scrutiny"), Lang::En, QStringLiteral("Scrutiny."));
    REQUIRE(input.strategy.mergeSection(QStringLiteral("scrutiny"), QStringLiteral("governance")));
    CHECK(item(input, k).state == State::Pass);
    CHECK(item(input, k).reason.contains(QStringLiteral("Governance")));

    // Restricted sections are not published, so they do not count.
    input.strategy.setSensitive(QStringLiteral("governance"), true);
    CHECK(item(input, k).state == State::Fail);
    CHECK(item(input, QStringLiteral("strategy-154-b"))
              .reason.contains(QStringLiteral("restricted")));
    const ComplianceItem restricted = item(input, QStringLiteral("no-sensitive-published"));
    CHECK(restricted.state == State::Pass);
    CHECK(restricted.reason.contains(QStringLiteral("Governance")));

    input.strategy.removeSection(QStringLiteral("governance"));
    CHECK(item(input, QStringLiteral("strategy-154-b"))
              .reason.contains(QStringLiteral("No section")));
}

TEST_CASE("Checklist: consultation of educational, prison and youth custody authorities")
{
    ComplianceInput input = compliant();
    input.profile.authorities[1].consultedOn = QDate();
    const ComplianceItem prison = item(input, QStringLiteral("consulted-prison"));
    CHECK(prison.state == State::Fail);
    CHECK(prison.reason.contains(QStringLiteral("HMP Parc")));
    input.profile.authorities.removeLast();
    CHECK(item(input, QStringLiteral("consulted-youth-custody"))
              .reason.contains(QStringLiteral("No youth custody authority")));
    CHECK(item(input, QStringLiteral("consulted-education")).state == State::Pass);
}

TEST_CASE("Checklist: the Welsh version, only where an area is in Wales")
{
    ComplianceInput input = compliant();
    input.strategy.setBody(QStringLiteral("delivery"), Lang::En, QStringLiteral("Changed."));
    ComplianceItem welsh = item(input, QStringLiteral("welsh-complete"));
    CHECK(welsh.state == State::Fail);
    CHECK(welsh.required);
    CHECK(welsh.reason.contains(QStringLiteral("Welsh out of date")));
    CHECK(welsh.target == QLatin1String("section:strategy:delivery"));
    input.strategy.confirmTranslation(QStringLiteral("delivery"));
    CHECK(item(input, QStringLiteral("welsh-complete")).state == State::Pass);

    input.plan.setText(1, Action::Field::Description, Lang::En, QStringLiteral("Evenings."));
    CHECK(item(input, QStringLiteral("welsh-complete"))
              .reason.contains(QStringLiteral("Action “Outreach”: translation missing")));

    // A restricted section need not be translated: it is not published.
    input = compliant();
    input.strategy.setBody(QStringLiteral("delivery"), Lang::Cy, QString());
    CHECK(item(input, QStringLiteral("welsh-complete")).state == State::Fail);
    input.strategy.setSensitive(QStringLiteral("delivery"), true);
    CHECK(item(input, QStringLiteral("welsh-complete")).state == State::Pass);

    input.profile = leicesterProfile();
    CHECK(item(input, QStringLiteral("welsh-complete")).state == State::NotApplicable);
    CHECK(item(input, QStringLiteral("welsh-ministers-submission")).state == State::NotApplicable);
    // The SNA's Welsh version is recommended, not required.
    CHECK_FALSE(item(compliant(), QStringLiteral("welsh-complete-sna")).required);
}

TEST_CASE("Checklist: publication, submission within 7 days and the annual review")
{
    ComplianceInput input = compliant();
    input.profile.setMilestone({MilestoneKind::HomeOfficeSubmission, QDate(2024, 2, 12), {}});
    ComplianceItem homeOffice = item(input, QStringLiteral("home-office-submission"));
    CHECK(homeOffice.state == State::Fail);
    CHECK(homeOffice.reason.contains(QStringLiteral("more than 7 days")));
    input.profile.setMilestone({MilestoneKind::HomeOfficeSubmission, QDate(2024, 2, 7), {}});
    homeOffice = item(input, QStringLiteral("home-office-submission"));
    CHECK(homeOffice.state == State::Fail); // due 7 Feb, today 1 March, not sent
    CHECK(homeOffice.reason.contains(QStringLiteral("Overdue")));

    input = compliant();
    input.profile.setMilestone({MilestoneKind::StrategyPublication, {}, {}});
    CHECK(item(input, QStringLiteral("publication-date")).state == State::Fail);
    input.profile.setMilestone({MilestoneKind::StrategyPublication, QDate(2024, 4, 30), {}});
    CHECK(item(input, QStringLiteral("publication-date")).state == State::Pass);
    CHECK(item(input, QStringLiteral("publication-date"))
              .reason.contains(QStringLiteral("30 April 2024")));

    input = compliant();
    input.profile.setMilestone({MilestoneKind::AnnualReview, {}, {}});
    CHECK(item(input, QStringLiteral("annual-review")).state == State::Fail);
    input.profile.setMilestone({MilestoneKind::AnnualReview, QDate(2025, 6, 1), {}});
    CHECK(item(input, QStringLiteral("annual-review"))
              .reason.contains(QStringLiteral("more than a year")));
}

TEST_CASE("The checklist as JSON has exactly the documented keys")
{
    ComplianceInput input = compliant();
    input.profile = leicesterProfile();
    const QJsonObject json = ComplianceChecklist::toJson(ComplianceChecklist::evaluate(input));
    CHECK(json.keys() == QStringList{QStringLiteral("items")});
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() > 20);
    QSet<QString> statuses;
    for (const QJsonValue& value : items) {
        const QJsonObject entry = value.toObject();
        CHECK(entry.keys() == QStringList{QStringLiteral("id"), QStringLiteral("reason"),
                                          QStringLiteral("required"), QStringLiteral("status"),
                                          QStringLiteral("title")});
        CHECK(entry.value(QStringLiteral("required")).isBool());
        statuses.insert(entry.value(QStringLiteral("status")).toString());
    }
    CHECK(statuses ==
          QSet<QString>{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("n/a")});
}
