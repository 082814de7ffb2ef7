#pragma once

#include "analysis/Summary.h"
#include "document/Document.h"
#include "export/Publication.h"

namespace sna {

// The two gates every export passes through, in one place:
// - which sections may appear for an audience (issue 6's per-section "sensitive" flag and
//   "not applicable" sections are to be tested here: a sensitive section never reaches a
//   public export);
// - which figures are published (issue 5's disclosure control suppresses and rounds here:
//   every chart and table of figures in an export is built from what this returns).
class PublicationFilter {
public:
    static bool isPublishable(const Section& section, Audience audience);
    static Summary publishedFigures(const Summary& summary, Audience audience);
};

} // namespace sna
