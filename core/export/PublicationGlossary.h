#pragma once

#include "foundation/BilingualText.h"
#include "foundation/Language.h"

#include <QList>

namespace sna {

// The terms a reader of a strategy or needs assessment may not know, defined in both
// languages; printed as the glossary annex in the collation order of each language (Welsh
// digraphs ch, dd, ff, ng, ll, ph, rh, th sort as letters).
class PublicationGlossary {
public:
    struct Entry {
        BilingualText term;
        BilingualText definition;
    };
    static QList<Entry> entries();
    static QList<Entry> sorted(Lang lang);
};

} // namespace sna
