#include "export/DocumentComposer.h"

#include "analysis/ChartCatalogue.h"
#include "document/FixedText.h"
#include "export/ChartTextObject.h"
#include "export/DocumentFonts.h"
#include "import/DataSourcesAnnex.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace sna {

namespace {
const QColor kHeadingColour(0x0B, 0x3C, 0x5D);
const QColor kMutedColour(0x55, 0x5F, 0x6B);

QTextCharFormat charFormat(const QString& family, qreal size, bool bold = false,
                           bool italic = false, QColor colour = Qt::black)
{
    QTextCharFormat format;
    format.setFont(DocumentFonts::font(family, size, bold, italic));
    format.setForeground(colour);
    return format;
}

QTextBlockFormat blockFormat(qreal topMargin, qreal bottomMargin,
                             Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat format;
    format.setTopMargin(topMargin);
    format.setBottomMargin(bottomMargin);
    format.setAlignment(alignment);
    return format;
}
} // namespace

DocumentComposer::DocumentComposer(QTextDocument& document, const QString& fontFamily, Lang lang,
                                   ChartTextObject* charts)
    : m_document(document)
    , m_family(fontFamily)
    , m_lang(lang)
    , m_charts(charts)
{
}

void DocumentComposer::compose(const PublicationContent& content, bool draft)
{
    m_document.clear();
    m_document.setDefaultFont(DocumentFonts::font(m_family, kBodyPointSize));
    addContents(int(content.document.sections().size()));
    int number = 0;
    for (const Section& section : content.document.sections()) {
        addSection(++number, section, content.summary, draft);
        // The data-sources annex lists every dataset's provenance, whatever the text says.
        if (section.id == QLatin1String("data-sources")) {
            QTextCursor cursor(&m_document);
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock(blockFormat(6, 6), charFormat(m_family, kBodyPointSize));
            cursor.insertMarkdown(DataSourcesAnnex::markdown(content.datasets, m_lang),
                                  QTextDocument::MarkdownDialectGitHub);
        }
    }
}

void DocumentComposer::addContents(int entries)
{
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::Start);
    cursor.setBlockFormat(blockFormat(0, 12));
    cursor.setBlockCharFormat(charFormat(m_family, 18, true, false, kHeadingColour));
    cursor.insertText(FixedText::text(FixedText::Contents, m_lang), cursor.blockCharFormat());

    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(2);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 8),
                                           QTextLength(QTextLength::PercentageLength, 80),
                                           QTextLength(QTextLength::PercentageLength, 12)});
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(blockFormat(0, 0));
    m_contents = cursor.insertTable(entries, 3, tableFormat);
    cursor.movePosition(QTextCursor::End);
}

void DocumentComposer::addSection(int number, const Section& section, const Summary& summary,
                                  bool draft)
{
    const QString numberText = QString::number(number);
    const QString title = section.title.in(m_lang);

    // Contents row: number, title, page (filled in once pages are known).
    if (m_contents && number - 1 < m_contents->rows()) {
        const QTextCharFormat entry = charFormat(m_family, kBodyPointSize);
        m_contents->cellAt(number - 1, 0).firstCursorPosition().insertText(numberText, entry);
        m_contents->cellAt(number - 1, 1).firstCursorPosition().insertText(title, entry);
        QTextCursor page = m_contents->cellAt(number - 1, 2).firstCursorPosition();
        QTextBlockFormat right = page.blockFormat();
        right.setAlignment(Qt::AlignRight);
        page.setBlockFormat(right);
    }

    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat headingBlock = blockFormat(number == 1 ? 0 : 22, 8);
    headingBlock.setHeadingLevel(1);
    if (number == 1)
        headingBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(headingBlock, charFormat(m_family, 16, true, false, kHeadingColour));
    cursor.insertText(numberText + QStringLiteral("  ") + title);
    m_headings.append(Heading{numberText, title, cursor.block()});

    cursor.insertBlock(blockFormat(0, 6), charFormat(m_family, kBodyPointSize));
    const QString body = section.body.in(m_lang).trimmed();
    if (body.isEmpty()) {
        if (draft) {
            cursor.insertText(FixedText::text(FixedText::NotYetWritten, m_lang),
                              charFormat(m_family, kBodyPointSize, false, true, kMutedColour));
        }
    } else {
        cursor.insertMarkdown(body, QTextDocument::MarkdownDialectGitHub);
    }

    for (const EmbeddedItem& item : section.items) {
        if (item.kind != QLatin1String("chart"))
            continue;
        if (auto spec = ChartCatalogue::build(item.reference, summary))
            addChart(*spec);
    }
}

void DocumentComposer::addChart(const ChartSpec& spec)
{
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    ++m_figures;
    if (spec.isEmpty() || !m_charts) {
        cursor.insertBlock(blockFormat(10, 4),
                           charFormat(m_family, kBodyPointSize, false, true, kMutedColour));
        cursor.insertText(FixedText::text(FixedText::FigureCaption, m_lang)
                              .arg(m_figures)
                              .arg(spec.title.in(m_lang)) +
                          QStringLiteral(" — ") + FixedText::text(FixedText::NoDataYet, m_lang));
        return;
    }
    const qreal width = m_document.pageSize().width();
    QTextCharFormat object;
    object.setObjectType(ChartTextObject::kObjectType);
    object.setProperty(ChartTextObject::SpecIndex, m_charts->addSpec(spec));
    object.setProperty(ChartTextObject::Width, width);
    object.setProperty(ChartTextObject::Height, width * 0.55);
    cursor.insertBlock(blockFormat(12, 4, Qt::AlignHCenter));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);

    cursor.insertBlock(blockFormat(2, 0), charFormat(m_family, 10, true));
    cursor.insertText(FixedText::text(FixedText::FigureCaption, m_lang)
                          .arg(m_figures)
                          .arg(spec.title.in(m_lang)));
    cursor.insertBlock(blockFormat(0, 10), charFormat(m_family, 9, false, false, kMutedColour));
    cursor.insertText(FixedText::text(FixedText::SourceNote, m_lang).arg(spec.source.in(m_lang)));
}

} // namespace sna
