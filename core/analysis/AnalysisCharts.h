#pragma once

#include "analysis/AnalysisData.h"
#include "analysis/ChartSpec.h"
#include "analysis/MeasureCells.h"

#include <QStringList>

#include <optional>

namespace sna {

// The charts of the analysis, for any filter: a reference is a chart's name and, after "?",
// the filter (AnalysisFilter::toQuery) and the chart's own choices ("by=quarter",
// "level=lsoa"), e.g. "sv-areas?area=lad:W06000010&level=lsoa". The dashboard draws them and
// "Add to SNA" places the same reference in a section, so the document shows what the analyst
// saw — controlled for disclosure when it leaves the screen.
class AnalysisCharts {
public:
    static QStringList references(); // the chart names, without a filter
    static bool handles(const QString& reference);
    static BilingualText title(const QString& reference);
    static std::optional<ChartSpec> build(const QString& reference, const AnalysisData& data,
                                          bool controlled);
    // A chart from measures already computed for the reference's filter; not for the chart of
    // categories by year, which computes its own two-way table.
    static ChartSpec build(const QString& reference, const ControlledMeasures& measures,
                           const AnalysisData& data);

    // The parts of a reference.
    static QString name(const QString& reference);
    static QString option(const QString& reference, const QString& key);
    static QString reference(const QString& name, const AnalysisFilter& filter,
                             const QList<QPair<QString, QString>>& options = {});

    // Each chart from measures already computed (the dashboard computes once per filter).
    static ChartSpec trend(const ControlledMeasures& measures, const AnalysisData& data,
                           const QString& by = QStringLiteral("month"));
    static ChartSpec categories(const ControlledMeasures& measures, const AnalysisData& data);
    static ChartSpec categoryYears(const AnalysisData& data, const AnalysisFilter& filter,
                                   bool controlled);
    static ChartSpec areas(const ControlledMeasures& measures, const AnalysisData& data,
                           Geography::Level level);
    static ChartSpec ageSex(const ControlledMeasures& measures, const AnalysisData& data);
    static ChartSpec hourWeekday(const ControlledMeasures& measures, const AnalysisData& data);
    static ChartSpec deciles(const ControlledMeasures& measures, const AnalysisData& data);
    static ChartSpec seasonality(const ControlledMeasures& measures, const AnalysisData& data);

    // Shared wording: what the figures cover ("Carmarthenshire, under 25") and the
    // source-and-period note, in one language.
    static QString qualifiers(const MeasureSet& m, const AnalysisData& data, Lang lang);
    static BilingualText sourceNote(const MeasureSet& m, const AnalysisData& data);
    // The same for months `first` to `last` (yyyymm), e.g. a source's whole span.
    static BilingualText sourceNote(const MeasureSet& m, const AnalysisData& data, int first,
                                    int last);
    static BilingualText levelName(Geography::Level level);

private:
    static ChartSpec buildSpec(const QString& chart, const QString& reference,
                               const AnalysisData& data, bool controlled);
};

} // namespace sna
