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
};

} // namespace sna
