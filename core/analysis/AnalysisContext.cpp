#include "analysis/AnalysisContext.h"

namespace sna {

Result<AnalysisContext> AnalysisContext::load(Project& project)
{
    AnalysisContext context;
    auto summary = SummaryBuilder::build(project);
    if (!summary)
        return summary.error();
    context.summary = summary.value();
    auto datasets = DatasetStore(project).list();
    if (!datasets)
        return datasets.error();
    context.datasets = datasets.value();
    auto settings = AnalysisSettingsStore(project).load();
    if (!settings)
        return settings.error();
    context.settings = settings.value();
    auto analysis = AnalysisData::load(project);
    if (!analysis)
        return analysis.error();
    context.analysis = analysis.value();
    return context;
}

} // namespace sna
