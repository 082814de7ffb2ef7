#pragma once

#include "foundation/Language.h"

#include <QString>

namespace sna {

// Whether a count changed beyond chance between two periods. Counts of events are treated as
// Poisson: given the total, the later count is binomial under "no change in rate", which gives
// an exact two-sided p-value and an exact (Clopper–Pearson) confidence interval for the rate
// ratio. A direction is stated only when the change is beyond chance at the chosen level.
struct ChangeAssessment {
    enum class Direction { Increase, Decrease, NoClearChange, NotAssessable };

    qint64 before = 0;
    qint64 after = 0;
    double rateRatio = 0; // (after / exposureAfter) / (before / exposureBefore)
    double lower = 0;     // confidence interval of the rate ratio
    double upper = 0;
    double pValue = 1;
    double confidence = 0.95;
    Direction direction = Direction::NotAssessable;

    double percentChange() const { return (rateRatio - 1) * 100; }
    QString directionCode() const; // "increase", "decrease", "no-clear-change", "not-assessable"
    // One sentence in the document's language, e.g. "Up 18% (95% confidence interval 6% to
    // 31%): a change beyond chance."
    QString describe(Lang lang) const;
};

class ChangeTest {
public:
    // Exposures are person-time or months (equal by default), so that rates are compared.
    static ChangeAssessment compare(qint64 before, qint64 after, double exposureBefore = 1,
                                    double exposureAfter = 1, double confidence = 0.95);
};

} // namespace sna
