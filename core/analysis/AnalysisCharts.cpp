#include "analysis/AnalysisCharts.h"

#include "analysis/CategoryYears.h"
#include "analysis/DisclosureControl.h"
#include "document/FixedText.h"

#include <QLocale>
#include <QUrlQuery>

namespace sna {

namespace {

const QString kTrend = QStringLiteral("sv-trend");
const QString kCategories = QStringLiteral("sv-categories");
const QString kCategoryYears = QStringLiteral("sv-category-years");
const QString kAreas = QStringLiteral("sv-areas");
const QString kAgeSex = QStringLiteral("sv-age-sex");
const QString kHourWeekday = QStringLiteral("sv-hour-weekday");
const QString kDeciles = QStringLiteral("sv-deciles");
const QString kSeasonality = QStringLiteral("sv-seasonality");

BilingualText both(FixedText::Term term)
{
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}

BilingualText titled(const BilingualText& title, const MeasureSet& m, const AnalysisData& data)
{
    BilingualText out;
    for (Lang lang : kAllLangs) {
        const QString q = AnalysisCharts::qualifiers(m, data, lang);
        out.in(lang) =
            q.isEmpty()
                ? title.in(lang)
                : FixedText::text(FixedText::AnalysisQualifiers, lang).arg(title.in(lang), q);
    }
    return out;
}

QString monthLabel(int yyyymm, Lang lang)
{
    return FixedText::monthYear(yyyymm / 100, yyyymm % 100, lang);
}

QString periodLabel(int first, int last, Lang lang)
{
    if (first == last)
        return monthLabel(first, lang);
    return FixedText::text(FixedText::PeriodRange, lang)
        .arg(monthLabel(first, lang), monthLabel(last, lang));
}

// "label value; label value" for alt text, in one language.
QString listed(const QList<QPair<BilingualText, double>>& bars, Lang lang, int decimals = 0)
{
    QStringList parts;
    for (const auto& [label, value] : bars) {
        parts << QStringLiteral("%1 %2").arg(label.in(lang),
                                             decimals ? FixedText::decimal(value, decimals, lang)
                                                      : FixedText::number(qint64(value), lang));
    }
    return parts.join(QStringLiteral("; "));
}

// Notes added to the source line: bars left out because their figures are withheld.
void noteWithheld(ChartSpec& spec, const QList<BilingualText>& withheld)
{
    if (withheld.isEmpty())
        return;
    for (Lang lang : kAllLangs) {
        QStringList names;
        for (const BilingualText& name : withheld)
            names << name.in(lang);
        spec.source.in(lang) +=
            QLatin1Char(' ') +
            FixedText::text(FixedText::WithheldBars, lang).arg(FixedText::joinList(names, lang));
    }
}

void barsAlt(ChartSpec& spec, FixedText::Term alt = FixedText::CategoryBarsAlt, int decimals = 0)
{
    for (Lang lang : kAllLangs)
        spec.altText.in(lang) =
            FixedText::text(alt, lang).arg(spec.title.in(lang), listed(spec.bars, lang, decimals));
}

ChartSpec base(const QString& reference, ChartSpec::Kind kind, const BilingualText& title,
               const MeasureSet& m, const AnalysisData& data)
{
    ChartSpec spec;
    spec.reference = reference;
    spec.kind = kind;
    spec.title = titled(title, m, data);
    spec.source = AnalysisCharts::sourceNote(m, data);
    spec.yAxisTitle = both(FixedText::RecordsAxis);
    spec.filter = m.filter.toQuery();
    return spec;
}

} // namespace

QStringList AnalysisCharts::references()
{
    return {kTrend,  kCategories,  kCategoryYears, kAreas,
            kAgeSex, kHourWeekday, kDeciles,       kSeasonality};
}

QString AnalysisCharts::name(const QString& reference)
{
    return reference.section(QLatin1Char('?'), 0, 0);
}

QString AnalysisCharts::option(const QString& reference, const QString& key)
{
    return QUrlQuery(reference.section(QLatin1Char('?'), 1))
        .queryItemValue(key, QUrl::FullyDecoded);
}

QString AnalysisCharts::reference(const QString& chart, const AnalysisFilter& filter,
                                  const QList<QPair<QString, QString>>& options)
{
    QUrlQuery query(filter.toQuery());
    for (const auto& [key, value] : options)
        query.addQueryItem(key, value);
    const QString text = query.toString(QUrl::FullyEncoded);
    return text.isEmpty() ? chart : chart + QLatin1Char('?') + text;
}

bool AnalysisCharts::handles(const QString& reference)
{
    return references().contains(name(reference));
}

BilingualText AnalysisCharts::levelName(Geography::Level level)
{
    static const FixedText::Term terms[] = {FixedText::LevelLsoa, FixedText::LevelWard,
                                            FixedText::LevelLad, FixedText::LevelCsp,
                                            FixedText::LevelPfa};
    return both(terms[level]);
}

BilingualText AnalysisCharts::title(const QString& reference)
{
    const QString chart = name(reference);
    if (chart == kTrend) {
        const QString by = option(reference, QStringLiteral("by"));
        if (by == QLatin1String("quarter"))
            return both(FixedText::TrendByQuarterTitle);
        if (by == QLatin1String("financial-year"))
            return both(FixedText::TrendByFinancialYearTitle);
        if (by == QLatin1String("rolling-12"))
            return both(FixedText::TrendRolling12Title);
        return both(FixedText::SeriousViolenceTrendTitle);
    }
    if (chart == kCategories)
        return BilingualText{FixedText::text(FixedText::SeriousViolenceByCategoryTitle, Lang::En)
                                 .arg(QString())
                                 .trimmed(),
                             FixedText::text(FixedText::SeriousViolenceByCategoryTitle, Lang::Cy)
                                 .arg(QString())
                                 .trimmed()};
    if (chart == kCategoryYears)
        return both(FixedText::CategoryByYearTitle);
    if (chart == kAreas) {
        const auto level = Geography::levelFromCode(option(reference, QStringLiteral("level")))
                               .value_or(Geography::Lad);
        BilingualText text;
        for (Lang lang : kAllLangs)
            text.in(lang) =
                FixedText::text(FixedText::AreasTitle, lang).arg(levelName(level).in(lang));
        return text;
    }
    if (chart == kAgeSex)
        return both(FixedText::AgeSexTitle);
    if (chart == kHourWeekday)
        return both(FixedText::HourWeekdayTitle);
    if (chart == kDeciles)
        return BilingualText{QString(FixedText::text(FixedText::DecilesTitle, Lang::En))
                                 .section(QLatin1Char(':'), 0, 0),
                             QString(FixedText::text(FixedText::DecilesTitle, Lang::Cy))
                                 .section(QLatin1Char(':'), 0, 0)};
    if (chart == kSeasonality)
        return both(FixedText::SeasonalityTitle);
    return BilingualText{reference, reference};
}

QString AnalysisCharts::qualifiers(const MeasureSet& m, const AnalysisData& data, Lang lang)
{
    QStringList parts;
    if (const AnalysisSource* source = data.source(m.sourceKey); source && !source->isPolice())
        parts << source->name.in(lang);
    if (m.areaIndex >= 0)
        parts << data.geography.area(m.areaIndex).name.in(lang);
    if (!m.filter.category.isEmpty())
        parts << data.categoryName(m.filter.category).in(lang);
    if (m.filter.cohort != Cohort::All)
        parts << Cohorts::documentLabel(m.filter.cohort, lang);
    return parts.join(QStringLiteral(", "));
}

BilingualText AnalysisCharts::sourceNote(const MeasureSet& m, const AnalysisData& data)
{
    return sourceNote(m, data, m.first, m.last);
}

BilingualText AnalysisCharts::sourceNote(const MeasureSet& m, const AnalysisData& data, int first,
                                         int last)
{
    BilingualText note;
    const AnalysisSource* source = data.source(m.sourceKey);
    for (Lang lang : kAllLangs) {
        const QString from =
            !source || source->isPolice()
                ? FixedText::text(FixedText::PoliceDataSource, lang)
                : FixedText::text(FixedText::PartnerDataSource, lang).arg(source->name.in(lang));
        note.in(lang) = first ? FixedText::text(FixedText::SourceAndPeriod, lang)
                                    .arg(from, periodLabel(first, last, lang))
                              : from;
    }
    return note;
}

ChartSpec AnalysisCharts::trend(const ControlledMeasures& cm, const AnalysisData& data,
                                const QString& by)
{
    const MeasureSet& m = cm.measures();
    const MeasureCells& cells = cm.cells();
    const QString reference = AnalysisCharts::reference(
        kTrend, m.filter,
        by == QLatin1String("month") ? QList<QPair<QString, QString>>{}
                                     : QList<QPair<QString, QString>>{{QStringLiteral("by"), by}});
    ChartSpec spec = base(reference, ChartSpec::Kind::MonthlyLine, title(reference), m, data);
    if (!m.available) {
        spec.altText = both(FixedText::NoDataYet);
        return spec;
    }
    // The trend shows the source's whole span; its note says so.
    const int first = m.months.first().month, last = m.months.last().month;
    spec.source = sourceNote(m, data, first, last);
    QList<BilingualText> withheld;
    if (by == QLatin1String("quarter") || by == QLatin1String("financial-year")) {
        spec.kind = ChartSpec::Kind::ColumnBars;
        const bool quarters = by == QLatin1String("quarter");
        spec.xAxisTitle = both(quarters ? FixedText::QuarterAxis : FixedText::FinancialYearAxis);
        const QList<PeriodCount>& list = quarters ? m.quarters : m.financialYears;
        const QHash<QString, int>& into = quarters ? cells.quarters : cells.financialYears;
        for (const PeriodCount& p : list) {
            BilingualText label;
            for (Lang lang : kAllLangs) {
                label.in(lang) = quarters ? p.period.key() : p.period.key();
                if (!p.complete())
                    label.in(lang) =
                        FixedText::text(FixedText::IncompletePeriod, lang).arg(label.in(lang));
            }
            const ControlledCount count = cm.at(into.value(p.period.key()));
            if (count.suppressed()) {
                withheld << label;
                continue;
            }
            spec.bars.append({label, double(count.shownValue)});
            spec.marked.append(!p.complete());
        }
        barsAlt(spec);
    } else if (by == QLatin1String("rolling-12")) {
        spec.xAxisTitle = both(FixedText::RollingAxis);
        QList<QPair<BilingualText, double>> shown;
        for (const PeriodCount& p : m.rolling12) {
            const ControlledCount count = cm.at(cells.rolling12.value(p.period.key()));
            // An incomplete window is not a twelve-month count: left out, as a gap.
            if (!p.complete() || count.suppressed())
                continue;
            spec.points.append(
                {QDate(p.period.last / 100, p.period.last % 100, 1), double(count.shownValue)});
            BilingualText label{monthLabel(p.period.last, Lang::En),
                                monthLabel(p.period.last, Lang::Cy)};
            shown.append({label, double(count.shownValue)});
        }
        for (Lang lang : kAllLangs)
            spec.altText.in(lang) = FixedText::text(FixedText::LineChartAlt, lang)
                                        .arg(spec.title.in(lang), listed(shown, lang));
    } else {
        spec.xAxisTitle = both(FixedText::MonthAxis);
        QList<int> gaps;
        qint64 shownTotal = 0;
        for (const MonthCount& month : m.months) {
            const ControlledCount count = cm.at(cells.months.value(month.month, -1));
            if (!month.hasData) {
                gaps << month.month;
                continue;
            }
            if (count.suppressed()) {
                withheld << BilingualText{monthLabel(month.month, Lang::En),
                                          monthLabel(month.month, Lang::Cy)};
                continue;
            }
            spec.points.append(
                {QDate(month.month / 100, month.month % 100, 1), double(count.shownValue)});
            shownTotal += count.shownValue;
        }
        for (Lang lang : kAllLangs) {
            spec.altText.in(lang) = FixedText::text(FixedText::SeriousViolenceTrendAlt, lang)
                                        .arg(monthLabel(first, lang), monthLabel(last, lang),
                                             FixedText::number(shownTotal, lang));
            if (!gaps.isEmpty()) {
                QStringList names;
                for (int month : gaps)
                    names << monthLabel(month, lang);
                const QString note = FixedText::text(FixedText::GapsNote, lang)
                                         .arg(FixedText::joinList(names, lang));
                spec.altText.in(lang) += QLatin1Char(' ') + note;
                spec.source.in(lang) += QLatin1Char(' ') + note;
            }
        }
    }
    noteWithheld(spec, withheld);
    return spec;
}

ChartSpec AnalysisCharts::categories(const ControlledMeasures& cm, const AnalysisData& data)
{
    const MeasureSet& m = cm.measures();
    const QString reference = AnalysisCharts::reference(kCategories, m.filter);
    BilingualText plain;
    for (Lang lang : kAllLangs)
        plain.in(lang) = FixedText::text(FixedText::SeriousViolenceByCategoryTitle, lang)
                             .arg(periodLabel(m.first, m.last, lang));
    ChartSpec spec = base(reference, ChartSpec::Kind::CategoryBars, plain, m, data);
    spec.xAxisTitle = both(FixedText::CategoryAxis);
    QList<BilingualText> withheld;
    for (const auto& [id, n] : m.byCategory) {
        const ControlledCount count = cm.at(cm.cells().categories.value(id, -1));
        if (count.suppressed()) {
            withheld << data.categoryName(id);
        } else {
            spec.bars.append({data.categoryName(id), double(count.shownValue)});
            spec.barKeys.append(id);
        }
    }
    barsAlt(spec);
    noteWithheld(spec, withheld);
    return spec;
}

ChartSpec AnalysisCharts::categoryYears(const AnalysisData& data, const AnalysisFilter& filter,
                                        bool controlled)
{
    const CategoryYears years = CategoryYears::compute(data, filter, controlled);
    const MeasureSet& m = years.measures;
    const QString reference = AnalysisCharts::reference(kCategoryYears, filter);
    ChartSpec spec = base(reference, ChartSpec::Kind::StackedBars,
                          both(FixedText::CategoryByYearTitle), m, data);
    spec.xAxisTitle = both(FixedText::FinancialYearAxis);
    if (!years.table)
        return spec;
    const QStringList& ids = years.categoryIds;
    const int rows = int(years.years.size());
    for (int r = 0; r < rows; ++r)
        spec.categories.append(years.yearLabel(r));
    QList<BilingualText> withheld;
    for (int c = 0; c < int(ids.size()); ++c) {
        ChartSpec::Series series{data.categoryName(ids[c]), {}};
        for (int r = 0; r < rows; ++r) {
            const ControlledCount& count = years.table->cell(r, c);
            series.values.append(count.suppressed() ? 0 : double(count.shownValue));
            if (count.suppressed()) {
                const QString year = years.years[r].period.key();
                withheld << BilingualText{
                    QStringLiteral("%1 %2").arg(data.categoryName(ids[c]).en, year),
                    QStringLiteral("%1 %2").arg(data.categoryName(ids[c]).cy, year)};
            }
        }
        spec.series.append(series);
    }
    for (Lang lang : kAllLangs) {
        QStringList parts;
        for (int r = 0; r < rows; ++r) {
            QStringList values;
            for (const ChartSpec::Series& s : std::as_const(spec.series))
                values << QStringLiteral("%1 %2").arg(s.name.in(lang),
                                                      FixedText::number(qint64(s.values[r]), lang));
            parts << QStringLiteral("%1: %2").arg(spec.categories[r].in(lang),
                                                  values.join(QStringLiteral(", ")));
        }
        spec.altText.in(lang) = FixedText::text(FixedText::StackedBarsAlt, lang)
                                    .arg(spec.title.in(lang), parts.join(QStringLiteral("; ")));
    }
    noteWithheld(spec, withheld);
    return spec;
}

ChartSpec AnalysisCharts::areas(const ControlledMeasures& cm, const AnalysisData& data,
                                Geography::Level level)
{
    const MeasureSet& m = cm.measures();
    const QString reference = AnalysisCharts::reference(
        kAreas, m.filter, {{QStringLiteral("level"), Geography::levelCode(level)}});
    ChartSpec spec = base(reference, ChartSpec::Kind::CategoryBars, title(reference), m, data);
    spec.xAxisTitle = both(FixedText::AreaAxis);
    QList<BilingualText> withheld;
    // The ten areas with most records (those shown).
    for (const AreaCount& a : m.byArea[level]) {
        if (spec.bars.size() >= 10)
            break;
        const ControlledCount count = cm.at(cm.cells().areas[level].value(a.area, -1));
        const Geography::Area& area = data.geography.area(a.area);
        BilingualText name = area.name;
        for (Lang lang : kAllLangs) {
            if (name.in(lang).isEmpty())
                name.in(lang) = area.code; // an area no lookup named: its code, never no label
        }
        if (count.suppressed()) {
            withheld << name;
            continue;
        }
        spec.bars.append({name, double(count.shownValue)});
        spec.barKeys.append(Geography::levelCode(level) + QLatin1Char(':') + area.code);
    }
    barsAlt(spec);
    noteWithheld(spec, withheld);
    return spec;
}

ChartSpec AnalysisCharts::ageSex(const ControlledMeasures& cm, const AnalysisData& data)
{
    const MeasureSet& m = cm.measures();
    const QString reference = AnalysisCharts::reference(kAgeSex, m.filter);
    ChartSpec spec = base(reference, ChartSpec::Kind::Pyramid, title(reference), m, data);
    spec.xAxisTitle = both(FixedText::AgeBandAxis);
    ChartSpec::Series female{both(FixedText::Female), {}};
    ChartSpec::Series male{both(FixedText::Male), {}};
    QList<BilingualText> withheld;
    QStringList altEn, altCy;
    // Bands youngest first (the pyramid's bottom row).
    QList<int> order;
    for (int i = 0; i < int(m.ageSex.size()); ++i) {
        if (m.ageSex[i].band >= 0)
            order << i;
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return data.ageBands[m.ageSex[a].band].from < data.ageBands[m.ageSex[b].band].from;
    });
    for (int i : std::as_const(order)) {
        const QString label = data.ageBands[m.ageSex[i].band].label;
        spec.categories.append(BilingualText{label, label});
        const ControlledCount f = cm.at(cm.cells().ageSex[i][0]);
        const ControlledCount male_ = cm.at(cm.cells().ageSex[i][1]);
        female.values.append(f.suppressed() ? 0 : double(f.shownValue));
        male.values.append(male_.suppressed() ? 0 : double(male_.shownValue));
        if (f.suppressed())
            withheld << BilingualText{
                QStringLiteral("%1 %2").arg(FixedText::text(FixedText::Female, Lang::En), label),
                QStringLiteral("%1 %2").arg(FixedText::text(FixedText::Female, Lang::Cy), label)};
        if (male_.suppressed())
            withheld << BilingualText{
                QStringLiteral("%1 %2").arg(FixedText::text(FixedText::Male, Lang::En), label),
                QStringLiteral("%1 %2").arg(FixedText::text(FixedText::Male, Lang::Cy), label)};
        altEn << QStringLiteral("%1: %2 %3, %4 %5")
                     .arg(label, FixedText::text(FixedText::Female, Lang::En), f.text(Lang::En),
                          FixedText::text(FixedText::Male, Lang::En), male_.text(Lang::En));
        altCy << QStringLiteral("%1: %2 %3, %4 %5")
                     .arg(label, FixedText::text(FixedText::Female, Lang::Cy), f.text(Lang::Cy),
                          FixedText::text(FixedText::Male, Lang::Cy), male_.text(Lang::Cy));
    }
    spec.series = {female, male};
    spec.altText.en = FixedText::text(FixedText::PyramidAlt, Lang::En)
                          .arg(spec.title.en, altEn.join(QStringLiteral("; ")));
    spec.altText.cy = FixedText::text(FixedText::PyramidAlt, Lang::Cy)
                          .arg(spec.title.cy, altCy.join(QStringLiteral("; ")));
    noteWithheld(spec, withheld);
    return spec;
}

ChartSpec AnalysisCharts::hourWeekday(const ControlledMeasures& cm, const AnalysisData& data)
{
    const MeasureSet& m = cm.measures();
    const QString reference = AnalysisCharts::reference(kHourWeekday, m.filter);
    ChartSpec spec = base(reference, ChartSpec::Kind::Heatmap, title(reference), m, data);
    spec.xAxisTitle = both(FixedText::HourAxis);
    spec.yAxisTitle = both(FixedText::WeekdayAxis);
    if (!m.hasHourWeekday)
        return spec;
    for (int h = 0; h < 24; ++h) {
        const QString label = QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        spec.columnLabels.append(BilingualText{label, label});
    }
    struct Busy {
        int day;
        int hour;
        qint64 count;
    };
    QList<Busy> busiest;
    for (int d = 0; d < 7; ++d) {
        spec.categories.append(
            BilingualText{localeFor(Lang::En).dayName(d + 1), localeFor(Lang::Cy).dayName(d + 1)});
        ChartSpec::Series row{spec.categories.last(), {}};
        for (int h = 0; h < 24; ++h) {
            const ControlledCount count = cm.at(cm.cells().hourWeekday[d][h]);
            row.values.append(count.suppressed() ? -1 : double(count.shownValue));
            if (!count.suppressed())
                busiest.append({d, h, count.shownValue});
        }
        spec.series.append(row);
    }
    std::sort(busiest.begin(), busiest.end(),
              [](const Busy& a, const Busy& b) { return a.count > b.count; });
    for (Lang lang : kAllLangs) {
        QStringList parts;
        for (int i = 0; i < 3 && i < int(busiest.size()); ++i) {
            parts << QStringLiteral("%1 %2:00 (%3)")
                         .arg(spec.categories[busiest[i].day].in(lang))
                         .arg(busiest[i].hour, 2, 10, QLatin1Char('0'))
                         .arg(FixedText::number(busiest[i].count, lang));
        }
        spec.altText.in(lang) = FixedText::text(FixedText::HeatmapAlt, lang)
                                    .arg(spec.title.in(lang), parts.join(QStringLiteral("; ")));
    }
    if (cm.hiddenCount() > 0) {
        for (Lang lang : kAllLangs)
            spec.source.in(lang) +=
                QLatin1Char(' ') +
                FixedText::text(FixedText::WithheldBars, lang).arg(QStringLiteral("*"));
    }
    return spec;
}

ChartSpec AnalysisCharts::deciles(const ControlledMeasures& cm, const AnalysisData& data)
{
    const MeasureSet& m = cm.measures();
    const QString reference = AnalysisCharts::reference(kDeciles, m.filter);
    BilingualText plain;
    const FixedText::Term index =
        m.deprivationMeasure == QLatin1String("wimd") ? FixedText::IndexWimd : FixedText::IndexImd;
    for (Lang lang : kAllLangs)
        plain.in(lang) =
            FixedText::text(FixedText::DecilesTitle, lang).arg(FixedText::text(index, lang));
    ChartSpec spec = base(reference, ChartSpec::Kind::ColumnBars, plain, m, data);
    spec.xAxisTitle = both(FixedText::DecileAxis);
    if (m.deprivationMeasure.isEmpty())
        return spec;
    // Rates when every decile has a population; counts otherwise.
    const bool rates = std::all_of(m.deciles.begin(), m.deciles.end(), [](const DecileCount& d) {
        return d.lsoas == 0 || d.population.has_value();
    });
    if (rates)
        spec.yAxisTitle = both(FixedText::RateAxis);
    QList<BilingualText> withheld;
    for (const DecileCount& d : m.deciles) {
        const QString label = QString::number(d.decile);
        const int cell = cm.cells().deciles.value(d.decile, -1);
        if (rates) {
            const auto rate = cm.rate(cell, d.population);
            if (!rate && d.lsoas > 0) {
                withheld << BilingualText{label, label};
                continue;
            }
            spec.bars.append({BilingualText{label, label}, rate.value_or(0)});
        } else {
            const ControlledCount count = cm.at(cell);
            if (count.suppressed()) {
                withheld << BilingualText{label, label};
                continue;
            }
            spec.bars.append({BilingualText{label, label}, double(count.shownValue)});
        }
    }
    barsAlt(spec, FixedText::CategoryBarsAlt, rates ? 1 : 0);
    noteWithheld(spec, withheld);
    return spec;
}

ChartSpec AnalysisCharts::seasonality(const ControlledMeasures& cm, const AnalysisData& data)
{
    const MeasureSet& m = cm.measures();
    const QString reference = AnalysisCharts::reference(kSeasonality, m.filter);
    ChartSpec spec = base(reference, ChartSpec::Kind::ColumnBars, title(reference), m, data);
    spec.xAxisTitle = both(FixedText::CalendarMonthAxis);
    spec.yAxisTitle = both(FixedText::AverageRecordsAxis);
    if (!m.hasSeasonality)
        return spec;
    // Averages over the source's whole span.
    spec.source = sourceNote(m, data, m.months.first().month, m.months.last().month);
    QList<BilingualText> withheld;
    for (int c = 0; c < 12; ++c) {
        const BilingualText label{localeFor(Lang::En).monthName(c + 1, QLocale::ShortFormat),
                                  localeFor(Lang::Cy).monthName(c + 1, QLocale::ShortFormat)};
        const ControlledCount sum = cm.at(cm.cells().seasonalSums[c]);
        int years = 0;
        for (const MonthCount& month : m.months)
            years += month.hasData && month.month % 100 == c + 1 ? 1 : 0;
        if (sum.suppressed() || years == 0) {
            withheld << label;
            continue;
        }
        spec.bars.append({label, double(sum.shownValue) / years});
    }
    barsAlt(spec, FixedText::CategoryBarsAlt, 1);
    noteWithheld(spec, withheld);
    return spec;
}

std::optional<ChartSpec> AnalysisCharts::build(const QString& reference, const AnalysisData& data,
                                               bool controlled)
{
    const QString chart = name(reference);
    if (!references().contains(chart))
        return std::nullopt;
    ChartSpec spec = buildSpec(chart, reference, data, controlled);
    // A chart the data cannot draw (no times, no deprivation deciles, too few years) still
    // tells a screen reader what it is and that it has no data.
    if (spec.isEmpty())
        spec.emptyNote = both(FixedText::NoData);
    if (spec.altText.en.isEmpty() || spec.altText.cy.isEmpty()) {
        for (Lang lang : kAllLangs)
            spec.altText.in(lang) = QStringLiteral("%1: %2").arg(
                spec.title.in(lang), FixedText::text(FixedText::NoData, lang));
    }
    return spec;
}

ChartSpec AnalysisCharts::buildSpec(const QString& chart, const QString& reference,
                                    const AnalysisData& data, bool controlled)
{
    const AnalysisFilter filter = AnalysisFilter::fromQuery(reference.section(QLatin1Char('?'), 1));
    if (chart == kCategoryYears)
        return categoryYears(data, filter, controlled);
    const ControlledMeasures cm(data, Measures::compute(data, filter), controlled);
    return build(reference, cm, data);
}

ChartSpec AnalysisCharts::build(const QString& reference, const ControlledMeasures& cm,
                                const AnalysisData& data)
{
    const QString chart = name(reference);
    if (chart == kTrend) {
        const QString by = option(reference, QStringLiteral("by"));
        return trend(cm, data, by.isEmpty() ? QStringLiteral("month") : by);
    }
    if (chart == kCategories)
        return categories(cm, data);
    if (chart == kAreas)
        return areas(cm, data,
                     Geography::levelFromCode(option(reference, QStringLiteral("level")))
                         .value_or(Geography::Lad));
    if (chart == kAgeSex)
        return ageSex(cm, data);
    if (chart == kHourWeekday)
        return hourWeekday(cm, data);
    if (chart == kDeciles)
        return deciles(cm, data);
    return seasonality(cm, data);
}

} // namespace sna
