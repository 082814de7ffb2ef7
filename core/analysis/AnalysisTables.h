#pragma once

#include "analysis/AnalysisData.h"
#include "analysis/MeasureCells.h"
#include "analysis/TableSpec.h"

#include <optional>

namespace sna {

// The figures behind each analysis chart as a table, for the same reference (chart name,
// filter and options: see AnalysisCharts): what the dashboard lists under its chart and what
// "Add Table to SNA" places in a section. Counts a chart leaves out because they are withheld
// show here as "*"; rates come with their population, and "—" where there is none.
class AnalysisTables {
public:
    static bool handles(const QString& reference);
    static std::optional<TableSpec> build(const QString& reference, const AnalysisData& data,
                                          bool controlled);
    // From measures already computed for the reference's filter (the dashboard computes them
    // once for the chart and its table); not for the table of categories by year.
    static TableSpec build(const QString& reference, const ControlledMeasures& measures,
                           const AnalysisData& data);

private:
    static TableSpec categoryYears(const QString& reference, const AnalysisData& data,
                                   bool controlled);
};

} // namespace sna
