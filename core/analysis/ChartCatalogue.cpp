#include "analysis/ChartCatalogue.h"

#include "analysis/Periods.h"
#include "document/FixedText.h"

namespace sna {

namespace {
BilingualText both(FixedText::Term term)
{
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}
} // namespace

QStringList ChartCatalogue::references()
{
    return {QStringLiteral("monthly-trend"), QStringLiteral("serious-violence-trend"),
            QStringLiteral("serious-violence-by-category")};
}

std::optional<ChartSpec> ChartCatalogue::build(const QString& reference, const Summary& summary)
{
    if (reference == QLatin1String("monthly-trend"))
        return monthlyTrend(summary);
    if (reference == QLatin1String("serious-violence-trend"))
        return seriousViolenceTrend(summary);
    if (reference == QLatin1String("serious-violence-by-category"))
        return seriousViolenceByCategory(summary);
    return std::nullopt;
}

ChartSpec ChartCatalogue::monthlyTrend(const Summary& summary)
{
    ChartSpec spec;
    spec.reference = QStringLiteral("monthly-trend");
    spec.kind = ChartSpec::Kind::MonthlyLine;
    spec.title = both(FixedText::MonthlyTrendTitle);
    spec.xAxisTitle = both(FixedText::MonthAxis);
    spec.yAxisTitle = both(FixedText::RecordsAxis);
    spec.source = both(FixedText::PoliceDataSource);
    for (const auto& [month, count] : summary.byMonth)
        spec.points.append({QDate(month / 100, month % 100, 1), double(count)});
    if (spec.points.isEmpty()) {
        spec.altText = both(FixedText::NoDataYet);
    } else {
        const QDate first = spec.points.first().first;
        const QDate last = spec.points.last().first;
        for (Lang lang : kAllLangs) {
            spec.altText.in(lang) =
                FixedText::text(FixedText::MonthlyTrendAlt, lang)
                    .arg(FixedText::monthYear(first.year(), first.month(), lang),
                         FixedText::monthYear(last.year(), last.month(), lang),
                         FixedText::number(summary.totalRecords, lang));
        }
    }
    return spec;
}

ChartSpec ChartCatalogue::seriousViolenceTrend(const Summary& summary)
{
    ChartSpec spec;
    spec.reference = QStringLiteral("serious-violence-trend");
    spec.kind = ChartSpec::Kind::MonthlyLine;
    spec.title = both(FixedText::SeriousViolenceTrendTitle);
    spec.xAxisTitle = both(FixedText::MonthAxis);
    spec.yAxisTitle = both(FixedText::RecordsAxis);
    spec.source = both(FixedText::PoliceDataSource);
    for (const auto& [month, count] : summary.seriousViolence.byMonth)
        spec.points.append({QDate(month / 100, month % 100, 1), double(count)});
    if (spec.points.isEmpty()) {
        spec.altText = both(FixedText::NoDataYet);
        return spec;
    }
    const QDate first = spec.points.first().first;
    const QDate last = spec.points.last().first;
    for (Lang lang : kAllLangs) {
        spec.altText.in(lang) = FixedText::text(FixedText::SeriousViolenceTrendAlt, lang)
                                    .arg(FixedText::monthYear(first.year(), first.month(), lang),
                                         FixedText::monthYear(last.year(), last.month(), lang),
                                         FixedText::number(summary.seriousViolence.total, lang));
    }
    return spec;
}

ChartSpec ChartCatalogue::seriousViolenceByCategory(const Summary& summary, int firstMonth,
                                                    int lastMonth)
{
    ChartSpec spec;
    spec.reference = QStringLiteral("serious-violence-by-category");
    spec.kind = ChartSpec::Kind::CategoryBars;
    spec.xAxisTitle = both(FixedText::CategoryAxis);
    spec.yAxisTitle = both(FixedText::RecordsAxis);
    spec.source = both(FixedText::PoliceDataSource);
    const SeriousViolenceSummary& serious = summary.seriousViolence;
    // The period: the latest twelve months with data, or everything when there is less.
    int from = serious.byMonth.isEmpty() ? 0 : serious.byMonth.first().first;
    int to = serious.byMonth.isEmpty() ? 0 : serious.byMonth.last().first;
    if (!serious.byMonth.isEmpty() && Periods::index(to) - Periods::index(from) >= 11)
        from = Periods::addMonths(to, -11);
    if (firstMonth > 0 && lastMonth >= firstMonth) {
        from = firstMonth;
        to = lastMonth;
    }
    const QMap<QString, qint64> counts = summary.seriousViolence.byCategoryBetween(from, to);
    for (Lang lang : kAllLangs) {
        const QString span = from == 0
                                 ? QString()
                                 : QStringLiteral("%1 – %2").arg(
                                       FixedText::shortMonthYear(from / 100, from % 100, lang),
                                       FixedText::shortMonthYear(to / 100, to % 100, lang));
        spec.title.in(lang) =
            FixedText::text(FixedText::SeriousViolenceByCategoryTitle, lang).arg(span);
    }
    QStringList altEn, altCy;
    for (const DefinitionCategory& category : summary.definition.categories) {
        // A category no source maps to has no data — not zero events — so it gets no bar.
        const bool hasSource =
            std::any_of(summary.definition.mappings.begin(), summary.definition.mappings.end(),
                        [&](const CategoryMapping& m) { return m.categoryId == category.id; });
        if (!category.included || !hasSource)
            continue;
        const qint64 count = counts.value(category.id);
        spec.bars.append({category.name, double(count)});
        altEn << QStringLiteral("%1 %2").arg(category.name.en, FixedText::number(count, Lang::En));
        altCy << QStringLiteral("%1 %2").arg(category.name.cy, FixedText::number(count, Lang::Cy));
    }
    spec.altText.en = FixedText::text(FixedText::CategoryBarsAlt, Lang::En)
                          .arg(spec.title.en, altEn.join(QStringLiteral("; ")));
    spec.altText.cy = FixedText::text(FixedText::CategoryBarsAlt, Lang::Cy)
                          .arg(spec.title.cy, altCy.join(QStringLiteral("; ")));
    return spec;
}

} // namespace sna
