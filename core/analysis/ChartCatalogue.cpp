#include "analysis/ChartCatalogue.h"

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
    return {QStringLiteral("monthly-trend")};
}

std::optional<ChartSpec> ChartCatalogue::build(const QString& reference, const Summary& summary)
{
    if (reference == QLatin1String("monthly-trend"))
        return monthlyTrend(summary);
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

} // namespace sna
