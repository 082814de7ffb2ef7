#include "analysis/TableCatalogue.h"

#include "analysis/CategoryNames.h"
#include "analysis/Disclosure.h"
#include "document/FixedText.h"

#include <QDateTime>

namespace sna {

namespace {
const QString kCategories = QStringLiteral("categories");
const QString kRecentMonths = QStringLiteral("recent-months");
const QString kDataSources = QStringLiteral("data-sources");
const QString kTotalRecords = QStringLiteral("total-records");
const QString kPeriodCovered = QStringLiteral("period-covered");
const QString kLatestChange = QStringLiteral("latest-change");
const QString kLargestCategory = QStringLiteral("largest-category");

BilingualText both(FixedText::Term term)
{
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}

BilingualText count(std::optional<qint64> value)
{
    if (!value)
        return BilingualText{QStringLiteral("*"), QStringLiteral("*")};
    return BilingualText{FixedText::number(*value, Lang::En), FixedText::number(*value, Lang::Cy)};
}

BilingualText month(int yyyymm)
{
    BilingualText text;
    for (Lang lang : kAllLangs)
        text.in(lang) = FixedText::monthYear(yyyymm / 100, yyyymm % 100, lang);
    return text;
}

BilingualText period(int first, int last)
{
    if (first == 0 || last == 0)
        return BilingualText{QStringLiteral("—"), QStringLiteral("—")};
    BilingualText text;
    for (Lang lang : kAllLangs) {
        const QString from = FixedText::monthYear(first / 100, first % 100, lang);
        const QString to = FixedText::monthYear(last / 100, last % 100, lang);
        text.in(lang) =
            first == last ? from : FixedText::text(FixedText::PeriodRange, lang).arg(from, to);
    }
    return text;
}

// Builds a two-column table of label and count with a total row, disclosure-controlled.
TableSpec countTable(const QString& reference, FixedText::Term title, FixedText::Term labelColumn,
                     const QList<QPair<BilingualText, qint64>>& entries, int threshold)
{
    TableSpec table;
    table.reference = reference;
    table.title = both(title);
    table.columns = {both(labelColumn), both(FixedText::ColumnRecords)};
    table.numericColumns = {false, true};
    table.source = both(FixedText::PoliceDataSource);
    if (entries.isEmpty())
        return table;
    QList<qint64> counts;
    qint64 total = 0;
    for (const auto& entry : entries) {
        counts << entry.second;
        total += entry.second;
    }
    const auto shown = Disclosure::control(counts, threshold, true);
    bool withheld = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        table.rows.append({entries[i].first, count(shown[i])});
        withheld = withheld || !shown[i];
    }
    const auto shownTotal = Disclosure::controlTotal(total, threshold);
    withheld = withheld || !shownTotal;
    table.rows.append({both(FixedText::TotalRow), count(shownTotal)});
    table.lastRowIsTotal = true;
    if (withheld) {
        for (Lang lang : kAllLangs)
            table.note.in(lang) = FixedText::text(FixedText::SuppressionNote, lang).arg(threshold);
    }
    return table;
}
} // namespace

QStringList TableCatalogue::tableReferences()
{
    return {kCategories, kRecentMonths, kDataSources};
}

QStringList TableCatalogue::figureReferences()
{
    return {kTotalRecords, kPeriodCovered, kLatestChange, kLargestCategory};
}

BilingualText TableCatalogue::tableTitle(const QString& reference)
{
    if (reference == kCategories)
        return both(FixedText::CategoriesTableTitle);
    if (reference == kRecentMonths)
        return both(FixedText::RecentMonthsTitle);
    if (reference == kDataSources)
        return both(FixedText::DataSourcesTitle);
    return {};
}

BilingualText TableCatalogue::figureTitle(const QString& reference)
{
    if (reference == kTotalRecords)
        return both(FixedText::TotalRecordsLabel);
    if (reference == kPeriodCovered)
        return both(FixedText::PeriodCoveredLabel);
    if (reference == kLatestChange)
        return both(FixedText::LatestChangeLabel);
    if (reference == kLargestCategory)
        return both(FixedText::LargestCategoryLabel);
    return {};
}

std::optional<TableSpec> TableCatalogue::table(const QString& reference,
                                               const AnalysisContext& context)
{
    const int threshold = context.settings.otherSuppressionMax;
    if (reference == kCategories) {
        QList<QPair<BilingualText, qint64>> entries;
        for (const auto& [category, n] : context.summary.byCategory)
            entries.append({CategoryNames::of(category), n});
        return countTable(kCategories, FixedText::CategoriesTableTitle, FixedText::ColumnCategory,
                          entries, threshold);
    }
    if (reference == kRecentMonths) {
        QList<QPair<BilingualText, qint64>> entries;
        const auto& months = context.summary.byMonth;
        for (qsizetype i = std::max<qsizetype>(0, months.size() - 12); i < months.size(); ++i)
            entries.append({month(months[i].first), months[i].second});
        return countTable(kRecentMonths, FixedText::RecentMonthsTitle, FixedText::ColumnMonth,
                          entries, threshold);
    }
    if (reference == kDataSources) {
        TableSpec table;
        table.reference = kDataSources;
        table.title = both(FixedText::DataSourcesTitle);
        table.columns = {both(FixedText::ColumnFile), both(FixedText::ColumnPartner),
                         both(FixedText::ColumnPeriod), both(FixedText::ColumnRowsStored),
                         both(FixedText::ColumnImported)};
        table.numericColumns = {false, false, false, true, false};
        table.source = both(FixedText::DataSourcesSource);
        for (const DatasetInfo& dataset : context.datasets) {
            BilingualText imported;
            const QDate date = QDateTime::fromString(dataset.importedAt, Qt::ISODate).date();
            for (Lang lang : kAllLangs)
                imported.in(lang) = date.isValid() ? FixedText::date(date, lang) : QString();
            table.rows.append({BilingualText{dataset.fileName, dataset.fileName},
                               BilingualText{dataset.partner, dataset.partner},
                               period(dataset.periodStart, dataset.periodEnd),
                               count(dataset.rowsStored), imported});
        }
        return table;
    }
    return std::nullopt;
}

std::optional<KeyFigure> TableCatalogue::figure(const QString& reference,
                                                const AnalysisContext& context)
{
    const Summary& summary = context.summary;
    const int threshold = context.settings.otherSuppressionMax;
    KeyFigure figure;
    figure.reference = reference;
    figure.label = figureTitle(reference);
    figure.source = both(FixedText::PoliceDataSource);
    const BilingualText notEnough = both(FixedText::NotEnoughData);
    if (reference == kTotalRecords) {
        const auto total = Disclosure::controlTotal(summary.totalRecords, threshold);
        figure.value = count(total);
        if (!total) {
            for (Lang lang : kAllLangs)
                figure.note.in(lang) =
                    FixedText::text(FixedText::SuppressionNote, lang).arg(threshold);
        }
        return figure;
    }
    if (reference == kPeriodCovered) {
        figure.value = summary.byMonth.isEmpty()
                           ? notEnough
                           : period(summary.byMonth.first().first, summary.byMonth.last().first);
        return figure;
    }
    if (reference == kLatestChange) {
        const auto& months = summary.byMonth;
        if (months.size() < 24) {
            figure.value = notEnough;
            return figure;
        }
        qint64 latest = 0;
        qint64 before = 0;
        for (qsizetype i = months.size() - 24; i < months.size(); ++i)
            (i >= months.size() - 12 ? latest : before) += months[i].second;
        // Percentages of small counts disclose as much as the counts.
        if (before == 0 || Disclosure::isSmall(latest, threshold) ||
            Disclosure::isSmall(before, threshold)) {
            figure.value = notEnough;
            return figure;
        }
        const double change = 100.0 * double(latest - before) / double(before);
        for (Lang lang : kAllLangs)
            figure.value.in(lang) = FixedText::percent(change, lang, true);
        return figure;
    }
    if (reference == kLargestCategory) {
        if (summary.byCategory.isEmpty() || summary.totalRecords == 0 ||
            Disclosure::isSmall(summary.byCategory.first().second, threshold)) {
            figure.value = notEnough;
            return figure;
        }
        const BilingualText name = CategoryNames::of(summary.byCategory.first().first);
        const double share =
            100.0 * double(summary.byCategory.first().second) / double(summary.totalRecords);
        for (Lang lang : kAllLangs)
            figure.value.in(lang) =
                QStringLiteral("%1 (%2)").arg(name.in(lang), FixedText::percent(share, lang));
        return figure;
    }
    return std::nullopt;
}

} // namespace sna
