#include "analysis/ChangeTest.h"

#include "document/FixedText.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>

#include <algorithm>
#include <cmath>

namespace sna {

namespace {
// The quantile of the beta distribution by bisection on its CDF. GSL's own inverse
// (gsl_cdf_beta_Pinv) fails to converge, and aborts, for the large counts of a big project.
double betaQuantile(double probability, double a, double b)
{
    double low = 0.0;
    double high = 1.0;
    for (int i = 0; i < 200 && high - low > 1e-15; ++i) {
        const double middle = (low + high) / 2;
        if (gsl_cdf_beta_P(middle, a, b) < probability)
            low = middle;
        else
            high = middle;
    }
    return (low + high) / 2;
}
} // namespace

QString ChangeAssessment::directionCode() const
{
    switch (direction) {
    case Direction::Increase:
        return QStringLiteral("increase");
    case Direction::Decrease:
        return QStringLiteral("decrease");
    case Direction::NoClearChange:
        return QStringLiteral("no-clear-change");
    case Direction::NotAssessable:
        return QStringLiteral("not-assessable");
    }
    return {};
}

QString ChangeAssessment::describe(Lang lang) const
{
    const QLocale locale = localeFor(lang);
    auto percent = [&](double ratio) {
        return locale.toString(std::lround((ratio - 1) * 100)) + QLatin1Char('%');
    };
    const QString interval = FixedText::text(FixedText::ConfidenceInterval, lang)
                                 .arg(locale.toString(std::lround(confidence * 100)))
                                 .arg(percent(lower), percent(upper));
    switch (direction) {
    case Direction::Increase:
        return FixedText::text(FixedText::ChangeUp, lang)
            .arg(percent(rateRatio).remove(QLatin1Char('-')), interval);
    case Direction::Decrease:
        return FixedText::text(FixedText::ChangeDown, lang)
            .arg(locale.toString(std::lround((1 - rateRatio) * 100)) + QLatin1Char('%'), interval);
    case Direction::NoClearChange:
        return FixedText::text(FixedText::ChangeNone, lang).arg(percent(rateRatio), interval);
    case Direction::NotAssessable:
        return FixedText::text(FixedText::ChangeNotAssessable, lang);
    }
    return {};
}

ChangeAssessment ChangeTest::compare(qint64 before, qint64 after, double exposureBefore,
                                     double exposureAfter, double confidence)
{
    static const gsl_error_handler_t* const previous = gsl_set_error_handler_off();
    Q_UNUSED(previous);
    ChangeAssessment result;
    result.before = before;
    result.after = after;
    result.confidence = confidence;
    if (before < 0 || after < 0 || exposureBefore <= 0 || exposureAfter <= 0 || before == 0)
        return result; // no rate ratio without a baseline count

    const auto n = static_cast<unsigned int>(before + after);
    const auto k = static_cast<unsigned int>(after);
    const double share = exposureAfter / (exposureBefore + exposureAfter); // expected under H0
    const double atMost = gsl_cdf_binomial_P(k, share, n);
    const double atLeast = k == 0 ? 1.0 : gsl_cdf_binomial_Q(k - 1, share, n);
    result.pValue = std::min(1.0, 2 * std::min(atMost, atLeast));

    // Clopper–Pearson bounds on the binomial proportion, turned into bounds on the rate ratio.
    const double alpha = 1 - confidence;
    const double low = k == 0 ? 0.0 : betaQuantile(alpha / 2, k, n - k + 1);
    const double high = k == n ? 1.0 : betaQuantile(1 - alpha / 2, k + 1, n - k);
    const double exposureRatio = exposureBefore / exposureAfter;
    auto toRatio = [&](double proportion) {
        return proportion >= 1.0 ? HUGE_VAL : proportion / (1 - proportion) * exposureRatio;
    };
    result.rateRatio = (double(after) / exposureAfter) / (double(before) / exposureBefore);
    result.lower = toRatio(low);
    result.upper = toRatio(high);
    if (result.pValue < alpha)
        result.direction = result.rateRatio > 1 ? ChangeAssessment::Direction::Increase
                                                : ChangeAssessment::Direction::Decrease;
    else
        result.direction = ChangeAssessment::Direction::NoClearChange;
    return result;
}

} // namespace sna
