#pragma once

#include "analysis/ChartSpec.h"
#include "analysis/Summary.h"

#include <QStringList>

#include <optional>

namespace sna {

// The charts a document can embed, built from the project's current figures.
class ChartCatalogue {
public:
    static QStringList references();
    static std::optional<ChartSpec> build(const QString& reference, const Summary& summary);
    static ChartSpec monthlyTrend(const Summary& summary);
    // Serious violence under the local definition, month by month (gaps left open).
    static ChartSpec seriousViolenceTrend(const Summary& summary);
    // Serious violence by category of the definition over the latest twelve months (or the
    // whole period when the data covers less).
    static ChartSpec seriousViolenceByCategory(const Summary& summary, int firstMonth = 0,
                                               int lastMonth = 0);
};

} // namespace sna
