#pragma once

#include "document/Document.h"
#include "document/Glossary.h"
#include "document/TranslationPack.h"
#include "foundation/Result.h"
#include "plan/ActionPlan.h"
#include "project/PartnershipProfile.h"

namespace sna {

class Project;

// Everything a partnership writes in a project — its profile, the two documents, the action
// plan and its own glossary terms — read and written together, so that a command changes them
// in one transaction or not at all.
struct ProjectContent {
    PartnershipProfile profile;
    Document strategy{DocumentKind::Strategy};
    Document sna{DocumentKind::Sna};
    ActionPlan plan;
    QList<GlossaryTerm> projectTerms;

    Document& document(DocumentKind kind) { return kind == DocumentKind::Sna ? sna : strategy; }
    const Document& document(DocumentKind kind) const
    {
        return kind == DocumentKind::Sna ? sna : strategy;
    }
    TranslatableContent translatable() const { return TranslatableContent{strategy, sna, plan}; }
    void setTranslatable(const TranslatableContent& content);

    static Result<ProjectContent> load(Project& project);
    Status save(Project& project) const;
};

} // namespace sna
