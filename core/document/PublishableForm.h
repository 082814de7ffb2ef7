#pragma once

#include "analysis/AnalysisContext.h"
#include "document/Document.h"
#include "foundation/Result.h"
#include "plan/ActionPlan.h"
#include "project/PartnershipProfile.h"

namespace sna {

class Project;

struct PublicationData {
    PartnershipProfile profile;
    ActionPlan plan;
    AnalysisContext analysis;
};

// What a document is when it leaves the project: the hook every exporter uses.
//  - Sensitive sections, with the sections under them, are removed (guidance para 41b).
//  - A section marked not applicable prints "Not applicable: <reason>" and nothing else.
//  - Embedded tables and key figures become Markdown after the section's text, built from the
//    current data and disclosure-controlled (unless renderTablesAndFigures is off, for an
//    exporter that lays them out itself from EmbeddedItems); charts stay embedded items.
//  - The strategy's actions section (guidance para 154(m)) ends with the action plan grouped
//    by priority and by sector (ActionPlanReport).
class PublishableForm {
public:
    struct Options {
        bool renderTablesAndFigures = true;
        bool includeActionPlan = true;
        // The full, restricted SNA keeps its sensitive sections (it never leaves the
        // partnership); everything published drops them.
        bool keepSensitive = false;
    };

    static Document publishable(const Document& document, const PublicationData& data,
                                const Options& options);
    static Document publishable(const Document& document, const PublicationData& data)
    {
        return publishable(document, data, Options{});
    }
    static Result<PublicationData> loadData(Project& project);
    static Result<Document> load(Project& project, DocumentKind kind);
    // The section that carries the action plan: the one covering para 154(m), if any.
    static QString actionPlanSectionId(const Document& document);
};

} // namespace sna
