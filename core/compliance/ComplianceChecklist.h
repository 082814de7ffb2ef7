#pragma once

#include "analysis/ViolenceDefinition.h"
#include "document/Document.h"
#include "foundation/Result.h"
#include "plan/ActionPlan.h"
#include "project/PartnershipProfile.h"
#include "review/SignoffStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sna {

class Project;

struct ComplianceItem {
    enum class State { Pass, Fail, NotApplicable };
    QString id;    // stable: "strategy-154-a", "welsh-complete" …
    QString title; // translated
    State state = State::Fail;
    bool required = true;
    QString reason; // translated: why it passes or fails
    // Where the user fixes it: "section:strategy:<id>", "definition", "profile", "timetable",
    // "plan".
    QString target;
};

struct ComplianceInput {
    PartnershipProfile profile;
    Document strategy{DocumentKind::Strategy};
    Document sna{DocumentKind::Sna};
    ActionPlan plan;
    QDate today;
    ViolenceDefinition definition = ViolenceDefinition::defaults();
    // Sign-off of the strategy's latest named version (issue 9); empty: not known.
    std::optional<SignoffStatus> signoff;
};

// The compliance checklist: every item is computed from the project, none is ticked by hand.
// Items follow the Duty and its statutory guidance: the local definition (paras 28–35), the
// SNA's record of data gaps (para 149), the strategy's contents (para 154 a–o, each present or
// not applicable with a reason), consultation of educational, prison and youth custody
// authorities (para 13), nothing restricted published (para 41b), the Welsh version for areas
// in Wales (para 163), publication, submission within 7 days (para 162) and annual review
// (para 153).
class ComplianceChecklist {
    Q_DECLARE_TR_FUNCTIONS(sna::ComplianceChecklist)
public:
    static QList<ComplianceItem> evaluate(const ComplianceInput& input);
    static Result<ComplianceInput> load(Project& project, const QDate& today);

    static QString stateCode(ComplianceItem::State state);  // "pass", "fail", "n/a"
    static QString stateLabel(ComplianceItem::State state); // translated
    static bool requiredPass(const QList<ComplianceItem>& items);
    static int failingRequired(const QList<ComplianceItem>& items);
    // {"items": [{"id", "title", "status", "required", "reason"}]}
    static QJsonObject toJson(const QList<ComplianceItem>& items);
};

} // namespace sna
