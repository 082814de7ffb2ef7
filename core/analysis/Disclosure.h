#pragma once

#include <QList>

#include <optional>

namespace sna {

// Disclosure control for counts that leave the analyst's screen (see
// ../shared/domain/BRIEF.md, "Disclosure control norms"): counts from 1 to the threshold are
// withheld, and when a table shows its total, one more cell is withheld wherever a single
// withheld cell could otherwise be worked out by subtraction.
class Disclosure {
public:
    // Each count, or nothing where it is withheld. `withTotal` says the total is shown too.
    static QList<std::optional<qint64>> control(const QList<qint64>& counts, int threshold,
                                                bool withTotal);
    // The total itself, withheld when it is small.
    static std::optional<qint64> controlTotal(qint64 total, int threshold);
    static bool isSmall(qint64 count, int threshold) { return count >= 1 && count <= threshold; }
};

} // namespace sna
