#pragma once

#include "foundation/Result.h"
#include "project/PartnershipProfile.h"

#include <memory>

namespace sna {

class Project;

// Creates a complete new project: schema, profile (area names filled in from the ONS lookup),
// and the SNA and strategy documents from their templates.
class ProjectFactory {
public:
    static Result<std::unique_ptr<Project>> create(const QString& path, PartnershipProfile profile);
};

} // namespace sna
