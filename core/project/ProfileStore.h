#pragma once

#include "foundation/Result.h"
#include "project/PartnershipProfile.h"

namespace sna {

class Project;

// Reads and writes the partnership profile of a project.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(sna::ProfileStore)
public:
    explicit ProfileStore(Project& project)
        : m_project(project)
    {
    }

    Result<PartnershipProfile> load() const;
    // Replaces the stored profile in one transaction (or inside the caller's transaction when
    // `inTransaction` is true).
    Status save(const PartnershipProfile& profile, bool inTransaction = false);

private:
    Status write(const PartnershipProfile& profile);
    Project& m_project;
};

} // namespace sna
