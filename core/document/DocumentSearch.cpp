#include "document/DocumentSearch.h"

#include "document/RichText.h"

#include <tuple>

namespace sna {

QList<SearchHit> DocumentSearch::findAll(const Document& document, const QString& text,
                                         const QList<Lang>& order)
{
    QList<SearchHit> hits;
    if (text.isEmpty())
        return hits;
    for (const Section& section : document.sections()) {
        for (Lang lang : order) {
            const QString plain = RichText::toPlainText(section.body.in(lang));
            int occurrence = 0;
            for (qsizetype at = plain.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
                 at = plain.indexOf(text, at + text.size(), Qt::CaseInsensitive))
                hits.append(SearchHit{section.id, lang, occurrence++});
        }
    }
    return hits;
}

std::optional<SearchHit> DocumentSearch::next(const Document& document, const QString& text,
                                              const std::optional<SearchHit>& from, bool backwards,
                                              const QList<Lang>& order)
{
    const QList<SearchHit> hits = findAll(document, text, order);
    if (hits.isEmpty())
        return std::nullopt;
    if (!from)
        return backwards ? hits.last() : hits.first();
    // Order hits (and the starting point, which need not be a hit: occurrence -1 is "before the
    // first one") by section, language, occurrence.
    auto key = [&](const SearchHit& hit) {
        return std::tuple(document.indexOf(hit.sectionId), order.indexOf(hit.lang), hit.occurrence);
    };
    const auto start = key(*from);
    if (backwards) {
        for (qsizetype i = hits.size() - 1; i >= 0; --i) {
            if (key(hits[i]) < start)
                return hits[i];
        }
        return hits.last();
    }
    for (const SearchHit& hit : hits) {
        if (key(hit) > start)
            return hit;
    }
    return hits.first();
}

} // namespace sna
