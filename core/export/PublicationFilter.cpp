#include "export/PublicationFilter.h"

namespace sna {

bool PublicationFilter::isPublishable(const Section& section, Audience audience)
{
    // Today's document model has no sensitive sections: everything is publishable.
    Q_UNUSED(section);
    Q_UNUSED(audience);
    return true;
}

Summary PublicationFilter::publishedFigures(const Summary& summary, Audience audience)
{
    // No disclosure control yet: the restricted SNA and public documents show the same counts.
    Q_UNUSED(audience);
    return summary;
}

} // namespace sna
