#include "project/ProjectFactory.h"

#include "analysis/ViolenceDefinitionStore.h"
#include "document/DocumentStore.h"
#include "document/DocumentTemplates.h"
#include "project/AreaCatalogue.h"
#include "project/ProfileStore.h"
#include "project/Project.h"

namespace sna {

Result<std::unique_ptr<Project>> ProjectFactory::create(const QString& path,
                                                        PartnershipProfile profile)
{
    profile.name = profile.name.trimmed();
    for (Area& area : profile.areas) {
        area.code = area.code.trimmed().toUpper();
        if (area.name.isEmpty()) {
            if (const auto entry = AreaCatalogue::instance().find(area.code))
                area.name = entry->name;
        }
    }
    if (auto valid = profile.validate(); !valid)
        return valid.error();

    return Project::create(path, [&](Project& project) -> Status {
        if (auto s = ProfileStore(project).save(profile, true); !s)
            return s;
        // The product's default definition is recorded, so a later change of the defaults never
        // changes this project's figures behind its back.
        if (auto s = ViolenceDefinitionStore(project).save(ViolenceDefinition::defaults(), true);
            !s)
            return s;
        for (DocumentKind kind : {DocumentKind::Sna, DocumentKind::Strategy}) {
            if (auto s = DocumentStore(project).save(DocumentTemplates::forKind(kind), true); !s)
                return s;
        }
        return {};
    });
}

} // namespace sna
