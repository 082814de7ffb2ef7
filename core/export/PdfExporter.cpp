#include "export/PdfExporter.h"

#include "document/DocumentStore.h"
#include "document/FixedText.h"
#include "export/ChartPainter.h"
#include "export/ChartTextObject.h"
#include "export/DocumentFonts.h"
#include "foundation/BuildInfo.h"
#include "import/DatasetStore.h"
#include "project/AreaCatalogue.h"
#include "project/ProfileStore.h"
#include "project/Project.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <memory>

namespace sna {

namespace {

const QColor kBand(0x0B, 0x3C, 0x5D);
const QColor kMuted(0x55, 0x5F, 0x6B);

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

int pageOf(const QTextDocument& document, const QTextBlock& block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    return int(std::floor((rect.top() + 0.5) / document.pageSize().height()));
}

// QTextDocument has no "keep with next": a heading whose text would start on the next page is
// moved there. Returns true when something moved (the layout must then be checked again).
bool keepHeadingsWithText(QTextDocument& document, const QList<DocumentComposer::Heading>& headings)
{
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    bool moved = false;
    for (const DocumentComposer::Heading& heading : headings) {
        QTextBlockFormat format = heading.block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QTextBlock next = heading.block.next();
        if (!next.isValid() || !next.layout() || next.layout()->lineCount() == 0)
            continue;
        const qreal headingTop = layout->blockBoundingRect(heading.block).top();
        const qreal textTop = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).y();
        if (int(std::floor(textTop / pageHeight)) != int(std::floor(headingTop / pageHeight))) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading.block).setBlockFormat(format);
            moved = true;
        }
    }
    return moved;
}

// Writes each heading's page number into the contents; true when any number changed.
bool fillContents(QTextDocument& document, const DocumentComposer& composer, int firstBodyPage)
{
    QTextTable* table = composer.contentsTable();
    if (!table)
        return false;
    bool changed = false;
    for (int row = 0; row < composer.headings().size() && row < table->rows(); ++row) {
        const QString page =
            QString::number(firstBodyPage + pageOf(document, composer.headings()[row].block));
        QTextTableCell cell = table->cellAt(row, 2);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        if (cursor.selectedText() != page) {
            const QTextCharFormat format = table->cellAt(row, 1).firstCursorPosition().charFormat();
            cursor.insertText(page, format);
            changed = true;
        }
    }
    return changed;
}

void drawWrapped(QPainter& painter, const QRectF& rect, const QFont& font, const QColor& colour,
                 const QString& text, int flags, QRectF* used = nullptr)
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, flags | Qt::TextWordWrap, text, used);
}

} // namespace

PdfExporter::PdfExporter(Project& project, const ChartPainter* charts)
    : m_project(project)
    , m_charts(charts)
{
}

Result<PublicationContent> PdfExporter::gather(Project& project, DocumentKind kind)
{
    PublicationContent content;
    auto profile = ProfileStore(project).load();
    if (!profile)
        return profile.error();
    content.profile = profile.value();
    auto document = DocumentStore(project).load(kind);
    if (!document)
        return document.error();
    content.document = document.value();
    auto summary = SummaryBuilder::build(project);
    if (!summary)
        return summary.error();
    content.summary = summary.value();
    auto datasets = DatasetStore(project).list();
    if (!datasets)
        return datasets.error();
    content.datasets = datasets.value();
    return content;
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
    auto family = DocumentFonts::resolveFamily(
        options.fontFamilies.isEmpty() ? DocumentFonts::preferredFamilies() : options.fontFamilies);
    if (!family)
        return family.error();
    const Lang lang = options.lang;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(
            tr("Cannot write “%1”: %2. Nothing was written.").arg(shownPath, file.errorString()));
    }

    QPdfWriter writer(&file);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Millimeter));
    const QString documentTitle = content.document.title().in(lang);
    writer.setTitle(documentTitle + QStringLiteral(" — ") + content.profile.name);
    writer.setCreator(QStringLiteral("%1 %2").arg(QString::fromLatin1(kApplicationName),
                                                  QString::fromLatin1(kVersion)));
    const PageGeometry geometry = geometryFor(writer);

    QTextDocument body;
    body.documentLayout()->setPaintDevice(&writer);
    body.setDocumentMargin(0);
    body.setUseDesignMetrics(true);
    body.setPageSize(geometry.body.size());
    QTextOption option = body.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap); // never split a word without a hyphen
    body.setDefaultTextOption(option);

    std::unique_ptr<ChartTextObject> chartObjects;
    if (m_charts) {
        chartObjects = std::make_unique<ChartTextObject>(*m_charts, lang, family.value());
        body.documentLayout()->registerHandler(ChartTextObject::kObjectType, chartObjects.get());
    }
    DocumentComposer composer(body, family.value(), lang, chartObjects.get());
    composer.compose(content, options.draft);

    constexpr int kFirstBodyPage = 2; // page 1 is the cover
    for (int pass = 0; pass < 6; ++pass) {
        const bool moved = keepHeadingsWithText(body, composer.headings());
        const bool renumbered = fillContents(body, composer, kFirstBodyPage);
        if (!moved && !renumbered)
            break;
    }
    const int pageCount = kFirstBodyPage - 1 + body.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(tr("Could not start writing “%1”. Nothing was written.").arg(shownPath));

    // Cover.
    const QString fontFamily = family.value();
    const QRectF band(0, 0, geometry.page.width(), geometry.mm(95));
    painter.fillRect(band, kBand);
    QRectF used;
    drawWrapped(painter,
                QRectF(geometry.mm(25), geometry.mm(30), geometry.body.width(), geometry.mm(40)),
                DocumentFonts::font(fontFamily, 30, true), Qt::white, documentTitle,
                Qt::AlignLeft | Qt::AlignTop, &used);
    drawWrapped(painter,
                QRectF(geometry.mm(25), used.bottom() + geometry.mm(4), geometry.body.width(),
                       geometry.mm(30)),
                DocumentFonts::font(fontFamily, 16), Qt::white, content.profile.name,
                Qt::AlignLeft | Qt::AlignTop);

    QStringList areaNames;
    for (const Area& area : content.profile.areas) {
        const auto entry = AreaCatalogue::instance().find(area.code);
        areaNames << (entry ? entry->nameIn(lang) : (area.name.isEmpty() ? area.code : area.name));
    }
    qreal y = band.bottom() + geometry.mm(15);
    const QFont coverText = DocumentFonts::font(fontFamily, 12);
    auto coverLine = [&](const QString& text, const QFont& font, const QColor& colour) {
        QRectF lineRect;
        drawWrapped(painter, QRectF(geometry.mm(25), y, geometry.body.width(), geometry.mm(40)),
                    font, colour, text, Qt::AlignLeft | Qt::AlignTop, &lineRect);
        y = lineRect.bottom() + geometry.mm(4);
    };
    coverLine(
        FixedText::text(FixedText::AreasCovered, lang).arg(FixedText::joinList(areaNames, lang)),
        coverText, Qt::black);
    if (!content.profile.coordinator.isEmpty())
        coverLine(FixedText::text(FixedText::Coordinator, lang).arg(content.profile.coordinator),
                  coverText, Qt::black);
    coverLine(
        FixedText::text(FixedText::DateLine, lang).arg(FixedText::date(QDate::currentDate(), lang)),
        coverText, Qt::black);
    if (options.draft)
        coverLine(FixedText::text(FixedText::DraftMark, lang).toUpper(),
                  DocumentFonts::font(fontFamily, 14, true), QColor(0xB0, 0x3A, 0x2E));
    if (content.profile.coversWales())
        coverLine(FixedText::text(FixedText::AlsoAvailable, lang),
                  DocumentFonts::font(fontFamily, 12, false, true), kMuted);
    drawWrapped(painter,
                QRectF(geometry.mm(25), geometry.page.height() - geometry.mm(30),
                       geometry.body.width(), geometry.mm(10)),
                DocumentFonts::font(fontFamily, 10), kMuted,
                FixedText::text(FixedText::PreparedBy, lang).arg(content.profile.name),
                Qt::AlignLeft | Qt::AlignBottom);

    // Body pages with running header and footer.
    const QFont furniture = DocumentFonts::font(fontFamily, 8.5);
    const qreal pageHeight = body.pageSize().height();
    for (int index = 0; index < body.pageCount(); ++index) {
        if (!writer.newPage()) {
            painter.end();
            return makeError(tr("Could not write page %1 of “%2”. Nothing was written.")
                                 .arg(index + kFirstBodyPage)
                                 .arg(shownPath));
        }
        const int pageNumber = index + kFirstBodyPage;
        const QRectF header(geometry.body.left(), geometry.mm(12), geometry.body.width(),
                            geometry.mm(8));
        QString headerRight = content.profile.name;
        if (options.draft)
            headerRight = FixedText::text(FixedText::DraftMark, lang).toUpper() +
                          QStringLiteral(" · ") + headerRight;
        drawWrapped(painter, header, furniture, kMuted, documentTitle,
                    Qt::AlignLeft | Qt::AlignBottom);
        drawWrapped(painter, header, furniture, kMuted, headerRight,
                    Qt::AlignRight | Qt::AlignBottom);
        painter.setPen(QPen(kMuted, geometry.mm(0.2)));
        painter.drawLine(QPointF(header.left(), header.bottom() + geometry.mm(1.5)),
                         QPointF(header.right(), header.bottom() + geometry.mm(1.5)));
        drawWrapped(
            painter,
            QRectF(geometry.body.left(), geometry.page.height() - geometry.mm(16),
                   geometry.body.width(), geometry.mm(8)),
            furniture, kMuted,
            FixedText::text(FixedText::PageOf, lang)
                .arg(FixedText::number(pageNumber, lang), FixedText::number(pageCount, lang)),
            Qt::AlignHCenter | Qt::AlignTop);

        painter.save();
        painter.translate(geometry.body.left(), geometry.body.top() - index * pageHeight);
        const QRectF slice(0, index * pageHeight, geometry.body.width(), pageHeight);
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        body.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return makeError(tr("Could not finish writing “%1”. Nothing was written.").arg(shownPath));
    if (!file.commit()) {
        return makeError(
            tr("Could not save “%1”: %2. Nothing was written.").arg(shownPath, file.errorString()));
    }
    PdfExportResult result{pageCount, composer.figureCount(), {}};
    for (const DocumentComposer::Heading& heading : composer.headings())
        result.contents.append({heading.title, kFirstBodyPage + pageOf(body, heading.block)});
    return result;
}

} // namespace sna
