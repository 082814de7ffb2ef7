#include "analysis/AnalysisJson.h"

#include "analysis/MeasureCells.h"
#include "analysis/Measures.h"
#include "analysis/SuccessMeasures.h"
#include "analysis/SuppressionNetwork.h"

#include <QJsonArray>

#include <cmath>

namespace sna {

namespace {

const QString kCell = QStringLiteral("$c");
const QString kRate = QStringLiteral("$r");
const QString kShare = QStringLiteral("$s");
const QString kMean = QStringLiteral("$m");
const QString kChange = QStringLiteral("$x");

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString monthKey(int yyyymm)
{
    return Summary::monthKey(yyyymm);
}

// Figures go into the document as markers; once every count is known the network decides what
// is shown, and the markers are replaced by the published (or exact) values.
class Builder {
public:
    explicit Builder(bool published)
        : m_published(published)
    {
    }

    int cell(qint64 value, const DisclosureRule& rule) { return m_network.add(value, rule); }
    int implicit(qint64 value, const DisclosureRule& rule)
    {
        return m_network.addImplicit(value, rule);
    }
    void relate(const QList<int>& parts, int total)
    {
        if (!parts.isEmpty())
            m_network.addRelation(parts, total);
    }
    qint64 value(int cell) const { return m_network.count(cell).trueValue; }

    static QJsonValue count(int cell) { return QJsonObject{{kCell, cell}}; }
    static QJsonValue rate(int cell, const std::optional<double>& population)
    {
        if (!population || *population <= 0)
            return QJsonValue::Null;
        return QJsonObject{{kRate, cell}, {QStringLiteral("p"), *population}};
    }
    static QJsonValue share(int part, int whole)
    {
        return QJsonObject{{kShare, QJsonArray{part, whole}}};
    }
    static QJsonValue mean(int cell, int years)
    {
        return QJsonObject{{kMean, cell}, {QStringLiteral("y"), years}};
    }
    static QJsonValue change(int before, int after, int monthsBefore, int monthsAfter)
    {
        return QJsonObject{{kChange, QJsonArray{before, after, monthsBefore, monthsAfter}}};
    }

    QJsonValue resolve(const QJsonValue& value) const
    {
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue& v : value.toArray())
                out.append(resolve(v));
            return out;
        }
        if (!value.isObject())
            return value;
        const QJsonObject object = value.toObject();
        if (object.contains(kCell))
            return shown(object.value(kCell).toInt());
        if (object.contains(kRate)) {
            const int c = object.value(kRate).toInt();
            const ControlledCount& n = m_network.count(c);
            if (m_published &&
                (n.suppressed() || !DisclosureControl::rateIsPublishable(n.trueValue, m_rule)))
                return QStringLiteral("*");
            const qint64 events = m_published ? n.shownValue : n.trueValue;
            return rounded(1000.0 * double(events) / object.value(QStringLiteral("p")).toDouble(),
                           2);
        }
        if (object.contains(kShare)) {
            const QJsonArray pair = object.value(kShare).toArray();
            const ControlledCount& part = m_network.count(pair[0].toInt());
            const ControlledCount& whole = m_network.count(pair[1].toInt());
            if (m_published && (part.suppressed() || whole.suppressed()))
                return QStringLiteral("*");
            const qint64 p = m_published ? part.shownValue : part.trueValue;
            const qint64 w = m_published ? whole.shownValue : whole.trueValue;
            return w > 0 ? QJsonValue(rounded(100.0 * double(p) / double(w), 1)) : QJsonValue::Null;
        }
        if (object.contains(kMean)) {
            const ControlledCount& n = m_network.count(object.value(kMean).toInt());
            if (m_published && n.suppressed())
                return QStringLiteral("*");
            const int years = object.value(QStringLiteral("y")).toInt();
            return years ? QJsonValue(
                               rounded(double(m_published ? n.shownValue : n.trueValue) / years, 1))
                         : QJsonValue::Null;
        }
        if (object.contains(kChange)) {
            const QJsonArray args = object.value(kChange).toArray();
            const ControlledCount& before = m_network.count(args[0].toInt());
            const ControlledCount& after = m_network.count(args[1].toInt());
            if (m_published && (before.suppressed() || after.suppressed()))
                return QStringLiteral("*");
            const qint64 b = m_published ? before.shownValue : before.trueValue;
            const qint64 a = m_published ? after.shownValue : after.trueValue;
            const ChangeAssessment change =
                ChangeTest::compare(b, a, args[2].toDouble(), args[3].toDouble());
            QJsonObject out{{QStringLiteral("before"), double(b)},
                            {QStringLiteral("after"), double(a)},
                            {QStringLiteral("direction"), change.directionCode()}};
            if (change.direction != ChangeAssessment::Direction::NotAssessable) {
                out.insert(QStringLiteral("rate_ratio"), rounded(change.rateRatio, 4));
                out.insert(QStringLiteral("percent_change"), rounded(change.percentChange(), 1));
                out.insert(QStringLiteral("ci_lower"), rounded(change.lower, 4));
                out.insert(QStringLiteral("ci_upper"), rounded(change.upper, 4));
                out.insert(QStringLiteral("p_value"), rounded(change.pValue, 6));
                out.insert(QStringLiteral("method"),
                           QStringLiteral("exact conditional binomial test of two Poisson "
                                          "counts; Clopper-Pearson interval"));
            }
            return out;
        }
        QJsonObject out;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(it.key(), resolve(it.value()));
        return out;
    }

    void run(const DisclosureRule& rateRule)
    {
        m_rule = rateRule;
        if (m_published)
            m_network.run();
    }
    int hiddenCount() const { return m_published ? m_network.hiddenCount() : 0; }
    SuppressionNetwork& network() { return m_network; }

private:
    QJsonValue shown(int c) const
    {
        const ControlledCount& n = m_network.count(c);
        if (!m_published)
            return double(n.trueValue);
        return n.toJson();
    }

    bool m_published;
    SuppressionNetwork m_network;
    DisclosureRule m_rule;
};

QJsonValue periodObject(const Period& period)
{
    return QJsonObject{{QStringLiteral("key"), period.key()},
                       {QStringLiteral("first_month"), monthKey(period.first)},
                       {QStringLiteral("last_month"), monthKey(period.last)}};
}

// One source's measures over the analysis window; its figures are cells of the network.
QJsonObject sourceObject(Builder& b, const AnalysisData& data, const AnalysisSource& source,
                         QHash<int, int>& monthCells)
{
    AnalysisFilter filter;
    filter.source = source.key;
    const MeasureSet m = Measures::compute(data, filter);
    const DisclosureRule rule = data.settings.rule(source.disclosure);
    const Geography& geo = data.geography;
    QJsonObject out{
        {QStringLiteral("name"),
         source.isPolice() ? QStringLiteral("data.police.uk") : source.name.en},
        {QStringLiteral("disclosure"), source.disclosure == SourceClass::Health
                                           ? QStringLiteral("health")
                                           : QStringLiteral("other")},
        {QStringLiteral("authority_type"), source.authorityType},
    };
    if (!m.available) {
        out.insert(QStringLiteral("available"), false);
        out.insert(QStringLiteral("reason"), m.unavailableReason);
        return out;
    }
    const MeasureCells cells(b.network(), data, m, rule);
    monthCells = cells.months;
    out.insert(QStringLiteral("available"), true);
    out.insert(QStringLiteral("first_month"), monthKey(m.months.first().month));
    out.insert(QStringLiteral("last_month"), monthKey(m.months.last().month));
    out.insert(QStringLiteral("period"),
               QJsonObject{{QStringLiteral("first_month"), monthKey(m.first)},
                           {QStringLiteral("last_month"), monthKey(m.last)},
                           {QStringLiteral("complete"), m.periodComplete}});
    out.insert(QStringLiteral("total"), Builder::count(cells.total));

    // Months: every month with data; a month without is absent (and listed in coverage).
    QJsonObject months;
    for (auto it = cells.months.cbegin(); it != cells.months.cend(); ++it)
        months.insert(monthKey(it.key()), Builder::count(it.value()));
    out.insert(QStringLiteral("by_month"), months);
    const auto periods = [&](const QList<PeriodCount>& list, const QHash<QString, int>& into,
                             bool rates) {
        QJsonObject object;
        for (const PeriodCount& p : list) {
            const int c = into.value(p.period.key());
            QJsonObject entry{{QStringLiteral("count"), Builder::count(c)},
                              {QStringLiteral("complete"), p.complete()},
                              {QStringLiteral("months_with_data"), p.monthsWithData}};
            if (rates) {
                const int mid =
                    Periods::fromIndex(
                        (Periods::index(p.period.first) + Periods::index(p.period.last)) / 2) /
                    100;
                const auto population = Measures::populationOf(data, -1, Cohort::All, mid);
                entry.insert(QStringLiteral("rate_per_1000"), Builder::rate(c, population));
            }
            object.insert(p.period.key(), entry);
        }
        return object;
    };
    out.insert(QStringLiteral("by_quarter"), periods(m.quarters, cells.quarters, false));
    out.insert(QStringLiteral("by_financial_year"),
               periods(m.financialYears, cells.financialYears, true));
    out.insert(QStringLiteral("rolling_12"), periods(m.rolling12, cells.rolling12, true));

    QJsonObject rate{{QStringLiteral("value"), Builder::rate(cells.total, m.population)}};
    if (m.population) {
        rate.insert(QStringLiteral("population"), std::round(*m.population));
        rate.insert(QStringLiteral("population_year"), m.populationYear);
    } else {
        rate.insert(QStringLiteral("note"), QStringLiteral("no-denominator"));
    }
    out.insert(QStringLiteral("rate_per_1000"), rate);

    QJsonObject categories;
    for (const auto& [id, n] : m.byCategory)
        categories.insert(id, Builder::count(cells.categories.value(id)));
    out.insert(QStringLiteral("by_category"), categories);

    QJsonObject areas, top;
    for (int level = 0; level < Geography::kLevels; ++level) {
        QJsonObject entries;
        QJsonArray topList;
        for (const AreaCount& a : m.byArea[level]) {
            const int c = cells.areas[level].value(a.area);
            const Geography::Area& area = geo.area(a.area);
            QJsonObject entry{{QStringLiteral("name"), area.name.en},
                              {QStringLiteral("name_cy"), area.name.cy},
                              {QStringLiteral("count"), Builder::count(c)},
                              {QStringLiteral("rate_per_1000"), Builder::rate(c, a.population)}};
            entry.insert(QStringLiteral("population"),
                         a.population ? QJsonValue(std::round(*a.population)) : QJsonValue());
            entries.insert(area.code, entry);
            if (topList.size() < 10) {
                QJsonObject t = entry;
                t.insert(QStringLiteral("code"), area.code);
                topList.append(t);
            }
        }
        const QString code = Geography::levelCode(Geography::Level(level));
        areas.insert(code, entries);
        if (!topList.isEmpty())
            top.insert(code, topList);
    }
    out.insert(QStringLiteral("by_area"), areas);
    out.insert(QStringLiteral("top_areas"), top);

    if (m.concentration.available) {
        const Concentration& c = m.concentration;
        out.insert(
            QStringLiteral("concentration"),
            QJsonObject{
                {QStringLiteral("lsoas"), c.lsoas},
                {QStringLiteral("basis"),
                 c.allLsoasFromLookup ? QStringLiteral("lookup") : QStringLiteral("records")},
                {QStringLiteral("records_with_lsoa"), Builder::count(cells.placed)},
                {QStringLiteral("top_5_percent"),
                 QJsonObject{{QStringLiteral("lsoas"), c.top5Lsoas},
                             {QStringLiteral("count"), Builder::count(cells.top5)},
                             {QStringLiteral("share"), Builder::share(cells.top5, cells.placed)}}},
                {QStringLiteral("top_10_percent"),
                 QJsonObject{
                     {QStringLiteral("lsoas"), c.top10Lsoas},
                     {QStringLiteral("count"), Builder::count(cells.top10)},
                     {QStringLiteral("share"), Builder::share(cells.top10, cells.placed)}}}});
    } else {
        out.insert(QStringLiteral("concentration"), QJsonValue::Null);
    }

    if (!m.deprivationMeasure.isEmpty()) {
        QJsonObject deciles;
        for (const DecileCount& d : m.deciles) {
            const int c = cells.deciles.value(d.decile);
            deciles.insert(
                QString::number(d.decile),
                QJsonObject{{QStringLiteral("count"), Builder::count(c)},
                            {QStringLiteral("lsoas"), d.lsoas},
                            {QStringLiteral("population"),
                             d.population ? QJsonValue(std::round(*d.population)) : QJsonValue()},
                            {QStringLiteral("rate_per_1000"), Builder::rate(c, d.population)}});
        }
        out.insert(
            QStringLiteral("by_deprivation_decile"),
            QJsonObject{{QStringLiteral("measure"), m.deprivationMeasure},
                        {QStringLiteral("deciles"), deciles},
                        {QStringLiteral("without_decile"), Builder::count(cells.withoutDecile)}});
    } else {
        out.insert(QStringLiteral("by_deprivation_decile"), QJsonValue::Null);
    }

    if (m.hasAgeSex) {
        QJsonObject bands;
        for (int i = 0; i < int(m.ageSex.size()); ++i) {
            const AgeSexCount& row = m.ageSex[i];
            bands.insert(row.band >= 0 ? data.ageBands[row.band].label
                                       : QStringLiteral("not-recorded"),
                         QJsonObject{{QStringLiteral("female"), Builder::count(cells.ageSex[i][0])},
                                     {QStringLiteral("male"), Builder::count(cells.ageSex[i][1])},
                                     {QStringLiteral("other_or_unknown"),
                                      Builder::count(cells.ageSex[i][2])},
                                     {QStringLiteral("female_rate_per_1000"),
                                      Builder::rate(cells.ageSex[i][0], row.femalePopulation)},
                                     {QStringLiteral("male_rate_per_1000"),
                                      Builder::rate(cells.ageSex[i][1], row.malePopulation)}});
        }
        out.insert(QStringLiteral("by_age_sex"), bands);
    } else {
        out.insert(QStringLiteral("by_age_sex"), QJsonValue::Null);
    }

    if (m.hasHourWeekday) {
        static const char* const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        QJsonObject byDay;
        for (int d = 0; d < 7; ++d) {
            QJsonArray hours;
            for (int h = 0; h < 24; ++h)
                hours.append(Builder::count(cells.hourWeekday[d][h]));
            byDay.insert(QString::fromLatin1(days[d]), hours);
        }
        out.insert(QStringLiteral("hour_weekday"),
                   QJsonObject{{QStringLiteral("timed_records"), Builder::count(cells.timed)},
                               {QStringLiteral("by_day"), byDay}});
    } else {
        out.insert(QStringLiteral("hour_weekday"), QJsonValue::Null);
    }

    if (m.hasSeasonality) {
        QJsonObject means;
        for (int c = 1; c <= 12; ++c) {
            int years = 0;
            for (const MonthCount& month : m.months)
                years += month.hasData && month.month % 100 == c ? 1 : 0;
            means.insert(QStringLiteral("%1").arg(c, 2, 10, QLatin1Char('0')),
                         Builder::mean(cells.seasonalSums[c - 1], years));
        }
        out.insert(QStringLiteral("seasonality"),
                   QJsonObject{{QStringLiteral("years"), m.seasonalYears},
                               {QStringLiteral("mean_by_calendar_month"), means}});
    } else {
        out.insert(QStringLiteral("seasonality"), QJsonValue::Null);
    }

    const auto changeObject = [&](const ChangeResult& change, int before, int after) -> QJsonValue {
        QJsonObject object{{QStringLiteral("before"), periodObject(change.before)},
                           {QStringLiteral("after"), periodObject(change.after)}};
        if (!change.assessable) {
            object.insert(QStringLiteral("assessed"), false);
            object.insert(QStringLiteral("reason"), change.reason);
            return object;
        }
        object.insert(QStringLiteral("assessed"), true);
        object.insert(
            QStringLiteral("result"),
            Builder::change(before, after, change.before.months(), change.after.months()));
        return object;
    };
    out.insert(
        QStringLiteral("change"),
        QJsonObject{{QStringLiteral("year_on_year"),
                     changeObject(m.yearOnYear, cells.yearOnYearBefore, cells.yearOnYearAfter)},
                    {QStringLiteral("since_baseline"),
                     changeObject(m.sinceBaseline, cells.baselineBefore, cells.baselineAfter)}});

    const Coverage& cov = m.coverage;
    QJsonArray missing;
    for (int month : cov.missingMonths)
        missing.append(monthKey(month));
    QJsonArray gaps;
    for (const auto& [name, month] : cov.subSourceGaps)
        gaps.append(QJsonObject{{QStringLiteral("source"), name},
                                {QStringLiteral("month"), monthKey(month)}});
    QJsonArray early;
    for (const auto& [name, month] : cov.endsEarly)
        early.append(QJsonObject{{QStringLiteral("source"), name},
                                 {QStringLiteral("last_month"), monthKey(month)}});
    out.insert(
        QStringLiteral("coverage"),
        QJsonObject{{QStringLiteral("missing_months"), missing},
                    {QStringLiteral("force_months_missing"), gaps},
                    {QStringLiteral("ends_early"), early},
                    {QStringLiteral("records_without_area"), Builder::count(cells.withoutArea)},
                    {QStringLiteral("records_outside_partnership"),
                     Builder::count(cells.outsidePartnership)},
                    {QStringLiteral("withheld_rows"), double(cov.withheldRows)},
                    {QStringLiteral("records_over_several_months"), Builder::count(cells.spanning)},
                    {QStringLiteral("lsoas_placed_by_name"), cov.lsoasPlacedByName}});
    return out;
}

QJsonObject definitionArrayHolder(const ViolenceDefinition& definition)
{
    QJsonArray array;
    for (const DefinitionCategory& c : definition.categories) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("scope"), ViolenceScopes::code(c.scope)},
                                 {QStringLiteral("name_en"), c.name.en},
                                 {QStringLiteral("name_cy"), c.name.cy},
                                 {QStringLiteral("included"), c.included}});
    }
    return QJsonObject{{QStringLiteral("definition"), array}};
}

} // namespace

QJsonObject AnalysisJson::build(const Summary& summary, const AnalysisData& data,
                                const QList<DataGapNote>& notes, bool published)
{
    Builder b(published);
    const DisclosureRule other = data.settings.rule(SourceClass::Other);
    const DisclosureRule health = data.settings.rule(SourceClass::Health);

    // The foundation figures and the figures under the definition (all police records).
    QJsonObject byMonth, byCategory, svMonths, svCategories;
    const int total = b.cell(summary.totalRecords, other);
    QList<int> monthParts, categoryParts;
    QHash<int, int> allMonth;
    for (const auto& [month, n] : summary.byMonth) {
        const int c = b.cell(n, other);
        allMonth.insert(month, c);
        monthParts << c;
        byMonth.insert(monthKey(month), Builder::count(c));
    }
    b.relate(monthParts, total);
    for (const auto& [name, n] : summary.byCategory) {
        const int c = b.cell(n, other);
        categoryParts << c;
        byCategory.insert(name, Builder::count(c));
    }
    b.relate(categoryParts, total);
    const int svTotal = b.cell(summary.seriousViolence.total, other);
    QList<int> svMonthParts, svCategoryParts;
    QHash<int, int> svMonth;
    for (const auto& [month, n] : summary.seriousViolence.byMonth) {
        const int c = b.cell(n, other);
        svMonth.insert(month, c);
        svMonthParts << c;
        svMonths.insert(monthKey(month), Builder::count(c));
        if (allMonth.contains(month))
            b.relate({c}, allMonth.value(month)); // the rest of the month is not serious violence
    }
    b.relate(svMonthParts, svTotal);
    for (const auto& [id, n] : summary.seriousViolence.byCategory) {
        const int c = b.cell(n, other);
        svCategoryParts << c;
        svCategories.insert(id, Builder::count(c));
    }
    b.relate(svCategoryParts, svTotal);
    b.relate({svTotal}, total);

    QJsonObject coverage;
    if (!summary.byMonth.isEmpty()) {
        coverage.insert(QStringLiteral("first_month"), monthKey(summary.byMonth.first().first));
        coverage.insert(QStringLiteral("last_month"), monthKey(summary.byMonth.last().first));
    }
    QJsonArray missing;
    for (int month : summary.missingMonths)
        missing.append(monthKey(month));
    coverage.insert(QStringLiteral("missing_months"), missing);

    // The analysis: every source.
    QJsonObject sources;
    for (const AnalysisSource& source : data.sources) {
        QHash<int, int> monthCells;
        sources.insert(source.key, sourceObject(b, data, source, monthCells));
        if (source.isPolice()) {
            // The partnership's months are part of all the police records' months.
            for (auto it = monthCells.cbegin(); it != monthCells.cend(); ++it) {
                if (svMonth.contains(it.key()))
                    b.relate({it.value()}, svMonth.value(it.key()));
            }
        }
    }

    QJsonArray measures;
    for (const SuccessMeasure& measure : SuccessMeasures::compute(data)) {
        QJsonObject object{{QStringLiteral("measure"), SuccessMeasure::code(measure.kind)},
                           {QStringLiteral("available"), measure.available}};
        if (!measure.available) {
            object.insert(QStringLiteral("value"), QStringLiteral("no data"));
            object.insert(QStringLiteral("reason"), measure.reason);
        } else {
            const DisclosureRule rule = data.settings.rule(measure.disclosure);
            const int count = b.cell(measure.count, rule);
            object.insert(QStringLiteral("sources"), QJsonArray::fromStringList(measure.sources));
            object.insert(QStringLiteral("period"), periodObject(measure.latest));
            object.insert(QStringLiteral("count"), Builder::count(count));
            if (measure.under25Known) {
                const int under25 = b.cell(measure.under25, rule);
                b.relate({under25}, count);
                object.insert(QStringLiteral("under_25"), Builder::count(under25));
            } else {
                object.insert(QStringLiteral("under_25"), QStringLiteral("ages not recorded"));
            }
            if (measure.change.assessable) {
                const int before = b.cell(measure.change.assessment.before, rule);
                object.insert(
                    QStringLiteral("change"),
                    QJsonObject{
                        {QStringLiteral("before"), periodObject(measure.change.before)},
                        {QStringLiteral("result"), Builder::change(before, count, 12, 12)}});
            } else {
                object.insert(QStringLiteral("change"),
                              QJsonObject{{QStringLiteral("assessed"), false},
                                          {QStringLiteral("reason"), measure.change.reason}});
            }
        }
        if (!measure.relatedNote.isEmpty())
            object.insert(QStringLiteral("related"), measure.relatedNote);
        measures.append(object);
    }

    QJsonArray gaps;
    for (const DataGap& gap : DataGaps::build(data, notes)) {
        const BilingualText name = DataGaps::kindName(gap.kind);
        gaps.append(
            QJsonObject{{QStringLiteral("kind"), gap.kind},
                        {QStringLiteral("name_en"), name.en},
                        {QStringLiteral("name_cy"), name.cy},
                        {QStringLiteral("detected"), gap.detected},
                        {QStringLiteral("status"), gap.status()},
                        {QStringLiteral("gap"), gap.isGap()},
                        {QStringLiteral("held_in"), QJsonArray::fromStringList(gap.evidence)},
                        {QStringLiteral("note_en"), gap.note.note.en},
                        {QStringLiteral("note_cy"), gap.note.note.cy}});
    }

    b.run(other);

    const auto ruleObject = [](const DisclosureRule& rule) {
        return QJsonObject{{QStringLiteral("suppressed_up_to"), rule.suppressUpTo},
                           {QStringLiteral("rounded_to"), rule.roundTo}};
    };
    QJsonObject disclosure{
        {QStringLiteral("applied"), published},
        {QStringLiteral("health"), ruleObject(health)},
        {QStringLiteral("other"), ruleObject(other)},
        {QStringLiteral("rate_minimum_events"), data.settings.rateMinimumEvents},
        {QStringLiteral("statement_en"), DisclosureControl::statement(health, other, Lang::En)},
        {QStringLiteral("statement_cy"), DisclosureControl::statement(health, other, Lang::Cy)},
    };
    if (published)
        disclosure.insert(QStringLiteral("figures_hidden"), b.hiddenCount());
    const QJsonObject analysis{
        {QStringLiteral("window"), QStringLiteral("latest-12")},
        {QStringLiteral("partnership_areas"), QJsonArray::fromStringList(data.partnershipAreas)},
        {QStringLiteral("sources"), b.resolve(sources)},
        {QStringLiteral("success_measures"), b.resolve(measures)},
        {QStringLiteral("data_gaps"), gaps},
        {QStringLiteral("disclosure"), disclosure},
    };
    QJsonObject serious{
        {QStringLiteral("total"), b.resolve(Builder::count(svTotal))},
        {QStringLiteral("by_month"), b.resolve(svMonths)},
        {QStringLiteral("by_category"), b.resolve(svCategories)},
        {QStringLiteral("unmapped_categories"),
         QJsonArray::fromStringList(summary.seriousViolence.unmappedCategories)},
    };
    serious.insert(QStringLiteral("definition"),
                   definitionArrayHolder(summary.definition).value(QStringLiteral("definition")));
    QJsonObject out{
        {QStringLiteral("published"), published},
        {QStringLiteral("total_records"), b.resolve(Builder::count(total))},
        {QStringLiteral("by_month"), b.resolve(byMonth)},
        {QStringLiteral("by_category"), b.resolve(byCategory)},
        {QStringLiteral("datasets"), summary.datasetCount},
        {QStringLiteral("coverage"), coverage},
        {QStringLiteral("serious_violence"), serious},
        {QStringLiteral("analysis"), analysis},
    };
    if (published)
        out.insert(QStringLiteral("suppressed_up_to"), other.suppressUpTo);
    return out;
}

} // namespace sna
