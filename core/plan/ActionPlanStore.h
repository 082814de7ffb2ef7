#pragma once

#include "foundation/Result.h"
#include "plan/ActionPlan.h"

#include <QCoreApplication>

namespace sna {

class Project;

// Reads and writes the action plan of a project.
class ActionPlanStore {
    Q_DECLARE_TR_FUNCTIONS(sna::ActionPlanStore)
public:
    explicit ActionPlanStore(Project& project)
        : m_project(project)
    {
    }

    Result<ActionPlan> load() const;
    // Replaces the stored plan in one transaction (or inside the caller's).
    Status save(const ActionPlan& plan, bool inTransaction = false);

private:
    Status write(const ActionPlan& plan);
    Project& m_project;
};

} // namespace sna
