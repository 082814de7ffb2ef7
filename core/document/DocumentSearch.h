#pragma once

#include "document/Document.h"

#include <optional>

namespace sna {

// Find in a document: every place a text occurs in the sections' English and Welsh text (as
// the editor shows it, so Markdown marks do not get in the way), in reading order.
struct SearchHit {
    QString sectionId;
    Lang lang = Lang::En;
    int occurrence = 0; // 0 for the first occurrence in that section's text in that language
    friend bool operator==(const SearchHit&, const SearchHit&) = default;
};

class DocumentSearch {
public:
    // Hits section by section; within a section, the languages in `order` (the editor's column
    // order), then by position. Case-insensitive.
    static QList<SearchHit> findAll(const Document& document, const QString& text,
                                    const QList<Lang>& order);
    // The hit after (or before) `from`, wrapping round; `from` need not be a hit (occurrence -1
    // stands for the start of a section's text). Nothing when the text does not occur.
    static std::optional<SearchHit> next(const Document& document, const QString& text,
                                         const std::optional<SearchHit>& from, bool backwards,
                                         const QList<Lang>& order);
};

} // namespace sna
