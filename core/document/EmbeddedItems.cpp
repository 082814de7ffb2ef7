#include "document/EmbeddedItems.h"

#include "analysis/AnalysisCharts.h"
#include "analysis/AnalysisTables.h"
#include "analysis/ChartCatalogue.h"
#include "analysis/TableCatalogue.h"
#include "document/FixedText.h"
#include "plan/ActionPlanReport.h"

namespace sna {

const QString EmbeddedItems::kChart = QStringLiteral("chart");
const QString EmbeddedItems::kTable = QStringLiteral("table");
const QString EmbeddedItems::kFigure = QStringLiteral("figure");

QList<EmbeddedItem> EmbeddedItems::available()
{
    QList<EmbeddedItem> items;
    for (const QString& reference : ChartCatalogue::references())
        items.append(EmbeddedItem{kChart, reference});
    for (const QString& reference : TableCatalogue::tableReferences())
        items.append(EmbeddedItem{kTable, reference});
    for (const QString& reference : TableCatalogue::figureReferences())
        items.append(EmbeddedItem{kFigure, reference});
    return items;
}

bool EmbeddedItems::isKnown(const EmbeddedItem& item)
{
    // An analysis chart or table is known with any filter
    // ("sv-areas?area=lad:W06000010&level=lsoa").
    return available().contains(item) ||
           (item.kind == kChart && AnalysisCharts::handles(item.reference)) ||
           (item.kind == kTable && AnalysisTables::handles(item.reference));
}

BilingualText EmbeddedItems::title(const EmbeddedItem& item)
{
    if ((item.kind == kChart || item.kind == kTable) && AnalysisCharts::handles(item.reference))
        return AnalysisCharts::title(item.reference);
    if (item.kind == kChart) {
        if (const auto spec = ChartCatalogue::build(item.reference, Summary{}))
            return spec->title;
    } else if (item.kind == kTable) {
        return TableCatalogue::tableTitle(item.reference);
    } else if (item.kind == kFigure) {
        return TableCatalogue::figureTitle(item.reference);
    }
    return BilingualText{item.reference, item.reference};
}

QString EmbeddedItems::kindLabel(const QString& kind)
{
    if (kind == kChart)
        return tr("Chart");
    if (kind == kTable)
        return tr("Table");
    if (kind == kFigure)
        return tr("Key figure");
    return kind;
}

std::optional<ChartSpec> EmbeddedItems::chart(const EmbeddedItem& item,
                                              const AnalysisContext& context)
{
    if (item.kind != kChart)
        return std::nullopt;
    // A chart placed in the document is always disclosure-controlled: a document is
    // publishable.
    if (AnalysisCharts::handles(item.reference))
        return context.analysis ? AnalysisCharts::build(item.reference, *context.analysis, true)
                                : std::nullopt;
    return ChartCatalogue::build(item.reference, context.summary);
}

std::optional<TableSpec> EmbeddedItems::table(const EmbeddedItem& item,
                                              const AnalysisContext& context)
{
    if (item.kind != kTable)
        return std::nullopt;
    // Like a chart, a table placed in the document is always disclosure-controlled.
    if (AnalysisTables::handles(item.reference))
        return context.analysis ? AnalysisTables::build(item.reference, *context.analysis, true)
                                : std::nullopt;
    return TableCatalogue::table(item.reference, context);
}

std::optional<KeyFigure> EmbeddedItems::figure(const EmbeddedItem& item,
                                               const AnalysisContext& context)
{
    if (item.kind != kFigure)
        return std::nullopt;
    return TableCatalogue::figure(item.reference, context);
}

QString EmbeddedItems::preview(const EmbeddedItem& item, const AnalysisContext& context, Lang lang)
{
    if (const auto figure = EmbeddedItems::figure(item, context))
        return figure->value.in(lang);
    if (const auto table = EmbeddedItems::table(item, context))
        return table->isEmpty() ? FixedText::text(FixedText::NoDataYet, lang)
                                : tr("Rows: %1").arg(table->rows.size());
    if (const auto chart = EmbeddedItems::chart(item, context))
        return chart->isEmpty() ? FixedText::text(FixedText::NoDataYet, lang)
                                : tr("Points: %1").arg(chart->points.size());
    return tr("Unknown item “%1”").arg(item.reference);
}

QString EmbeddedItems::tableMarkdown(const TableSpec& table, Lang lang, int number)
{
    if (table.isEmpty()) {
        // Not a table yet: no number, so that the tables printed are numbered without a hole.
        const QString why = table.note.in(lang).isEmpty()
                                ? FixedText::text(FixedText::NoDataYet, lang)
                                : table.note.in(lang);
        return QStringLiteral("**%1**\n\n*%2*")
            .arg(ActionPlanReport::escape(table.title.in(lang)), ActionPlanReport::escape(why));
    }
    QString markdown =
        QStringLiteral("**%1**\n\n")
            .arg(ActionPlanReport::escape(FixedText::text(FixedText::TableCaption, lang)
                                              .arg(number)
                                              .arg(table.title.in(lang))));
    QStringList header;
    QStringList rule;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        header << ActionPlanReport::escape(table.columns[c].in(lang));
        rule << (table.numericColumns.value(c) ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    markdown += QStringLiteral("| %1 |\n|%2|\n")
                    .arg(header.join(QStringLiteral(" | ")), rule.join(QLatin1Char('|')));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool total = table.lastRowIsTotal && r == table.rows.size() - 1;
        QStringList cells;
        for (const BilingualText& cell : table.rows[r]) {
            const QString text = ActionPlanReport::escape(cell.in(lang));
            cells << (total && !text.isEmpty() ? QStringLiteral("**%1**").arg(text) : text);
        }
        markdown += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    markdown += QLatin1Char('\n') +
                QStringLiteral("*%1*").arg(ActionPlanReport::escape(
                    FixedText::text(FixedText::SourceNote, lang).arg(table.source.in(lang))));
    if (!table.note.in(lang).isEmpty())
        markdown += QStringLiteral("\n\n") + ActionPlanReport::escape(table.note.in(lang));
    return markdown;
}

QString EmbeddedItems::figureMarkdown(const KeyFigure& figure, Lang lang)
{
    QString markdown = QStringLiteral("%1: **%2**")
                           .arg(ActionPlanReport::escape(figure.label.in(lang)),
                                ActionPlanReport::escape(figure.value.in(lang)));
    if (!figure.note.in(lang).isEmpty())
        markdown += QStringLiteral("\n\n") + ActionPlanReport::escape(figure.note.in(lang));
    return markdown;
}

} // namespace sna
