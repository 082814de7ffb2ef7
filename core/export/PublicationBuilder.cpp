#include "export/PublicationBuilder.h"

#include "analysis/AnalysisCharts.h"
#include "analysis/ChartCatalogue.h"
#include "document/DocumentStore.h"
#include "document/FixedText.h"
#include "document/PublishableForm.h"
#include "export/PublicationFilter.h"
#include "export/PublicationGlossary.h"
#include "import/DataSourcesAnnex.h"
#include "project/AreaCatalogue.h"
#include "project/ProfileStore.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

namespace sna {

namespace {

BilingualText both(FixedText::Term term)
{
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}

RichText runsOf(const QTextBlock& block)
{
    RichText runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        TextRun run{fragment.text(), format.fontWeight() >= QFont::DemiBold, format.fontItalic(),
                    format.isAnchor() ? format.anchorHref() : QString()};
        run.text.remove(QChar::ObjectReplacementCharacter);
        if (!runs.isEmpty() && runs.last().bold == run.bold && runs.last().italic == run.italic &&
            runs.last().href == run.href)
            runs.last().text += run.text;
        else if (!run.text.isEmpty())
            runs.append(run);
    }
    return runs;
}

RichText cellText(const QTextTableCell& cell)
{
    RichText runs;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        if (!runs.isEmpty())
            runs.append(TextRun{QString(QChar::LineSeparator), false, false, {}});
        runs.append(runsOf(block));
    }
    return runs;
}

bool isNumber(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char('%')).remove(QLatin1Char(' '));
    if (text.isEmpty())
        return false;
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

void markNumericColumns(TableBlock& table)
{
    const int columns = table.rows.isEmpty() ? 0 : int(table.rows.first().size());
    table.numericColumns = QList<bool>(columns, false);
    for (int column = 0; column < columns; ++column) {
        bool numeric = table.rows.size() > table.headerRows;
        for (int row = table.headerRows; row < table.rows.size() && numeric; ++row) {
            const QString text = plainText(table.rows[row].value(column)).trimmed();
            // "*" (withheld) and "—" (no figure) stand in a column of numbers.
            numeric = text.isEmpty() || text == QLatin1String("*") ||
                      text == QString(QChar(0x2014)) || isNumber(text);
        }
        table.numericColumns[column] = numeric;
    }
}

// "Table: caption" before a table and "Source: …" after it (as in pandoc) label the table.
QString labelled(const Block& block, const QStringList& labels)
{
    if (block.kind != Block::Kind::Paragraph)
        return {};
    const QString text = plainText(block.text).trimmed();
    for (const QString& label : labels) {
        // "Table 3: …" (a number given by the document model) is accepted too: the publication
        // numbers its tables itself.
        const QRegularExpression pattern(
            QStringLiteral("^%1(?:\\s+\\d+)?\\s*:\\s*(.+)$").arg(label),
            QRegularExpression::CaseInsensitiveOption);
        const auto match = pattern.match(text);
        if (match.hasMatch())
            return match.captured(1).trimmed();
    }
    return {};
}

QString areaNames(const PartnershipProfile& profile, Lang lang)
{
    QStringList names;
    for (const Area& area : profile.areas) {
        const auto entry = AreaCatalogue::instance().find(area.code);
        names << (entry ? entry->nameIn(lang) : (area.name.isEmpty() ? area.code : area.name));
    }
    return FixedText::joinList(names, lang);
}

QString periodOf(const DatasetInfo& dataset, Lang lang)
{
    if (dataset.periodStart <= 0 || dataset.periodEnd <= 0)
        return FixedText::text(FixedText::UnknownValue, lang);
    const QString first =
        FixedText::monthYear(dataset.periodStart / 100, dataset.periodStart % 100, lang);
    if (dataset.periodStart == dataset.periodEnd)
        return first;
    return FixedText::text(FixedText::PeriodRange, lang)
        .arg(first, FixedText::monthYear(dataset.periodEnd / 100, dataset.periodEnd % 100, lang));
}

QList<Block> dataSourceBlocks(const QList<DatasetInfo>& datasets, int tableNumber, Lang lang)
{
    QList<Block> blocks;
    if (datasets.isEmpty()) {
        Block note;
        note.kind = Block::Kind::Paragraph;
        note.text = richText(FixedText::text(FixedText::NoDatasets, lang));
        blocks.append(note);
        return blocks;
    }
    Block intro;
    intro.text = richText(FixedText::text(FixedText::DataSourcesIntro, lang));
    blocks.append(intro);
    Block table;
    table.kind = Block::Kind::Table;
    table.table.number = tableNumber;
    table.table.caption = FixedText::text(FixedText::DataSourcesTitle, lang);
    QList<RichText> header;
    for (FixedText::Term term :
         {FixedText::DatasetColumn, FixedText::ProvidedByColumn, FixedText::PeriodColumn,
          FixedText::RecordsColumn, FixedText::ImportedColumn})
        header.append(richText(FixedText::text(term, lang)));
    table.table.rows.append(header);
    for (const DatasetInfo& dataset : datasets) {
        const QDate imported = QDate::fromString(dataset.importedAt.left(10), Qt::ISODate);
        table.table.rows.append(
            {richText(dataset.fileName),
             richText(dataset.partner.isEmpty() ? FixedText::text(FixedText::SourceNotStated, lang)
                                                : dataset.partner),
             richText(periodOf(dataset, lang)),
             richText(FixedText::number(dataset.rowsStored, lang)),
             richText(imported.isValid() ? FixedText::date(imported, lang)
                                         : FixedText::text(FixedText::UnknownValue, lang))});
    }
    markNumericColumns(table.table);
    table.table.columnWidths = {38, 20, 17, 11, 14}; // file names whole on one line
    blocks.append(table);
    // Then each dataset's provenance in full: who sent it, on what basis, at what ISTV level.
    blocks.append(PublicationBuilder::parseMarkdown(DataSourcesAnnex::markdown(datasets, lang),
                                                    QString(), QStringLiteral("provenance"),
                                                    tableNumber + 1));
    return blocks;
}

QList<Block> glossaryBlocks(Lang lang)
{
    QList<Block> blocks;
    for (const PublicationGlossary::Entry& entry : PublicationGlossary::sorted(lang)) {
        Block block;
        block.text = RichText{
            TextRun{entry.term.in(lang), true, false, {}},
            TextRun{QString(QChar::LineSeparator) + entry.definition.in(lang), false, false, {}}};
        blocks.append(block);
    }
    return blocks;
}

} // namespace

QList<Block> PublicationBuilder::parseMarkdown(const QString& markdown,
                                               const QString& sectionNumber,
                                               const QString& anchorPrefix, int firstTable)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    QList<Block> blocks;
    int sub = 0;
    int subSub = 0;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table)
                continue;
            Block block;
            block.kind = Block::Kind::Table;
            block.table.headerRows = std::max(1, table->format().headerRowCount());
            for (int row = 0; row < table->rows(); ++row) {
                QList<RichText> cells;
                for (int column = 0; column < table->columns(); ++column)
                    cells.append(cellText(table->cellAt(row, column)));
                block.table.rows.append(cells);
            }
            markNumericColumns(block.table);
            blocks.append(block);
            continue;
        }
        const QTextBlock textBlock = it.currentBlock();
        if (!textBlock.isValid())
            continue;
        const int headingLevel = textBlock.blockFormat().headingLevel();
        Block block;
        block.text = runsOf(textBlock);
        if (plainText(block.text).trimmed().isEmpty())
            continue;
        if (headingLevel > 0) {
            block.kind = Block::Kind::Heading;
            block.text = richText(plainText(block.text).trimmed());
            if (headingLevel <= 2 || sub == 0) {
                block.level = 2;
                subSub = 0;
                block.number = QStringLiteral("%1.%2").arg(sectionNumber).arg(++sub);
            } else {
                block.level = 3;
                block.number = QStringLiteral("%1.%2.%3").arg(sectionNumber).arg(sub).arg(++subSub);
            }
            block.anchor = anchorPrefix + QLatin1Char('-') +
                           QString(block.number).replace(QLatin1Char('.'), QLatin1Char('-'));
        } else if (QTextList* list = textBlock.textList()) {
            block.kind = Block::Kind::ListItem;
            const QTextListFormat format = list->format();
            block.level = std::max(1, format.indent());
            const auto style = format.style();
            block.ordered = style == QTextListFormat::ListDecimal ||
                            style == QTextListFormat::ListLowerAlpha ||
                            style == QTextListFormat::ListUpperAlpha ||
                            style == QTextListFormat::ListLowerRoman ||
                            style == QTextListFormat::ListUpperRoman;
            block.itemNumber = 1 + list->itemNumber(textBlock);
        }
        blocks.append(block);
    }

    // Label and number the tables; a table's caption defaults to the heading it sits under.
    int table = firstTable;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != Block::Kind::Table)
            continue;
        QString caption;
        if (i > 0) {
            caption = labelled(blocks[i - 1], {QStringLiteral("Table"), QStringLiteral("Tabl")});
            if (!caption.isEmpty()) {
                blocks.removeAt(--i);
            }
        }
        if (caption.isEmpty()) {
            for (qsizetype j = i - 1; j >= 0 && caption.isEmpty(); --j) {
                if (blocks[j].kind == Block::Kind::Heading)
                    caption = plainText(blocks[j].text);
            }
        }
        blocks[i].table.caption = caption;
        blocks[i].table.number = table++;
        if (i + 1 < blocks.size()) {
            const QString source =
                labelled(blocks[i + 1], {QStringLiteral("Source"), QStringLiteral("Ffynhonnell")});
            if (!source.isEmpty()) {
                blocks[i].table.source = source;
                blocks.removeAt(i + 1);
            }
        }
    }
    return blocks;
}

Result<PublicationContent> PublicationBuilder::gather(Project& project, PublicationKind kind)
{
    PublicationContent content;
    auto profile = ProfileStore(project).load();
    if (!profile)
        return profile.error();
    content.profile = profile.value();
    DocumentStore documents(project);
    auto document = documents.load(kind == PublicationKind::Strategy ? DocumentKind::Strategy
                                                                     : DocumentKind::Sna);
    if (!document)
        return document.error();
    // What leaves the project is the publishable form (document/PublishableForm.h): no
    // restricted section in anything public, not-applicable sections as their reason, tables,
    // key figures and the action plan rendered from the current data.
    auto data = PublishableForm::loadData(project);
    if (!data)
        return data.error();
    content.document =
        PublicationFilter::publishableDocument(document.value(), data.value(), audienceOf(kind));
    if (kind == PublicationKind::Strategy) {
        content.strategy = content.document;
    } else {
        auto strategy = documents.load(DocumentKind::Strategy);
        if (!strategy)
            return strategy.error();
        content.strategy = PublicationFilter::publishableDocument(strategy.value(), data.value(),
                                                                  Audience::Public);
    }
    auto summary = SummaryBuilder::build(project);
    if (!summary)
        return summary.error();
    content.summary = summary.value();
    auto datasets = DatasetStore(project).list();
    if (!datasets)
        return datasets.error();
    content.datasets = datasets.value();
    content.settings = data.value().analysis.settings;
    content.analysis = data.value().analysis.analysis;
    return content;
}

Publication PublicationBuilder::build(const PublicationContent& content, PublicationKind kind,
                                      bool draft, const QDate& date)
{
    Publication publication;
    publication.kind = kind;
    publication.audience = audienceOf(kind);
    publication.title = kind == PublicationKind::SnaSummary ? both(FixedText::SnaSummaryTitle)
                                                            : content.document.title();
    publication.partnership = content.profile.name;
    publication.coordinator = content.profile.coordinator;
    publication.date = date.isValid() ? date : QDate::currentDate();
    publication.draft = draft;
    publication.coversWales = content.profile.coversWales();
    for (Lang lang : kAllLangs) {
        publication.areas.in(lang) = areaNames(content.profile, lang);
        publication.about[lang == Lang::Cy ? 1 : 0] = {
            FixedText::text(publication.restricted() ? FixedText::DisclosureRestricted
                                                     : FixedText::DisclosurePublic,
                            lang)};
    }
    // Every figure in the export comes from here (disclosure control, issue 5).
    const Summary figures = PublicationFilter::publishedFigures(
        content.summary, publication.audience, content.settings);

    // The sections to lay out: publishable ones only. The public SNA summary opens with the
    // strategy's high-level, non-sensitive SNA summary (guidance para 154(l)).
    QList<Section> sources;
    if (kind == PublicationKind::SnaSummary) {
        if (const Section* summary = content.strategy.section(QStringLiteral("sna-summary"));
            summary && PublicationFilter::isPublishable(*summary, publication.audience)) {
            Section intro = *summary;
            intro.title = both(FixedText::SnaSummaryIntro);
            sources.append(intro);
        }
    }
    for (const Section& section : content.document.sections()) {
        if (PublicationFilter::isPublishable(section, publication.audience))
            sources.append(section);
    }

    int number = 0;
    int table = 1;
    bool dataSourcesPlaced = false;
    for (const Section& section : std::as_const(sources)) {
        PublicationSection out;
        out.id = section.id;
        out.number = QString::number(++number);
        out.title = section.title;
        out.newPage = number == 1;
        int tablesUsed = 0;
        for (Lang lang : kAllLangs) {
            const QString body = section.body.in(lang).trimmed();
            if (body.isEmpty()) {
                if (draft) {
                    Block note;
                    note.kind = Block::Kind::Note;
                    note.text = richText(FixedText::text(FixedText::NotYetWritten, lang));
                    out.in(lang).append(note);
                }
                continue;
            }
            out.in(lang) = parseMarkdown(body, out.number, out.anchor(), table);
            for (Block& block : out.in(lang)) {
                if (block.kind == Block::Kind::Table && block.table.caption.isEmpty())
                    block.table.caption = section.title.in(lang);
            }
            tablesUsed = std::max<int>(
                tablesUsed,
                int(std::count_if(out.in(lang).cbegin(), out.in(lang).cend(),
                                  [](const Block& b) { return b.kind == Block::Kind::Table; })));
        }
        table += tablesUsed;
        for (const EmbeddedItem& item : section.items) {
            if (item.kind != QLatin1String("chart"))
                continue;
            // Analysis charts (with their filter) are always disclosure-controlled here.
            auto spec = AnalysisCharts::handles(item.reference)
                            ? (content.analysis
                                   ? AnalysisCharts::build(item.reference, *content.analysis, true)
                                   : std::nullopt)
                            : ChartCatalogue::build(item.reference, figures);
            if (!spec)
                continue;
            publication.figures.append(Figure{int(publication.figures.size() + 1), *spec});
            Block figure;
            figure.kind = Block::Kind::Figure;
            figure.figure = int(publication.figures.size() - 1);
            for (Lang lang : kAllLangs)
                out.in(lang).append(figure);
        }
        if (section.id == QLatin1String("data-sources")) {
            for (Lang lang : kAllLangs)
                out.in(lang).append(dataSourceBlocks(content.datasets, table, lang));
            table += content.datasets.isEmpty() ? 0 : 1;
            dataSourcesPlaced = true;
        }
        publication.sections.append(out);
    }

    // Annexes, each on a new page.
    QChar letter = QLatin1Char('A');
    if (!dataSourcesPlaced) {
        PublicationSection annex;
        annex.id = QStringLiteral("annex-data-sources");
        annex.number = letter;
        letter = QChar(letter.unicode() + 1);
        annex.annex = true;
        annex.newPage = true;
        annex.title = both(FixedText::DataSourcesTitle);
        for (Lang lang : kAllLangs)
            annex.in(lang) = dataSourceBlocks(content.datasets, table, lang);
        table += content.datasets.isEmpty() ? 0 : 1;
        publication.sections.append(annex);
    }
    PublicationSection glossary;
    glossary.id = QStringLiteral("annex-glossary");
    glossary.number = letter;
    glossary.annex = true;
    glossary.newPage = !dataSourcesPlaced ? false : true;
    glossary.title = both(FixedText::GlossaryTitle);
    for (Lang lang : kAllLangs)
        glossary.in(lang) = glossaryBlocks(lang);
    publication.sections.append(glossary);
    return publication;
}

} // namespace sna
