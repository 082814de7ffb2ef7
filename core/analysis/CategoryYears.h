#pragma once

#include "analysis/DisclosureControl.h"
#include "analysis/Measures.h"

#include <optional>

namespace sna {

// Financial years × the categories of the local definition, over the source's whole span, as
// one two-way table controlled together: the stacked bars and the table of the same reference
// print the same figures and hide the same cells.
struct CategoryYears {
    MeasureSet measures;      // every category, every period
    QStringList categoryIds;  // the table's columns
    QList<PeriodCount> years; // the table's rows
    std::optional<ControlledTable> table;

    static CategoryYears compute(const AnalysisData& data, const AnalysisFilter& filter,
                                 bool controlled);
    // "2023/24", or "2023/24 (incomplete)" in the language.
    BilingualText yearLabel(int row) const;
};

} // namespace sna
