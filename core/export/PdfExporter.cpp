#include "export/PdfExporter.h"

#include "document/FixedText.h"
#include "export/ChartPainter.h"
#include "export/ChartTextObject.h"
#include "export/DocumentFonts.h"
#include "export/PdfFinisher.h"
#include "foundation/BuildInfo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <limits>
#include <memory>

namespace sna {

namespace {

const QColor kBand(0x0B, 0x3C, 0x5D);
const QColor kMuted(0x55, 0x5F, 0x6B);
const QColor kRestricted(0xB0, 0x3A, 0x2E);

struct PageGeometry {
    qreal dpi;
    QSizeF page;
    QRectF body;
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
};

PageGeometry geometryFor(const QPdfWriter& writer)
{
    PageGeometry g;
    g.dpi = writer.resolution();
    g.page = QSizeF(g.mm(210), g.mm(297));
    g.body = QRectF(QPointF(g.mm(25), g.mm(28)), QPointF(g.mm(210 - 25), g.mm(297 - 24)));
    return g;
}

// One run of numbered pages: a language of a Welsh-first document, or the whole body of any
// other layout.
struct Part {
    Lang lang = Lang::En;
    bool bilingual = false;
    // The contents and the statement about the document, then the sections: two documents,
    // so that writing page numbers into the contents never lays the body out again.
    std::unique_ptr<QTextDocument> front;
    std::unique_ptr<QTextDocument> body;
    std::unique_ptr<DocumentComposer> frontComposer;
    std::unique_ptr<DocumentComposer> composer;
    int firstNumber = 2; // the number printed on the part's first page
    int total = 0;       // N of "Page n of N"

    int bodyOffset() const { return firstNumber + front->pageCount(); }
    int pageCount() const { return front->pageCount() + body->pageCount(); }
};

int pageOf(const QTextDocument& document, const QTextBlock& block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    return int(std::floor((rect.top() + 0.5) / document.pageSize().height()));
}

// QTextDocument has no "keep with next": a heading whose text would start on the next page is
// moved there, and so is a table (with its caption) that would fit on one page but starts at
// the foot of one. Only the first such block in the document is moved per call: moving it
// shifts everything after it. Returns true when something moved (check again).
bool keepTogether(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    document.pageCount(); // lays the whole document out
    auto pageAt = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    qreal firstTop = std::numeric_limits<qreal>::max();
    QTextBlock first;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 ||
            (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid() || !next.layout() || next.layout()->lineCount() == 0)
            continue;
        // An empty section's heading followed by the next section's: nothing to keep with.
        const int nextLevel = next.blockFormat().headingLevel();
        if (nextLevel > 0 && nextLevel <= format.headingLevel())
            continue;
        if (QTextCursor(block).currentTable())
            continue;
        if (!block.layout() || block.layout()->lineCount() == 0)
            continue;
        // Where the first lines are drawn (a block pushed to a new page keeps its top above).
        const qreal headingTop = block.layout()->position().y() + block.layout()->lineAt(0).y();
        const qreal textTop = next.layout()->position().y() + next.layout()->lineAt(0).y();
        if (pageAt(textTop) != pageAt(headingTop)) {
            firstTop = headingTop;
            first = block;
            break;
        }
    }
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        const int keep = table ? table->format().intProperty(DocumentComposer::kKeepTogether) : 0;
        if (keep == 0)
            continue;
        const QRectF rect = layout->frameBoundingRect(table);
        if (rect.top() >= firstTop)
            break;
        // The caption is the block before the one that holds the table.
        QTextBlock caption = document.findBlock(table->firstPosition()).previous();
        while (caption.isValid() && caption.text().isEmpty())
            caption = caption.previous();
        // A table that fits the next page whole leaves its caption behind at the foot of this
        // one: the caption goes with it.
        const bool captionLeftBehind =
            keep == 1 && caption.isValid() && caption.layout() &&
            caption.layout()->lineCount() > 0 &&
            pageAt(caption.layout()->position().y() + caption.layout()->lineAt(0).y()) !=
                pageAt(rect.top() + 1);
        if (!captionLeftBehind &&
            (rect.height() > pageHeight * 0.8 || pageAt(rect.top()) == pageAt(rect.bottom() - 1)))
            continue;
        if (keep == 2) {
            QTextTableFormat format = table->format();
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            return true;
        }
        if (!caption.isValid() ||
            (caption.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        first = caption;
        break;
    }
    if (!first.isValid())
        return false;
    // The headings just above go with it.
    for (QTextBlock previous = first.previous();
         previous.isValid() && previous.blockFormat().headingLevel() > 0 &&
         !QTextCursor(previous).currentTable();
         previous = previous.previous()) {
        first = previous;
        if (previous.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return false; // already at the top of a page: nothing better to do
    }
    QTextBlockFormat format = first.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(first).setBlockFormat(format);
    return true;
}

// Writes each heading's page number into the contents; true when any number changed. The
// pages are read first and written in one edit.
bool fillContents(Part& part)
{
    QTextTable* table = part.frontComposer->contentsTable();
    const int column = part.frontComposer->contentsPageColumn();
    const QList<DocumentComposer::Heading>& headings = part.composer->headings();
    if (!table || column < 0)
        return false;
    const int offset = part.bodyOffset();
    QStringList pages;
    for (int row = 0; row < headings.size() && row < table->rows(); ++row)
        pages.append(
            FixedText::number(offset + pageOf(*part.body, headings[row].block), part.lang));
    QTextCursor edit(part.front.get());
    edit.beginEditBlock();
    bool changed = false;
    for (int row = 0; row < pages.size(); ++row) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        if (cursor.selectedText() != pages[row]) {
            const QTextCharFormat format = table->cellAt(row, 1).firstCursorPosition().charFormat();
            cursor.insertText(pages[row], format);
            changed = true;
        }
    }
    edit.endEditBlock();
    return changed;
}

void drawWrapped(QPainter& painter, const QRectF& rect, const QFont& font, const QColor& colour,
                 const QString& text, int flags, QRectF* used = nullptr)
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, flags | Qt::TextWordWrap, text, used);
}

class PageWriter {
public:
    PageWriter(QPainter& painter, const PageGeometry& geometry, const Publication& publication,
               const QString& family)
        : m_painter(painter)
        , m_g(geometry)
        , m_publication(publication)
        , m_family(family)
    {
    }

    // The restricted marking, at the top and bottom of every page.
    // `onBand`: the top of the page is the cover's dark band, where the mark is white.
    void restrictedMarks(bool bilingual, Lang lang, bool onBand = false)
    {
        if (!m_publication.restricted())
            return;
        const QFont font = DocumentFonts::font(m_family, 9, true);
        for (const qreal top : {m_g.mm(5), m_g.page.height() - m_g.mm(10)}) {
            const QRectF line(m_g.body.left(), top, m_g.body.width(), m_g.mm(5));
            const QColor colour = onBand && top < m_g.mm(10) ? QColor(Qt::white) : kRestricted;
            if (bilingual) {
                drawWrapped(m_painter, line, font, colour,
                            FixedText::text(FixedText::RestrictedMark, Lang::Cy),
                            Qt::AlignLeft | Qt::AlignVCenter);
                drawWrapped(m_painter, line, font, colour,
                            FixedText::text(FixedText::RestrictedMark, Lang::En),
                            Qt::AlignRight | Qt::AlignVCenter);
            } else {
                drawWrapped(m_painter, line, font, colour,
                            FixedText::text(FixedText::RestrictedMark, lang),
                            Qt::AlignHCenter | Qt::AlignVCenter);
            }
        }
    }

    void cover(const QList<Lang>& languages)
    {
        const bool bilingual = languages.size() > 1;
        const QRectF band(0, 0, m_g.page.width(), m_g.mm(bilingual ? 110 : 95));
        m_painter.fillRect(band, kBand);
        qreal y = m_g.mm(30);
        const qreal titleSize = bilingual ? 26 : 30;
        for (Lang lang : languages) {
            QRectF used;
            drawWrapped(m_painter, QRectF(m_g.mm(25), y, m_g.body.width(), m_g.mm(40)),
                        DocumentFonts::font(m_family, titleSize, true), Qt::white,
                        m_publication.title.in(lang), Qt::AlignLeft | Qt::AlignTop, &used);
            y = used.bottom() + m_g.mm(3);
        }
        drawWrapped(m_painter, QRectF(m_g.mm(25), y + m_g.mm(2), m_g.body.width(), m_g.mm(30)),
                    DocumentFonts::font(m_family, 16), Qt::white, m_publication.partnership,
                    Qt::AlignLeft | Qt::AlignTop);

        y = band.bottom() + m_g.mm(bilingual ? 10 : 15);
        auto line = [&](const QString& text, const QFont& font, const QColor& colour) {
            QRectF used;
            drawWrapped(m_painter, QRectF(m_g.mm(25), y, m_g.body.width(), m_g.mm(40)), font,
                        colour, text, Qt::AlignLeft | Qt::AlignTop, &used);
            y = used.bottom() + m_g.mm(bilingual ? 2.5 : 4);
        };
        const QFont text = DocumentFonts::font(m_family, 12);
        for (Lang lang : languages) {
            if (m_publication.restricted())
                line(FixedText::text(FixedText::RestrictedMark, lang),
                     DocumentFonts::font(m_family, 14, true), kRestricted);
            line(FixedText::text(FixedText::AreasCovered, lang).arg(m_publication.areas.in(lang)),
                 text, Qt::black);
            if (!m_publication.coordinator.isEmpty())
                line(FixedText::text(FixedText::Coordinator, lang).arg(m_publication.coordinator),
                     text, Qt::black);
            line(FixedText::text(FixedText::DateLine, lang)
                     .arg(FixedText::date(m_publication.date, lang)),
                 text, Qt::black);
            if (m_publication.draft)
                line(FixedText::text(FixedText::DraftMark, lang).toUpper(),
                     DocumentFonts::font(m_family, 14, true), kRestricted);
            if (!bilingual && m_publication.coversWales)
                line(FixedText::text(FixedText::AlsoAvailable, lang),
                     DocumentFonts::font(m_family, 12, false, true), kMuted);
            y += m_g.mm(bilingual ? 6 : 0);
        }
        qreal bottom = m_g.page.height() - m_g.mm(20);
        for (auto it = languages.crbegin(); it != languages.crend(); ++it) {
            drawWrapped(m_painter,
                        QRectF(m_g.mm(25), bottom - m_g.mm(10), m_g.body.width(), m_g.mm(10)),
                        DocumentFonts::font(m_family, 10), kMuted,
                        FixedText::text(FixedText::PreparedBy, *it).arg(m_publication.partnership),
                        Qt::AlignLeft | Qt::AlignBottom);
            bottom -= m_g.mm(6);
        }
        reviewMark(bilingual, languages.first(), m_g.mm(bilingual ? 112 : 97), 11);
        restrictedMarks(bilingual, languages.first(), true);
    }

    // A review copy's identifier, on every page, in the document's language.
    void reviewMark(bool bilingual, Lang lang, qreal top, qreal pointSize)
    {
        if (m_reviewId.isEmpty())
            return;
        const QFont font = DocumentFonts::font(m_family, pointSize, true);
        const QRectF line(m_g.body.left(), top, m_g.body.width(), m_g.mm(pointSize * 0.5));
        if (bilingual) {
            drawWrapped(m_painter, line, font, kRestricted,
                        FixedText::text(FixedText::ReviewCopyMark, Lang::Cy).arg(m_reviewId),
                        Qt::AlignLeft | Qt::AlignTop);
            drawWrapped(m_painter, line, font, kRestricted,
                        FixedText::text(FixedText::ReviewCopyMark, Lang::En).arg(m_reviewId),
                        Qt::AlignRight | Qt::AlignTop);
        } else {
            drawWrapped(m_painter, line, font, kRestricted,
                        FixedText::text(FixedText::ReviewCopyMark, lang).arg(m_reviewId),
                        Qt::AlignHCenter | Qt::AlignTop);
        }
    }
    void setReviewId(const QString& id) { m_reviewId = id; }

    void furniture(const Part& part, int pageNumber)
    {
        const QFont font = DocumentFonts::font(m_family, 8.5);
        const QRectF header(m_g.body.left(), m_g.mm(12), m_g.body.width(), m_g.mm(8));
        auto withDraft = [&](const QString& text, Lang lang) {
            return m_publication.draft ? FixedText::text(FixedText::DraftMark, lang).toUpper() +
                                             QStringLiteral(" · ") + text
                                       : text;
        };
        const QRectF footer(m_g.body.left(), m_g.page.height() - m_g.mm(16), m_g.body.width(),
                            m_g.mm(8));
        if (part.bilingual) {
            drawWrapped(m_painter, header, font, kMuted,
                        withDraft(m_publication.title.in(Lang::Cy), Lang::Cy),
                        Qt::AlignLeft | Qt::AlignBottom);
            drawWrapped(m_painter, header, font, kMuted,
                        withDraft(m_publication.title.in(Lang::En), Lang::En),
                        Qt::AlignRight | Qt::AlignBottom);
            const QRectF left(footer.left(), footer.top(), footer.width() * 0.47, footer.height());
            const QRectF right(footer.right() - footer.width() * 0.47, footer.top(),
                               footer.width() * 0.47, footer.height());
            for (const auto& [lang, rect] : {std::pair{Lang::Cy, left}, std::pair{Lang::En, right}})
                drawWrapped(m_painter, rect, font, kMuted,
                            FixedText::text(FixedText::PageOf, lang)
                                .arg(FixedText::number(pageNumber, lang),
                                     FixedText::number(part.total, lang)),
                            Qt::AlignHCenter | Qt::AlignTop);
        } else {
            drawWrapped(m_painter, header, font, kMuted, m_publication.title.in(part.lang),
                        Qt::AlignLeft | Qt::AlignBottom);
            drawWrapped(m_painter, header, font, kMuted,
                        withDraft(m_publication.partnership, part.lang),
                        Qt::AlignRight | Qt::AlignBottom);
            drawWrapped(m_painter, footer, font, kMuted,
                        FixedText::text(FixedText::PageOf, part.lang)
                            .arg(FixedText::number(pageNumber, part.lang),
                                 FixedText::number(part.total, part.lang)),
                        Qt::AlignHCenter | Qt::AlignTop);
        }
        reviewMark(part.bilingual, part.lang, m_g.page.height() - m_g.mm(12.5), 8);
        m_painter.setPen(QPen(kMuted, m_g.mm(0.2)));
        m_painter.drawLine(QPointF(header.left(), header.bottom() + m_g.mm(1.5)),
                           QPointF(header.right(), header.bottom() + m_g.mm(1.5)));
        restrictedMarks(part.bilingual, part.lang);
    }

    void bodyPage(const QTextDocument& document, int index)
    {
        const qreal pageHeight = document.pageSize().height();
        m_painter.save();
        m_painter.translate(m_g.body.left(), m_g.body.top() - index * pageHeight);
        const QRectF slice(0, index * pageHeight, m_g.body.width(), pageHeight);
        m_painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines that touch the page's edge belong to the neighbouring page: without the margin
        // they would be written (if invisible) twice, and text extraction would repeat them.
        context.clip = slice.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
    }

private:
    QPainter& m_painter;
    const PageGeometry& m_g;
    const Publication& m_publication;
    QString m_family;
    QString m_reviewId;
};

PdfMetadata metadataFor(const Publication& publication, const PdfExportOptions& options)
{
    PdfMetadata metadata;
    const Lang first = options.layout == Layout::Separate ? options.lang : Lang::Cy;
    metadata.title = publication.metadataTitle(first);
    if (options.layout != Layout::Separate)
        metadata.title += QStringLiteral(" / ") + publication.title.in(Lang::En);
    metadata.author = publication.partnership;
    metadata.subject =
        FixedText::text(publication.kind == PublicationKind::Strategy ? FixedText::StrategyTitle
                                                                      : FixedText::SnaTitle,
                        first);
    metadata.creator = QStringLiteral("%1 %2").arg(QString::fromLatin1(kApplicationName),
                                                   QString::fromLatin1(kVersion));
    metadata.languages = options.layout == Layout::Separate
                             ? QStringList{langCode(options.lang)}
                             : QStringList{langCode(Lang::Cy), langCode(Lang::En)};
    metadata.date = publication.date;
    return metadata;
}

} // namespace

PdfExporter::PdfExporter(Project& project, const ChartPainter* charts)
    : m_project(project)
    , m_charts(charts)
{
}

Result<PublicationContent> PdfExporter::gather(Project& project, PublicationKind kind)
{
    return PublicationBuilder::gather(project, kind);
}

Result<PdfExportResult> PdfExporter::exportTo(const QString& path, const PdfExportOptions& options)
{
    auto content = gather(m_project, options.document);
    if (!content)
        return content.error();
    return write(path, content.value(), options);
}

Result<PdfExportResult> PdfExporter::write(const QString& path, const PublicationContent& content,
                                           const PdfExportOptions& options) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // Open the destination first: an unwritable path fails before any work is done.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(
            tr("Cannot write “%1”: %2. Nothing was written.").arg(shownPath, file.errorString()));
    }
    const Publication publication =
        PublicationBuilder::build(content, options.document, options.draft, options.date);
    PdfExportResult result;
    auto bytes = render(publication, options, m_charts, &result);
    if (!bytes)
        return bytes.error();
    if (file.write(bytes.value()) != bytes.value().size() || !file.commit()) {
        return makeError(
            tr("Could not save “%1”: %2. Nothing was written.").arg(shownPath, file.errorString()));
    }
    return result;
}

Result<QByteArray> PdfExporter::render(const Publication& publication,
                                       const PdfExportOptions& options, const ChartPainter* charts,
                                       PdfExportResult* result)
{
    auto family = DocumentFonts::resolveFamily(
        options.fontFamilies.isEmpty() ? DocumentFonts::preferredFamilies() : options.fontFamilies);
    if (!family)
        return family.error();
    const QString fontFamily = family.value();
    const PdfMetadata metadata = metadataFor(publication, options);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Millimeter));
    writer.setTitle(metadata.title);
    writer.setCreator(metadata.creator);
    writer.setDocumentXmpMetadata(PdfFinisher::xmp(metadata));
    const PageGeometry geometry = geometryFor(writer);

    std::unique_ptr<ChartTextObject> chartObjects;
    if (charts)
        chartObjects = std::make_unique<ChartTextObject>(*charts, fontFamily);

    struct PartSpec {
        Lang lang;
        bool bilingual;
        int firstNumber;
    };
    QList<PartSpec> specs;
    QList<Lang> coverLanguages;
    switch (options.layout) {
    case Layout::Separate:
        coverLanguages = {options.lang};
        specs = {{options.lang, false, 2}};
        break;
    case Layout::WelshFirst:
        // Each language is numbered on its own, after a bilingual cover.
        coverLanguages = {Lang::Cy, Lang::En};
        specs = {{Lang::Cy, false, 1}, {Lang::En, false, 1}};
        break;
    case Layout::Columns:
        coverLanguages = {Lang::Cy, Lang::En};
        specs = {{Lang::Cy, true, 2}};
        break;
    }
    std::vector<Part> parts(specs.size());
    // Composes and lays out one part.
    auto build = [&](int index) {
        Part& part = parts[index];
        part.lang = specs[index].lang;
        part.bilingual = specs[index].bilingual;
        part.firstNumber = specs[index].firstNumber;
        auto prepare = [&](std::unique_ptr<QTextDocument>& document) {
            document = std::make_unique<QTextDocument>();
            document->setDocumentMargin(0);
            document->setUseDesignMetrics(true);
            QTextOption option = document->defaultTextOption();
            option.setWrapMode(QTextOption::WordWrap); // never split a word without a hyphen
            document->setDefaultTextOption(option);
        };
        prepare(part.front);
        prepare(part.body);
        // Composed first, then laid out on the writer's pages once.
        part.frontComposer = std::make_unique<DocumentComposer>(*part.front, geometry.body.width(),
                                                                fontFamily, chartObjects.get());
        part.composer = std::make_unique<DocumentComposer>(*part.body, geometry.body.width(),
                                                           fontFamily, chartObjects.get());
        if (part.bilingual) {
            part.frontComposer->composeColumnsFront(publication);
            part.composer->composeColumnsBody(publication);
        } else {
            part.frontComposer->composeFront(publication, part.lang, true,
                                             options.layout == Layout::WelshFirst);
            part.composer->composeBody(publication, part.lang);
        }
        for (QTextDocument* document : {part.front.get(), part.body.get()}) {
            document->documentLayout()->setPaintDevice(&writer);
            if (chartObjects)
                document->documentLayout()->registerHandler(ChartTextObject::kObjectType,
                                                            chartObjects.get());
            document->setPageSize(geometry.body.size());
        }
        for (int pass = 0; pass < 50 && keepTogether(*part.body); ++pass) {
        }
        for (int pass = 0; pass < 5 && keepTogether(*part.front); ++pass) {
        }
        for (int pass = 0; pass < 3 && fillContents(part); ++pass) {
        }
        part.total = part.firstNumber - 1 + part.pageCount();
    };
    for (int i = 0; i < int(parts.size()); ++i)
        build(i);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(tr("Could not start writing the PDF. Nothing was written."));
    PageWriter pages(painter, geometry, publication, fontFamily);
    pages.setReviewId(options.reviewId);
    pages.cover(coverLanguages);
    int pageCount = 1;
    for (const Part& part : parts) {
        int number = part.firstNumber;
        for (const QTextDocument* document : {part.front.get(), part.body.get()}) {
            for (int index = 0; index < document->pageCount(); ++index) {
                if (!writer.newPage()) {
                    painter.end();
                    return makeError(tr("Could not write page %1 of the PDF. Nothing was written.")
                                         .arg(pageCount + 1));
                }
                ++pageCount;
                pages.furniture(part, number++);
                pages.bodyPage(*document, index);
            }
        }
    }
    if (!painter.end())
        return makeError(tr("Could not finish writing the PDF. Nothing was written."));
    buffer.close();

    // Bookmarks: sections and sub-headings; in a Welsh-first document, under each part.
    QList<PdfOutlineEntry> outline;
    int firstPage = 1; // after the cover
    for (const Part& part : parts) {
        const int bodyStart = firstPage + part.front->pageCount();
        const bool labelled = options.layout == Layout::WelshFirst;
        if (labelled)
            outline.append({FixedText::text(part.lang == Lang::Cy ? FixedText::WelshVersion
                                                                  : FixedText::EnglishVersion,
                                            part.lang),
                            firstPage, 1});
        for (const DocumentComposer::Heading& heading : part.composer->headings()) {
            const int level = heading.level + (labelled ? 1 : 0);
            if (level > 2)
                continue;
            const QString title = heading.number.isEmpty()
                                      ? heading.title
                                      : heading.number + QLatin1Char(' ') + heading.title;
            outline.append({title, bodyStart + pageOf(*part.body, heading.block), level});
        }
        firstPage += part.pageCount();
    }
    if (result) {
        // Where each section lies, for placing comments made on the PDF (review copies).
        result->placements.clear();
        int partFirst = 1;
        for (const Part& part : parts) {
            const int bodyStart = partFirst + part.front->pageCount();
            const qreal pageHeight = part.body->pageSize().height();
            QList<SectionPlacement> inPart;
            for (const DocumentComposer::Heading& heading : part.composer->headings()) {
                if (heading.level != 1 || heading.sectionId.isEmpty())
                    continue;
                // Where the heading's first line is drawn (a block moved to the next page may
                // keep its top on the page before).
                const QRectF rect = part.body->documentLayout()->blockBoundingRect(heading.block);
                qreal y = rect.top();
                if (QTextLayout* layout = heading.block.layout(); layout && layout->lineCount() > 0)
                    y += layout->lineAt(0).y() - layout->boundingRect().top();
                const int index = int(std::floor((y + 0.5) / pageHeight));
                const qreal onPage = geometry.body.top() + (y - index * pageHeight);
                SectionPlacement placement;
                placement.sectionId = heading.sectionId;
                placement.lang = part.lang;
                placement.bothLanguages = part.bilingual;
                placement.firstPage = bodyStart + index;
                placement.top = onPage / geometry.page.height();
                if (!inPart.isEmpty()) {
                    inPart.last().lastPage = placement.firstPage;
                    inPart.last().bottom = placement.top;
                }
                placement.lastPage = partFirst + part.pageCount() - 1;
                placement.bottom = geometry.body.bottom() / geometry.page.height();
                inPart.append(placement);
            }
            result->placements.append(inPart);
            partFirst += part.pageCount();
        }
        result->pageCount = pageCount;
        result->figureCount = parts.front().composer->figureCount();
        result->contents.clear();
        const Part& first = parts.front();
        for (const DocumentComposer::Heading& heading : first.composer->headings()) {
            if (heading.level == 1)
                result->contents.append(
                    {heading.title, first.bodyOffset() + pageOf(*first.body, heading.block)});
        }
    }
    return PdfFinisher::finish(bytes, metadata, outline);
}

} // namespace sna
