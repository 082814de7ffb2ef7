#include "export/PublicationFilter.h"

#include "analysis/DisclosureControl.h"

#include <QSet>

namespace sna {

namespace {
// Keeps the entries of a one-way table whose published count is shown.
template<typename Key>
QList<QPair<Key, qint64>> shownOnly(const QList<QPair<Key, qint64>>& pairs,
                                    const DisclosureRule& rule)
{
    QStringList labels;
    QList<QList<qint64>> cells;
    for (int i = 0; i < pairs.size(); ++i) {
        labels << QString::number(i);
        cells.append(QList<qint64>{pairs[i].second});
    }
    const ControlledTable table(labels, {QStringLiteral("n")}, cells, rule);
    QList<QPair<Key, qint64>> kept;
    for (int i = 0; i < pairs.size(); ++i) {
        if (!table.cell(i, 0).suppressed())
            kept.append({pairs[i].first, table.cell(i, 0).shownValue});
    }
    return kept;
}
} // namespace

bool PublicationFilter::isPublishable(const Section& section, Audience audience)
{
    return audience == Audience::Restricted || !section.sensitive;
}

Document PublicationFilter::publishableDocument(const Document& document,
                                                const PublicationData& data, Audience audience)
{
    PublishableForm::Options options;
    options.keepSensitive = audience == Audience::Restricted;
    return PublishableForm::publishable(document, data, options);
}

Summary PublicationFilter::publishedFigures(const Summary& summary, Audience audience,
                                            const AnalysisSettings& settings)
{
    if (audience == Audience::Restricted)
        return summary;
    DisclosureRule rule; // police-recorded data: not a health source
    rule.suppressUpTo = settings.otherSuppressionMax;
    rule.rateMinimumEvents = settings.rateMinimumEvents;
    Summary published = summary;
    published.byMonth = shownOnly(summary.byMonth, rule);
    published.byCategory = shownOnly(summary.byCategory, rule);
    published.seriousViolence.byMonth = shownOnly(summary.seriousViolence.byMonth, rule);
    // Category figures of a published chart cover its period: hide the month-by-category
    // counts that are small, and the month totals already hidden.
    QSet<int> shownMonths;
    for (const auto& [month, count] : published.seriousViolence.byMonth)
        shownMonths.insert(month);
    QMap<QPair<int, QString>, qint64> detail;
    for (auto it = summary.seriousViolence.byMonthAndCategory.cbegin();
         it != summary.seriousViolence.byMonthAndCategory.cend(); ++it) {
        if (shownMonths.contains(it.key().first))
            detail.insert(it.key(), it.value());
    }
    published.seriousViolence.byMonthAndCategory = detail;
    return published;
}

} // namespace sna
