#pragma once

#include "analysis/ViolenceDefinition.h"
#include "foundation/Result.h"

#include <QCoreApplication>

namespace sna {

class Project;

class ViolenceDefinitionStore {
    Q_DECLARE_TR_FUNCTIONS(sna::ViolenceDefinitionStore)
public:
    explicit ViolenceDefinitionStore(Project& project)
        : m_project(project)
    {
    }

    // A project that has not recorded a definition gets ViolenceDefinition::defaults().
    Result<ViolenceDefinition> load() const;
    bool isRecorded() const;
    // Refuses an invalid definition with the reason; replaces the stored one otherwise.
    Status save(const ViolenceDefinition& definition, bool inTransaction = false);

private:
    Status write(const ViolenceDefinition& definition);
    Project& m_project;
};

} // namespace sna
