#include "analysis/AnalysisTables.h"

#include "analysis/AnalysisCharts.h"
#include "analysis/CategoryYears.h"
#include "document/FixedText.h"

#include <cmath>
#include <limits>

namespace sna {

namespace {

BilingualText both(FixedText::Term term)
{
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}

BilingualText same(const QString& text)
{
    return BilingualText{text, text};
}

BilingualText monthName(int yyyymm)
{
    return BilingualText{FixedText::monthYear(yyyymm / 100, yyyymm % 100, Lang::En),
                         FixedText::monthYear(yyyymm / 100, yyyymm % 100, Lang::Cy)};
}

// Fills one table's cells from controlled measures, remembering what its notes must say.
class TableWriter {
public:
    // `cm` null: counts controlled elsewhere (a two-way table), and no rates.
    TableWriter(const ControlledMeasures* cm, bool controlled, const AnalysisData& data,
                TableSpec& table)
        : m_cm(cm)
        , m_controlled(controlled)
        , m_data(data)
        , m_table(table)
    {
    }

    BilingualText count(int cell) { return count(m_cm->at(cell)); }

    BilingualText count(const ControlledCount& count)
    {
        m_withheld = m_withheld || count.suppressed();
        return BilingualText{count.text(Lang::En), count.text(Lang::Cy)};
    }

    // Per 1,000 of the population, to one decimal place: "—" without a population, "*" when
    // the count is withheld or too small for a rate to be published.
    BilingualText rate(int cell, const std::optional<double>& population)
    {
        if (!population || *population <= 0) {
            m_noPopulation = true;
            return same(QStringLiteral("—"));
        }
        const auto value = m_cm->rate(cell, population);
        if (!value) {
            m_withheld = true;
            return same(QStringLiteral("*"));
        }
        return BilingualText{FixedText::decimal(*value, 1, Lang::En),
                             FixedText::decimal(*value, 1, Lang::Cy)};
    }

    static BilingualText population(const std::optional<double>& population)
    {
        if (!population)
            return same(QStringLiteral("—"));
        return BilingualText{FixedText::number(qint64(std::llround(*population)), Lang::En),
                             FixedText::number(qint64(std::llround(*population)), Lang::Cy)};
    }

    void addNote(const BilingualText& note)
    {
        for (Lang lang : kAllLangs) {
            QString& text = m_table.note.in(lang);
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + note.in(lang);
        }
    }

    // The notes every table ends with: what was withheld and why, and why a rate is missing.
    void finish()
    {
        if (m_withheld && m_controlled) {
            addNote(BilingualText{
                DisclosureControl::statement(m_data.settings.rule(SourceClass::Health),
                                             m_data.settings.rule(SourceClass::Other), Lang::En),
                DisclosureControl::statement(m_data.settings.rule(SourceClass::Health),
                                             m_data.settings.rule(SourceClass::Other), Lang::Cy)});
        }
        if (m_noPopulation)
            addNote(both(FixedText::NoRateNote));
    }

private:
    const ControlledMeasures* m_cm;
    bool m_controlled;
    const AnalysisData& m_data;
    TableSpec& m_table;
    bool m_withheld = false;
    bool m_noPopulation = false;
};

void trendRows(const ControlledMeasures& cm, const QString& by, TableSpec& table,
               TableWriter& writer)
{
    const MeasureSet& m = cm.measures();
    const MeasureCells& cells = cm.cells();
    if (by == QLatin1String("quarter") || by == QLatin1String("financial-year")) {
        const bool quarters = by == QLatin1String("quarter");
        table.columns = {both(quarters ? FixedText::QuarterAxis : FixedText::FinancialYearAxis),
                         both(FixedText::ColumnRecords), both(FixedText::ColumnMonthsWithData)};
        table.numericColumns = {false, true, true};
        const QHash<QString, int>& into = quarters ? cells.quarters : cells.financialYears;
        for (const PeriodCount& p : quarters ? m.quarters : m.financialYears) {
            BilingualText label;
            for (Lang lang : kAllLangs)
                label.in(lang) =
                    p.complete()
                        ? p.period.key()
                        : FixedText::text(FixedText::IncompletePeriod, lang).arg(p.period.key());
            table.rows.append({label, writer.count(into.value(p.period.key(), -1)),
                               BilingualText{FixedText::number(p.monthsWithData, Lang::En),
                                             FixedText::number(p.monthsWithData, Lang::Cy)}});
        }
        return;
    }
    if (by == QLatin1String("rolling-12")) {
        table.columns = {both(FixedText::RollingAxis), both(FixedText::ColumnRecords)};
        table.numericColumns = {false, true};
        for (const PeriodCount& p : m.rolling12) {
            // An incomplete window is not a twelve-month count: left out, as on the chart.
            if (p.complete())
                table.rows.append({monthName(p.period.last),
                                   writer.count(cells.rolling12.value(p.period.key(), -1))});
        }
        return;
    }
    table.columns = {both(FixedText::ColumnMonth), both(FixedText::ColumnRecords)};
    table.numericColumns = {false, true};
    for (const MonthCount& month : m.months) {
        // A month without data is a gap, never a zero.
        table.rows.append({monthName(month.month),
                           month.hasData ? writer.count(cells.months.value(month.month, -1))
                                         : both(FixedText::NoData)});
    }
}

void categoryRows(const ControlledMeasures& cm, const AnalysisData& data, TableSpec& table,
                  TableWriter& writer)
{
    const MeasureSet& m = cm.measures();
    table.columns = {both(FixedText::ColumnCategory), both(FixedText::ColumnRecords),
                     both(FixedText::ColumnRate)};
    table.numericColumns = {false, true, true};
    for (const auto& [id, n] : m.byCategory) {
        const int cell = cm.cells().categories.value(id, -1);
        table.rows.append(
            {data.categoryName(id), writer.count(cell), writer.rate(cell, m.population)});
    }
    if (table.rows.isEmpty())
        return;
    table.rows.append({both(FixedText::TotalRow), writer.count(cm.cells().total),
                       writer.rate(cm.cells().total, m.population)});
    table.lastRowIsTotal = true;
}

void areaRows(const ControlledMeasures& cm, const AnalysisData& data, Geography::Level level,
              TableSpec& table, TableWriter& writer)
{
    const MeasureSet& m = cm.measures();
    table.columns = {both(FixedText::ColumnArea), both(FixedText::ColumnCode),
                     both(FixedText::ColumnRecords), both(FixedText::ColumnPopulation),
                     both(FixedText::ColumnRate)};
    table.numericColumns = {false, false, true, true, true};
    // Every area above the LSOA and the ward; of the small areas, the busiest twenty, as a
    // document has no room for hundreds of rows.
    const QList<AreaCount>& areas = m.byArea[level];
    const qsizetype limit =
        level == Geography::Lsoa || level == Geography::Ward ? 20 : areas.size();
    for (qsizetype i = 0; i < areas.size() && i < limit; ++i) {
        const AreaCount& a = areas[i];
        const Geography::Area& area = data.geography.area(a.area);
        const int cell = cm.cells().areas[level].value(a.area, -1);
        table.rows.append({area.name.en.isEmpty() ? same(area.code) : area.name, same(area.code),
                           writer.count(cell), TableWriter::population(a.population),
                           writer.rate(cell, a.population)});
    }
    if (areas.size() > limit) {
        BilingualText note;
        for (Lang lang : kAllLangs)
            note.in(lang) =
                FixedText::text(FixedText::TopAreasNote, lang)
                    .arg(FixedText::number(limit, lang), FixedText::number(areas.size(), lang));
        writer.addNote(note);
    }
}

void ageSexRows(const ControlledMeasures& cm, const AnalysisData& data, TableSpec& table,
                TableWriter& writer)
{
    const MeasureSet& m = cm.measures();
    table.columns = {both(FixedText::ColumnAgeBand), both(FixedText::Female),
                     both(FixedText::Male),          both(FixedText::NotRecorded),
                     both(FixedText::FemaleRate),    both(FixedText::MaleRate)};
    table.numericColumns = {false, true, true, true, true, true};
    // Youngest first, and the records without an age last.
    QList<int> order;
    for (int i = 0; i < int(m.ageSex.size()); ++i)
        order << i;
    const auto from = [&](int row) {
        const int band = m.ageSex[row].band;
        return band < 0 ? std::numeric_limits<int>::max() : data.ageBands[band].from;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return from(a) < from(b); });
    for (int i : std::as_const(order)) {
        const int band = m.ageSex[i].band;
        const auto& cells = cm.cells().ageSex[i];
        // Rates of each sex in the band, per 1,000 of its population; none for unknown ages.
        const AgeSexCount& row = m.ageSex[i];
        table.rows.append(
            {band < 0 ? both(FixedText::NotRecorded) : same(data.ageBands[band].label),
             writer.count(cells[0]), writer.count(cells[1]), writer.count(cells[2]),
             band < 0 ? same(QString()) : writer.rate(cells[0], row.femalePopulation),
             band < 0 ? same(QString()) : writer.rate(cells[1], row.malePopulation)});
    }
}

void hourWeekdayRows(const ControlledMeasures& cm, TableSpec& table, TableWriter& writer)
{
    const MeasureSet& m = cm.measures();
    if (!m.hasHourWeekday)
        return;
    // Hours down, days across: seven columns fit a page where twenty-four would not.
    table.columns = {both(FixedText::HourAxis)};
    table.numericColumns = {false};
    for (int d = 0; d < 7; ++d) {
        table.columns.append(
            BilingualText{localeFor(Lang::En).dayName(d + 1, QLocale::ShortFormat),
                          localeFor(Lang::Cy).dayName(d + 1, QLocale::ShortFormat)});
        table.numericColumns.append(true);
    }
    for (int h = 0; h < 24; ++h) {
        QList<BilingualText> row{same(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')))};
        for (int d = 0; d < 7; ++d)
            row.append(writer.count(cm.cells().hourWeekday[d][h]));
        table.rows.append(row);
    }
}

void decileRows(const ControlledMeasures& cm, TableSpec& table, TableWriter& writer)
{
    const MeasureSet& m = cm.measures();
    if (m.deprivationMeasure.isEmpty())
        return;
    table.columns = {both(FixedText::ColumnDecile), both(FixedText::ColumnLsoas),
                     both(FixedText::ColumnRecords), both(FixedText::ColumnPopulation),
                     both(FixedText::ColumnRate)};
    table.numericColumns = {false, true, true, true, true};
    for (const DecileCount& d : m.deciles) {
        const int cell = cm.cells().deciles.value(d.decile, -1);
        table.rows.append({same(QString::number(d.decile)),
                           BilingualText{FixedText::number(d.lsoas, Lang::En),
                                         FixedText::number(d.lsoas, Lang::Cy)},
                           writer.count(cell), TableWriter::population(d.population),
                           writer.rate(cell, d.population)});
    }
    if (m.withoutDecile > 0)
        table.rows.append({both(FixedText::NotRecorded), same(QString()),
                           writer.count(cm.cells().withoutDecile), same(QString()),
                           same(QString())});
}

void seasonalRows(const ControlledMeasures& cm, TableSpec& table, TableWriter& writer)
{
    const MeasureSet& m = cm.measures();
    if (!m.hasSeasonality)
        return;
    table.columns = {both(FixedText::CalendarMonthAxis), both(FixedText::AverageRecordsAxis),
                     both(FixedText::ColumnYears)};
    table.numericColumns = {false, true, true};
    for (int c = 0; c < 12; ++c) {
        const ControlledCount sum = cm.at(cm.cells().seasonalSums[c]);
        int years = 0;
        for (const MonthCount& month : m.months)
            years += month.hasData && month.month % 100 == c + 1 ? 1 : 0;
        BilingualText average = writer.count(sum);
        if (!sum.suppressed()) {
            for (Lang lang : kAllLangs)
                average.in(lang) = years
                                       ? FixedText::decimal(double(sum.shownValue) / years, 1, lang)
                                       : QStringLiteral("—");
        }
        table.rows.append({BilingualText{localeFor(Lang::En).monthName(c + 1),
                                         localeFor(Lang::Cy).monthName(c + 1)},
                           average,
                           BilingualText{FixedText::number(years, Lang::En),
                                         FixedText::number(years, Lang::Cy)}});
    }
}

} // namespace

bool AnalysisTables::handles(const QString& reference)
{
    return AnalysisCharts::handles(reference);
}

std::optional<TableSpec> AnalysisTables::build(const QString& reference, const AnalysisData& data,
                                               bool controlled)
{
    if (!handles(reference))
        return std::nullopt;
    if (AnalysisCharts::name(reference) == QLatin1String("sv-category-years"))
        return categoryYears(reference, data, controlled);
    const AnalysisFilter filter = AnalysisFilter::fromQuery(reference.section(QLatin1Char('?'), 1));
    const ControlledMeasures cm(data, Measures::compute(data, filter), controlled);
    return build(reference, cm, data);
}

TableSpec AnalysisTables::build(const QString& reference, const ControlledMeasures& cm,
                                const AnalysisData& data)
{
    const QString chart = AnalysisCharts::name(reference);
    // The chart's own title, so that table and chart read as a pair.
    const ChartSpec shown = AnalysisCharts::build(reference, cm, data);
    TableSpec table;
    table.reference = reference;
    table.title = shown.title;
    table.source = AnalysisCharts::sourceNote(cm.measures(), data);
    TableWriter writer(&cm, cm.controlled(), data, table);
    if (chart == QLatin1String("sv-trend")) {
        const QString by = AnalysisCharts::option(reference, QStringLiteral("by"));
        trendRows(cm, by.isEmpty() ? QStringLiteral("month") : by, table, writer);
        // The trend covers the source's whole span, as its chart does.
        table.source = shown.source;
    } else if (chart == QLatin1String("sv-categories")) {
        categoryRows(cm, data, table, writer);
    } else if (chart == QLatin1String("sv-areas")) {
        areaRows(
            cm, data,
            Geography::levelFromCode(AnalysisCharts::option(reference, QStringLiteral("level")))
                .value_or(Geography::Lad),
            table, writer);
    } else if (chart == QLatin1String("sv-age-sex")) {
        ageSexRows(cm, data, table, writer);
    } else if (chart == QLatin1String("sv-hour-weekday")) {
        hourWeekdayRows(cm, table, writer);
    } else if (chart == QLatin1String("sv-deciles")) {
        decileRows(cm, table, writer);
    } else if (chart == QLatin1String("sv-seasonality")) {
        seasonalRows(cm, table, writer);
        table.source = shown.source;
    }
    writer.finish();
    // Data without times, deciles or ages: the table says so instead of printing nothing.
    if (table.rows.isEmpty() && table.note.en.isEmpty())
        table.note = both(FixedText::NoData);
    return table;
}

TableSpec AnalysisTables::categoryYears(const QString& reference, const AnalysisData& data,
                                        bool controlled)
{
    const CategoryYears years = CategoryYears::compute(
        data, AnalysisFilter::fromQuery(reference.section(QLatin1Char('?'), 1)), controlled);
    TableSpec table;
    table.reference = reference;
    table.title = AnalysisCharts::build(reference, data, controlled)->title;
    table.source = AnalysisCharts::sourceNote(years.measures, data);
    TableWriter writer(nullptr, controlled, data, table);
    if (years.table) {
        table.columns = {both(FixedText::FinancialYearAxis)};
        table.numericColumns = {false};
        for (const QString& id : years.categoryIds) {
            table.columns.append(data.categoryName(id));
            table.numericColumns.append(true);
        }
        table.columns.append(both(FixedText::TotalRow));
        table.numericColumns.append(true);
        for (int r = 0; r < int(years.years.size()); ++r) {
            QList<BilingualText> row{years.yearLabel(r)};
            for (int c = 0; c < int(years.categoryIds.size()); ++c)
                row.append(writer.count(years.table->cell(r, c)));
            row.append(writer.count(years.table->rowTotal(r)));
            table.rows.append(row);
        }
        QList<BilingualText> total{both(FixedText::TotalRow)};
        for (int c = 0; c < int(years.categoryIds.size()); ++c)
            total.append(writer.count(years.table->columnTotal(c)));
        total.append(writer.count(years.table->grandTotal()));
        table.rows.append(total);
        table.lastRowIsTotal = true;
    }
    writer.finish();
    return table;
}

} // namespace sna
