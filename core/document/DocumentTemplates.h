#pragma once

#include "document/Document.h"

namespace sna {

// The sections a new document starts with. The strategy follows the fifteen items of the
// statutory guidance, para 154 (a–o), in reading order (executive summary first); the SNA
// follows the analysis the guidance expects (paras 146–151).
class DocumentTemplates {
public:
    static Document strategy();
    static Document sna();
    static Document forKind(DocumentKind kind);
};

} // namespace sna
