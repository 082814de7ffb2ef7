#pragma once

#include "analysis/AnalysisContext.h"
#include "analysis/ChartSpec.h"
#include "analysis/TableSpec.h"
#include "document/Document.h"

#include <QCoreApplication>

#include <optional>

namespace sna {

// Every kind of live item a section can embed — charts, tables and key figures — in one place:
// what can be chosen, what each is called in both languages, and how tables and figures read as
// Markdown for outputs that have no layout of their own for them.
class EmbeddedItems {
    Q_DECLARE_TR_FUNCTIONS(sna::EmbeddedItems)
public:
    static const QString kChart;
    static const QString kTable;
    static const QString kFigure;

    static QList<EmbeddedItem> available();
    static bool isKnown(const EmbeddedItem& item);
    static BilingualText title(const EmbeddedItem& item);
    static QString kindLabel(const QString& kind); // translated: "Chart", "Table", "Key figure"

    static std::optional<ChartSpec> chart(const EmbeddedItem& item, const AnalysisContext& context);
    static std::optional<TableSpec> table(const EmbeddedItem& item, const AnalysisContext& context);
    static std::optional<KeyFigure> figure(const EmbeddedItem& item,
                                           const AnalysisContext& context);

    // A line of what the item shows now, for the editor ("12,345", "Rows: 14").
    static QString preview(const EmbeddedItem& item, const AnalysisContext& context, Lang lang);

    // Markdown renderings, in one language. Tables are numbered by the caller.
    static QString tableMarkdown(const TableSpec& table, Lang lang, int number);
    static QString figureMarkdown(const KeyFigure& figure, Lang lang);
};

} // namespace sna
