#include "document/ProjectContent.h"

#include "document/DocumentStore.h"
#include "document/GlossaryStore.h"
#include "plan/ActionPlanStore.h"
#include "project/ProfileStore.h"
#include "project/Project.h"

namespace sna {

void ProjectContent::setTranslatable(const TranslatableContent& content)
{
    strategy = content.strategy;
    sna = content.sna;
    plan = content.plan;
}

Result<ProjectContent> ProjectContent::load(Project& project)
{
    ProjectContent content;
    auto profile = ProfileStore(project).load();
    if (!profile)
        return profile.error();
    content.profile = profile.value();
    for (DocumentKind kind : {DocumentKind::Strategy, DocumentKind::Sna}) {
        auto document = DocumentStore(project).load(kind);
        if (!document)
            return document.error();
        content.document(kind) = document.value();
    }
    auto plan = ActionPlanStore(project).load();
    if (!plan)
        return plan.error();
    content.plan = plan.value();
    auto terms = GlossaryStore(project).load();
    if (!terms)
        return terms.error();
    content.projectTerms = terms.value();
    return content;
}

Status ProjectContent::save(Project& project) const
{
    return project.transaction([&]() -> Status {
        if (auto s = ProfileStore(project).save(profile, true); !s)
            return s;
        for (const Document* document : {&strategy, &sna}) {
            if (auto s = DocumentStore(project).save(*document, true); !s)
                return s;
        }
        if (auto s = ActionPlanStore(project).save(plan, true); !s)
            return s;
        return GlossaryStore(project).save(projectTerms, true);
    });
}

} // namespace sna
