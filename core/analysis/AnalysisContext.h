#pragma once

#include "analysis/AnalysisData.h"
#include "analysis/AnalysisSettings.h"
#include "analysis/Summary.h"
#include "foundation/Result.h"
#include "import/DatasetStore.h"

namespace sna {

class Project;

// What embedded items are built from: the totals, the provenance of every dataset and the
// disclosure-control settings of the project.
struct AnalysisContext {
    Summary summary;
    QList<DatasetInfo> datasets;
    AnalysisSettings settings;
    // The snapshot the analysis charts placed in a document are drawn from.
    std::shared_ptr<const AnalysisData> analysis;

    static Result<AnalysisContext> load(Project& project);
};

} // namespace sna
