#pragma once

#include "analysis/AnalysisSettings.h"
#include "analysis/Summary.h"
#include "document/Document.h"
#include "document/PublishableForm.h"
#include "export/Publication.h"

namespace sna {

// The two gates every export passes through, in one place:
// - which sections may appear for an audience: a sensitive (restricted) section never reaches
//   a public export (guidance para 41b); the full SNA, restricted itself, keeps them;
// - which figures are published: for anything public, counts are disclosure-controlled
//   (analysis/DisclosureControl) before any chart or table is drawn from them.
class PublicationFilter {
public:
    static bool isPublishable(const Section& section, Audience audience);
    // The document as it may leave the project for the audience (see PublishableForm).
    static Document publishableDocument(const Document& document, const PublicationData& data,
                                        Audience audience);
    // Public: months, categories and serious-violence figures whose published count is hidden
    // are left out of every series (a chart shows a gap, never a hidden count); the analyst's
    // restricted view keeps exact figures.
    static Summary publishedFigures(const Summary& summary, Audience audience,
                                    const AnalysisSettings& settings = {});
};

} // namespace sna
