#pragma once

#include "analysis/AnalysisContext.h"
#include "analysis/TableSpec.h"

#include <QStringList>

#include <optional>

namespace sna {

// The tables and key figures a document can embed, built from the project's current data and
// always disclosure-controlled with the project's thresholds.
class TableCatalogue {
public:
    static QStringList tableReferences();
    static QStringList figureReferences();
    static std::optional<TableSpec> table(const QString& reference, const AnalysisContext& context);
    static std::optional<KeyFigure> figure(const QString& reference,
                                           const AnalysisContext& context);
    // Titles without building anything, for menus.
    static BilingualText tableTitle(const QString& reference);
    static BilingualText figureTitle(const QString& reference);
};

} // namespace sna
