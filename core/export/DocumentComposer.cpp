#include "export/DocumentComposer.h"

#include "document/FixedText.h"
#include "export/ChartPainter.h"
#include "export/ChartTextObject.h"
#include "export/DocumentFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace sna {

namespace {
const QColor kHeadingColour(0x0B, 0x3C, 0x5D);
const QColor kMutedColour(0x55, 0x5F, 0x6B);
const QColor kRuleColour(0x9A, 0xA5, 0xB1);
const QColor kHeaderFill(0xDC, 0xE6, 0xEE);
const QColor kBoxFill(0xF1, 0xF4, 0xF7);
const QColor kRestrictedColour(0xB0, 0x3A, 0x2E);

QTextCharFormat charFormat(const QString& family, qreal size, bool bold = false,
                           bool italic = false, QColor colour = Qt::black)
{
    QTextCharFormat format;
    format.setFont(DocumentFonts::font(family, size, bold, italic));
    format.setForeground(colour);
    return format;
}

// Lengths in formats are in 96-dpi pixels (QTextDocument scales them to the paint device
// itself); the composer works in points.
constexpr qreal kUnit = 96.0 / 72.0;

qreal pt(qreal points)
{
    return points * kUnit;
}

QTextBlockFormat blockFormat(qreal topMargin, qreal bottomMargin,
                             Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat format;
    format.setTopMargin(pt(topMargin));
    format.setBottomMargin(pt(bottomMargin));
    format.setAlignment(alignment);
    return format;
}

QTextTableFormat layoutTable(const QList<qreal>& percentages)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal p : percentages)
        widths.append(QTextLength(QTextLength::PercentageLength, p));
    format.setColumnWidthConstraints(widths);
    return format;
}

QString contentsTitle(const PublicationSection& section, Lang lang)
{
    return section.annex ? FixedText::text(FixedText::AnnexHeading, lang)
                               .arg(section.number, section.title.in(lang))
                         : section.title.in(lang);
}
} // namespace

QList<QList<Block>> DocumentComposer::alignmentUnits(const QList<Block>& blocks)
{
    QList<QList<Block>> units;
    for (const Block& block : blocks) {
        const bool continuesList = block.kind == Block::Kind::ListItem && !units.isEmpty() &&
                                   units.last().last().kind == Block::Kind::ListItem;
        if (continuesList)
            units.last().append(block);
        else
            units.append({block});
    }
    return units;
}

DocumentComposer::DocumentComposer(QTextDocument& document, qreal textWidth,
                                   const QString& fontFamily, ChartTextObject* charts,
                                   const ChartPainter* imagePainter)
    : m_document(document)
    , m_textWidth(textWidth)
    , m_family(fontFamily)
    , m_charts(charts)
    , m_imagePainter(imagePainter)
{
    m_document.setDefaultFont(DocumentFonts::font(m_family, kBodyPointSize));
}

void DocumentComposer::useDeviceUnits()
{
    m_document.setIndentWidth(pt(18));
}

DocumentComposer::Writer DocumentComposer::atEnd(qreal width)
{
    Writer w;
    w.cursor = QTextCursor(&m_document);
    w.cursor.movePosition(QTextCursor::End);
    w.fresh = w.cursor.block().length() <= 1 && !w.cursor.currentTable();
    w.width = width;
    return w;
}

void DocumentComposer::startBlock(Writer& w, const QTextBlockFormat& block,
                                  const QTextCharFormat& chars)
{
    QTextBlockFormat format = block;
    if (m_breakPending) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakPending = false;
    }
    if (w.fresh) {
        w.cursor.setBlockFormat(format);
        w.cursor.setBlockCharFormat(chars);
        w.cursor.setCharFormat(chars);
        w.fresh = false;
    } else {
        w.cursor.insertBlock(format, chars);
    }
}

void DocumentComposer::insertRuns(Writer& w, const RichText& text, qreal pointSize)
{
    for (const TextRun& run : text) {
        QTextCharFormat format = charFormat(m_family, pointSize, run.bold, run.italic);
        if (!run.href.isEmpty()) {
            format.setAnchor(true);
            format.setAnchorHref(run.href);
            format.setForeground(kHeadingColour);
            format.setFontUnderline(true);
        }
        w.cursor.insertText(run.text, format);
    }
}

void DocumentComposer::breakPage()
{
    m_breakPending = true;
}

void DocumentComposer::composeLanguage(const Publication& publication, Lang lang, bool pageNumbers)
{
    composeFront(publication, lang, pageNumbers);
    composeBody(publication, lang);
}

void DocumentComposer::composeFront(const Publication& publication, Lang lang, bool pageNumbers,
                                    bool partLabel)
{
    m_columns = false;
    useDeviceUnits();
    Writer w = atEnd(m_textWidth);
    if (partLabel) {
        startBlock(w, blockFormat(0, 4), charFormat(m_family, 12, true, false, kMutedColour));
        w.cursor.insertText(FixedText::text(
            lang == Lang::Cy ? FixedText::WelshVersion : FixedText::EnglishVersion, lang));
    }
    addContents(w, publication, lang, pageNumbers);
    addAbout(w, publication, lang);
}

void DocumentComposer::composeBody(const Publication& publication, Lang lang)
{
    m_columns = false;
    useDeviceUnits();
    Writer w = atEnd(m_textWidth);
    for (const PublicationSection& section : publication.sections) {
        addSectionHeading(w, section, lang, true);
        for (const Block& block : section.in(lang))
            addBlock(w, block, publication, lang, true);
    }
}

void DocumentComposer::addContents(Writer& w, const Publication& publication, Lang lang,
                                   bool pageNumbers)
{
    startBlock(w, blockFormat(0, 12), charFormat(m_family, 18, true, false, kHeadingColour));
    w.cursor.insertText(FixedText::text(FixedText::Contents, lang));

    struct Entry {
        QString number;
        QString title;
        int level;
    };
    QList<Entry> entries;
    for (const PublicationSection& section : publication.sections) {
        entries.append(
            {section.annex ? QString() : section.number, contentsTitle(section, lang), 1});
        for (const Block& block : section.in(lang)) {
            if (block.kind == Block::Kind::Heading && block.level == 2)
                entries.append({block.number, plainText(block.text), 2});
        }
    }
    QTextTableFormat format =
        layoutTable(pageNumbers ? QList<qreal>{9, 79, 12} : QList<qreal>{9, 91});
    format.setCellPadding(pt(1.5));
    m_pageColumn = pageNumbers ? 2 : -1;
    startBlock(w, blockFormat(0, 0), charFormat(m_family, kBodyPointSize));
    m_contents = w.cursor.insertTable(int(entries.size()), pageNumbers ? 3 : 2, format);
    for (int row = 0; row < entries.size(); ++row) {
        const Entry& entry = entries[row];
        const QTextCharFormat text =
            charFormat(m_family, entry.level == 1 ? kBodyPointSize : 10, entry.level == 1);
        m_contents->cellAt(row, 0).firstCursorPosition().insertText(entry.number, text);
        QTextCursor title = m_contents->cellAt(row, 1).firstCursorPosition();
        QTextBlockFormat indent = title.blockFormat();
        indent.setLeftMargin(pt(entry.level == 1 ? 0 : 10));
        indent.setTopMargin(pt(entry.level == 1 ? 3 : 0));
        title.setBlockFormat(indent);
        title.insertText(entry.title, text);
        if (pageNumbers) {
            QTextCursor page = m_contents->cellAt(row, 2).firstCursorPosition();
            QTextBlockFormat right = page.blockFormat();
            right.setAlignment(Qt::AlignRight);
            right.setTopMargin(pt(entry.level == 1 ? 3 : 0));
            page.setBlockFormat(right);
            page.setBlockCharFormat(text);
        }
    }
    w = atEnd(w.width);
}

void DocumentComposer::addAbout(Writer& w, const Publication& publication, Lang lang)
{
    QTextTableFormat box = layoutTable({100});
    box.setCellPadding(pt(8));
    box.setTopMargin(pt(18));
    box.setBackground(kBoxFill);
    box.setProperty(kKeepTogether, 2);
    if (publication.restricted()) {
        box.setBorder(pt(1.5));
        box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        box.setBorderBrush(kRestrictedColour);
    }
    startBlock(w, blockFormat(0, 0), charFormat(m_family, kBodyPointSize));
    QTextTable* table = w.cursor.insertTable(1, 1, box);
    Writer cell;
    cell.cursor = table->cellAt(0, 0).firstCursorPosition();
    cell.width = w.width;
    if (publication.restricted()) {
        startBlock(cell, blockFormat(0, 4),
                   charFormat(m_family, kBodyPointSize, true, false, kRestrictedColour));
        cell.cursor.insertText(FixedText::text(FixedText::RestrictedMark, lang));
    }
    startBlock(cell, blockFormat(0, 4), charFormat(m_family, 12, true, false, kHeadingColour));
    cell.cursor.insertText(FixedText::text(FixedText::AboutTitle, lang));
    for (const QString& paragraph : publication.aboutIn(lang)) {
        startBlock(cell, blockFormat(0, 4), charFormat(m_family, 10));
        cell.cursor.insertText(paragraph);
    }
    w = atEnd(w.width);
}

void DocumentComposer::addSectionHeading(Writer& w, const PublicationSection& section, Lang lang,
                                         bool recordForContents)
{
    QTextBlockFormat heading = blockFormat(22, 8);
    heading.setHeadingLevel(1);
    const bool first = w.fresh && w.cursor.position() == 0;
    if (section.newPage && !m_columns) {
        heading.setTopMargin(0);
        if (!first) // a document that starts with a section starts on a page anyway
            heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    startBlock(w, heading, charFormat(m_family, 16, true, false, kHeadingColour));
    w.cursor.insertText(section.heading(lang));
    for (QTextList*& list : w.lists)
        list = nullptr;
    if (recordForContents)
        m_headings.append(Heading{section.annex ? QString() : section.number,
                                  contentsTitle(section, lang), 1, w.cursor.block(), section.id});
}

void DocumentComposer::addBlock(Writer& w, const Block& block, const Publication& publication,
                                Lang lang, bool recordForContents)
{
    if (block.kind != Block::Kind::ListItem) {
        for (QTextList*& list : w.lists)
            list = nullptr;
    }
    switch (block.kind) {
    case Block::Kind::Heading: {
        const bool sub = block.level <= 2;
        QTextBlockFormat format = blockFormat(sub ? 14 : 10, sub ? 5 : 3);
        format.setHeadingLevel(block.level);
        startBlock(w, format, charFormat(m_family, sub ? 13 : 11.5, true, false, kHeadingColour));
        w.cursor.insertText(block.number + QStringLiteral("  ") + plainText(block.text));
        if (recordForContents && sub)
            m_headings.append(
                Heading{block.number, plainText(block.text), 2, w.cursor.block(), QString()});
        break;
    }
    case Block::Kind::Paragraph:
        startBlock(w, blockFormat(0, 6), charFormat(m_family, kBodyPointSize));
        insertRuns(w, block.text, kBodyPointSize);
        break;
    case Block::Kind::Note:
        startBlock(w, blockFormat(0, 6),
                   charFormat(m_family, kBodyPointSize, false, true, kMutedColour));
        w.cursor.insertText(plainText(block.text),
                            charFormat(m_family, kBodyPointSize, false, true, kMutedColour));
        break;
    case Block::Kind::ListItem: {
        const int level = std::clamp(block.level, 1, 4);
        startBlock(w, blockFormat(0, 3), charFormat(m_family, kBodyPointSize));
        for (int deeper = level; deeper < 4; ++deeper)
            w.lists[deeper] = nullptr;
        QTextList*& list = w.lists[level - 1];
        if (list && (list->format().style() == QTextListFormat::ListDecimal) == block.ordered) {
            list->add(w.cursor.block());
        } else {
            QTextListFormat format;
            format.setStyle(block.ordered ? QTextListFormat::ListDecimal
                                          : (level == 1 ? QTextListFormat::ListDisc
                                                        : QTextListFormat::ListCircle));
            format.setIndent(level);
            list = w.cursor.createList(format);
        }
        insertRuns(w, block.text, kBodyPointSize);
        break;
    }
    case Block::Kind::Table:
        addTable(w, block.table, lang);
        break;
    case Block::Kind::Figure:
        if (block.figure >= 0 && block.figure < publication.figures.size())
            addFigure(w, publication.figures[block.figure], lang);
        break;
    }
}

void DocumentComposer::addTable(Writer& w, const TableBlock& table, Lang lang)
{
    if (table.rows.isEmpty())
        return;
    QTextBlockFormat captionFormat = blockFormat(10, 4);
    startBlock(w, captionFormat, charFormat(m_family, 10, true));
    w.cursor.insertText(
        FixedText::text(FixedText::TableCaption, lang).arg(table.number).arg(table.caption));

    const int columns = int(table.rows.first().size());
    QTextTableFormat format;
    format.setBorder(pt(0.75));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(kRuleColour);
    format.setBorderCollapse(true);
    format.setCellPadding(pt(3));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(std::min<int>(table.headerRows, int(table.rows.size())));
    format.setProperty(kKeepTogether, 1);
    if (table.columnWidths.size() == columns) {
        QList<QTextLength> widths;
        for (qreal width : table.columnWidths)
            widths.append(QTextLength(QTextLength::PercentageLength, width));
        format.setColumnWidthConstraints(widths);
    }
    startBlock(w, blockFormat(0, 0), charFormat(m_family, 10));
    QTextTable* out = w.cursor.insertTable(int(table.rows.size()), columns, format);
    for (int row = 0; row < table.rows.size(); ++row) {
        const bool header = row < table.headerRows;
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = out->cellAt(row, column);
            if (header) {
                QTextTableCellFormat fill = cell.format().toTableCellFormat();
                fill.setBackground(kHeaderFill);
                cell.setFormat(fill);
            }
            Writer inCell;
            inCell.cursor = cell.firstCursorPosition();
            inCell.width = w.width / columns;
            QTextBlockFormat cellBlock = blockFormat(0, 0);
            if (table.numericColumns.value(column))
                cellBlock.setAlignment(Qt::AlignRight);
            startBlock(inCell, cellBlock, charFormat(m_family, 10, header));
            RichText text = table.rows[row].value(column);
            if (header) {
                for (TextRun& run : text)
                    run.bold = true;
            }
            insertRuns(inCell, text, 10);
        }
    }
    w = atEnd(w.width);
    if (!table.source.isEmpty()) {
        startBlock(w, blockFormat(3, 10), charFormat(m_family, 9, false, false, kMutedColour));
        w.cursor.insertText(FixedText::text(FixedText::SourceNote, lang).arg(table.source));
    } else {
        startBlock(w, blockFormat(0, 6), charFormat(m_family, 4));
    }
}

void DocumentComposer::addFigure(Writer& w, const Figure& figure, Lang lang)
{
    m_figures = std::max(m_figures, figure.number);
    const ChartSpec& spec = figure.spec;
    const QString caption =
        FixedText::text(FixedText::FigureCaption, lang).arg(figure.number).arg(spec.title.in(lang));
    if (spec.isEmpty() || (!m_charts && !m_imagePainter)) {
        startBlock(w, blockFormat(10, 4),
                   charFormat(m_family, kBodyPointSize, false, true, kMutedColour));
        w.cursor.insertText(caption + QStringLiteral(" — ") +
                            (spec.emptyNote.in(lang).isEmpty()
                                 ? FixedText::text(FixedText::NoDataYet, lang)
                                 : spec.emptyNote.in(lang)));
        return;
    }
    const qreal width = w.width;
    const qreal height = width * (m_columns ? 0.75 : 0.55);
    startBlock(w, blockFormat(12, 4, Qt::AlignHCenter), charFormat(m_family, kBodyPointSize));
    if (m_charts) {
        QTextCharFormat object;
        object.setObjectType(ChartTextObject::kObjectType);
        object.setProperty(ChartTextObject::SpecIndex, m_charts->addSpec(spec, lang));
        object.setProperty(ChartTextObject::Width, width);
        object.setProperty(ChartTextObject::Height, height);
        w.cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    } else {
        // A picture at 150 dpi of the chart's size in points.
        const qreal scale = 150.0 / 72.0;
        QImage image(QSize(int(width * scale), int(height * scale)), QImage::Format_RGB32);
        image.setDotsPerMeterX(int(150 / 0.0254));
        image.setDotsPerMeterY(int(150 / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            m_imagePainter->paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), spec, lang,
                                  m_family);
        }
        const QUrl name(QStringLiteral("chart-%1.png").arg(++m_images));
        m_document.addResource(QTextDocument::ImageResource, name, image);
        QTextImageFormat picture;
        picture.setName(name.toString());
        picture.setWidth(width);
        picture.setHeight(height);
        w.cursor.insertImage(picture);
    }
    startBlock(w, blockFormat(2, 0), charFormat(m_family, 10, true));
    w.cursor.insertText(caption);
    startBlock(w, blockFormat(0, 10), charFormat(m_family, 9, false, false, kMutedColour));
    w.cursor.insertText(FixedText::text(FixedText::SourceNote, lang).arg(spec.source.in(lang)));
}

void DocumentComposer::composeColumns(const Publication& publication)
{
    composeColumnsFront(publication);
    composeColumnsBody(publication);
}

void DocumentComposer::composeColumnsFront(const Publication& publication)
{
    m_columns = true;
    useDeviceUnits();
    const qreal fullWidth = m_textWidth;
    const qreal columnWidth = fullWidth * 0.47;
    const QList<qreal> split{47, 6, 47};
    const Lang order[2] = {Lang::Cy, Lang::En};

    // Contents: one row per section, Welsh and English titles side by side.
    Writer w = atEnd(fullWidth);
    {
        startBlock(w, blockFormat(0, 0), charFormat(m_family, kBodyPointSize));
        // Aligned with the title columns of the contents below.
        QTextTable* titles = w.cursor.insertTable(1, 2, layoutTable({48, 52}));
        for (int side = 0; side < 2; ++side) {
            Writer cell;
            cell.cursor = titles->cellAt(0, side).firstCursorPosition();
            startBlock(cell, blockFormat(0, 12),
                       charFormat(m_family, 18, true, false, kHeadingColour));
            cell.cursor.insertText(FixedText::text(FixedText::Contents, order[side]));
        }
        w = atEnd(fullWidth);
        QTextTableFormat format = layoutTable({7, 41, 41, 11});
        format.setCellPadding(pt(1.5));
        startBlock(w, blockFormat(0, 0), charFormat(m_family, kBodyPointSize));
        m_contents = w.cursor.insertTable(int(publication.sections.size()), 4, format);
        m_pageColumn = 3;
        const QTextCharFormat text = charFormat(m_family, kBodyPointSize);
        for (int row = 0; row < publication.sections.size(); ++row) {
            const PublicationSection& section = publication.sections[row];
            m_contents->cellAt(row, 0).firstCursorPosition().insertText(
                section.annex ? QString() : section.number, text);
            m_contents->cellAt(row, 1).firstCursorPosition().insertText(
                contentsTitle(section, Lang::Cy), text);
            m_contents->cellAt(row, 2).firstCursorPosition().insertText(
                contentsTitle(section, Lang::En), text);
            QTextCursor page = m_contents->cellAt(row, 3).firstCursorPosition();
            QTextBlockFormat right = page.blockFormat();
            right.setAlignment(Qt::AlignRight);
            page.setBlockFormat(right);
            page.setBlockCharFormat(text);
        }
        w = atEnd(fullWidth);
    }
    // The statement about the document, in both languages.
    {
        startBlock(w, blockFormat(0, 0), charFormat(m_family, kBodyPointSize));
        QTextTableFormat aboutFormat = layoutTable(split);
        aboutFormat.setProperty(kKeepTogether, 2);
        QTextTable* about = w.cursor.insertTable(1, 3, aboutFormat);
        for (int side = 0; side < 2; ++side) {
            Writer cell;
            cell.cursor = about->cellAt(0, side * 2).firstCursorPosition();
            cell.width = columnWidth;
            addAbout(cell, publication, order[side]);
        }
        w = atEnd(fullWidth);
    }
}

void DocumentComposer::composeColumnsBody(const Publication& publication)
{
    m_columns = true;
    useDeviceUnits();
    const qreal fullWidth = m_textWidth;
    const qreal columnWidth = fullWidth * 0.47;
    const QList<qreal> split{47, 6, 47};
    const Lang order[2] = {Lang::Cy, Lang::En};
    Writer w = atEnd(fullWidth);
    // Sections: a table each, one row per aligned pair of blocks.
    for (const PublicationSection& section : publication.sections) {
        const QList<QList<Block>> welsh = alignmentUnits(section.in(Lang::Cy));
        const QList<QList<Block>> english = alignmentUnits(section.in(Lang::En));
        const int rows = 1 + int(std::max(welsh.size(), english.size()));
        QTextTableFormat format = layoutTable(split);
        const bool first = w.fresh && w.cursor.position() == 0;
        format.setTopMargin(pt(section.newPage ? 0 : 16));
        if (section.newPage && !first)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        startBlock(w, blockFormat(0, 0), charFormat(m_family, 4));
        QTextTable* table = w.cursor.insertTable(rows, 3, format);
        for (int side = 0; side < 2; ++side) {
            const Lang lang = order[side];
            Writer cell;
            cell.cursor = table->cellAt(0, side * 2).firstCursorPosition();
            cell.width = columnWidth;
            addSectionHeading(cell, section, lang, lang == Lang::Cy);
            const QList<QList<Block>>& units = side == 0 ? welsh : english;
            for (int row = 1; row < rows; ++row) {
                QTextTableCell tableCell = table->cellAt(row, side * 2);
                QTextTableCellFormat spacing = tableCell.format().toTableCellFormat();
                spacing.setBottomPadding(pt(6));
                tableCell.setFormat(spacing);
                if (row - 1 >= units.size())
                    continue;
                Writer inRow;
                inRow.cursor = tableCell.firstCursorPosition();
                inRow.width = columnWidth;
                for (const Block& block : units[row - 1])
                    addBlock(inRow, block, publication, lang, false);
            }
        }
        w = atEnd(fullWidth);
    }
}

} // namespace sna
