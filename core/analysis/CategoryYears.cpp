#include "analysis/CategoryYears.h"

#include "document/FixedText.h"

namespace sna {

CategoryYears CategoryYears::compute(const AnalysisData& data, const AnalysisFilter& filter,
                                     bool controlled)
{
    CategoryYears out;
    AnalysisFilter all = filter;
    all.period = QStringLiteral("all");
    all.category.clear();
    out.measures = Measures::compute(data, all);
    if (!out.measures.available)
        return out;
    for (const auto& [id, n] : out.measures.byCategory)
        out.categoryIds << id;
    out.years = out.measures.financialYears;
    QStringList rows;
    QList<QList<qint64>> cells;
    for (const PeriodCount& year : std::as_const(out.years)) {
        rows << year.period.key();
        cells.append(QList<qint64>(out.categoryIds.size(), 0));
    }
    for (int c = 0; c < int(out.categoryIds.size()); ++c) {
        AnalysisFilter one = all;
        one.category = out.categoryIds[c];
        const MeasureSet byCategory = Measures::compute(data, one);
        for (int r = 0; r < int(byCategory.financialYears.size()) && r < int(rows.size()); ++r)
            cells[r][c] = byCategory.financialYears[r].count;
    }
    DisclosureRule rule = data.settings.rule(out.measures.disclosure);
    if (!controlled)
        rule.suppressUpTo = 0, rule.roundTo = 0;
    out.table.emplace(rows, out.categoryIds, cells, rule);
    return out;
}

BilingualText CategoryYears::yearLabel(int row) const
{
    const PeriodCount& year = years.at(row);
    BilingualText label;
    for (Lang lang : kAllLangs)
        label.in(lang) =
            year.complete()
                ? year.period.key()
                : FixedText::text(FixedText::IncompletePeriod, lang).arg(year.period.key());
    return label;
}

} // namespace sna
