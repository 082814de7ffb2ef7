#include "export/HtmlExporter.h"

#include "document/FixedText.h"
#include "export/ChartPainter.h"
#include "export/DocumentComposer.h"
#include "foundation/BuildInfo.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace sna {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString attr(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    return escaped;
}

QString lang(Lang l)
{
    return QStringLiteral(" lang=\"%1\"").arg(langCode(l));
}

QString inlineHtml(const RichText& text)
{
    QString html;
    for (const TextRun& run : text) {
        QString piece = esc(run.text);
        piece.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        if (run.italic)
            piece = QStringLiteral("<em>") + piece + QStringLiteral("</em>");
        if (run.bold)
            piece = QStringLiteral("<strong>") + piece + QStringLiteral("</strong>");
        if (!run.href.isEmpty())
            piece = QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(run.href), piece);
        html += piece;
    }
    return html;
}

const char* kStyle =
    "body{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:1rem;line-height:1.5;"
    "color:#1b1b1b;max-width:52rem;margin:0 auto;padding:0 1rem 3rem}"
    ".skip-link{position:absolute;left:-999px}.skip-link:focus{position:static}"
    "header.cover{background:#0b3c5d;color:#fff;padding:1.5rem;margin:0 -1rem 1.5rem}"
    "header.cover h1{margin:0 0 .5rem;font-size:2rem}"
    "header.cover p{margin:.25rem 0}"
    "h2{color:#0b3c5d;margin-top:2.5rem}h3,h4{color:#0b3c5d}"
    ".restricted{color:#b03a2e;font-weight:bold}"
    "aside.about{background:#f1f4f7;padding:.75rem 1rem;margin:1.5rem 0}"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}"
    "th,td{border:1px solid #9aa5b1;padding:.25rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#dce6ee}td.num{text-align:right}"
    "caption{text-align:left;font-weight:bold;padding:.25rem 0}"
    "figure{margin:1.5rem 0}figure svg{max-width:100%;height:auto}"
    "figcaption{font-weight:bold}.source{color:#555f6b;font-size:.9rem}"
    "a{color:#0b3c5d}a:focus{outline:3px solid #ffbf47}"
    ".columns{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}"
    "@media (max-width:40rem){.columns{display:block}}";

class Writer {
public:
    Writer(const Publication& publication, const ChartPainter* charts, const QString& family)
        : m_p(publication)
        , m_charts(charts)
        , m_family(family)
    {
    }

    QString html;

    void section(const PublicationSection& section, Lang l, const QString& idPrefix)
    {
        const QString id = idPrefix + section.anchor();
        html += QStringLiteral("<section%1 aria-labelledby=\"%2\">\n").arg(lang(l), id);
        heading(section, l, idPrefix);
        blocks(section.in(l), l, idPrefix);
        html += QStringLiteral("</section>\n");
    }

    void heading(const PublicationSection& section, Lang l, const QString& idPrefix)
    {
        html += QStringLiteral("<h2 id=\"%1\"%2>%3</h2>\n")
                    .arg(idPrefix + section.anchor(), lang(l), esc(section.heading(l)));
    }

    void blocks(const QList<Block>& blocks, Lang l, const QString& idPrefix)
    {
        QList<QPair<bool, int>> openLists; // ordered, level
        auto closeListsTo = [&](int level) {
            while (!openLists.isEmpty() && openLists.last().second > level) {
                html += QStringLiteral("</li>\n") + (openLists.last().first
                                                         ? QStringLiteral("</ol>\n")
                                                         : QStringLiteral("</ul>\n"));
                openLists.removeLast();
            }
        };
        for (const Block& block : blocks) {
            if (block.kind != Block::Kind::ListItem)
                closeListsTo(0);
            switch (block.kind) {
            case Block::Kind::Heading: {
                const int h = block.level <= 2 ? 3 : 4;
                html += QStringLiteral("<h%1 id=\"%2\"%3>%4</h%1>\n")
                            .arg(h)
                            .arg(idPrefix + block.anchor, lang(l),
                                 esc(block.number + QStringLiteral(" ") + plainText(block.text)));
                break;
            }
            case Block::Kind::Paragraph:
                html += QStringLiteral("<p%1>%2</p>\n").arg(lang(l), inlineHtml(block.text));
                break;
            case Block::Kind::Note:
                html +=
                    QStringLiteral("<p%1><em>%2</em></p>\n").arg(lang(l), inlineHtml(block.text));
                break;
            case Block::Kind::ListItem: {
                const int level = std::max(1, block.level);
                if (!openLists.isEmpty() && openLists.last().second > level)
                    closeListsTo(level);
                if (!openLists.isEmpty() && openLists.last().second == level &&
                    openLists.last().first != block.ordered)
                    closeListsTo(level - 1);
                if (openLists.isEmpty() || openLists.last().second < level) {
                    html += block.ordered ? QStringLiteral("<ol%1 start=\"%2\">\n")
                                                .arg(lang(l))
                                                .arg(std::max(1, block.itemNumber))
                                          : QStringLiteral("<ul%1>\n").arg(lang(l));
                    openLists.append({block.ordered, level});
                } else {
                    html += QStringLiteral("</li>\n");
                }
                html += QStringLiteral("<li%1>%2").arg(lang(l), inlineHtml(block.text));
                break;
            }
            case Block::Kind::Table:
                table(block.table, l);
                break;
            case Block::Kind::Figure:
                if (block.figure >= 0 && block.figure < m_p.figures.size())
                    figure(m_p.figures[block.figure], l, idPrefix);
                break;
            }
        }
        closeListsTo(0);
    }

    void table(const TableBlock& table, Lang l)
    {
        if (table.rows.isEmpty())
            return;
        html += QStringLiteral("<table%1>\n<caption%1>%2</caption>\n")
                    .arg(lang(l), esc(FixedText::text(FixedText::TableCaption, l)
                                          .arg(table.number)
                                          .arg(table.caption)));
        html += QStringLiteral("<thead>\n");
        for (int row = 0; row < table.rows.size(); ++row) {
            const bool header = row < table.headerRows;
            if (row == table.headerRows)
                html += QStringLiteral("</thead>\n<tbody>\n");
            html += QStringLiteral("<tr>");
            for (int column = 0; column < table.rows[row].size(); ++column) {
                const QString cell = inlineHtml(table.rows[row][column]);
                if (header) {
                    html += QStringLiteral("<th scope=\"col\">%1</th>").arg(cell);
                } else if (column == 0 && !table.numericColumns.value(0)) {
                    html += QStringLiteral("<th scope=\"row\">%1</th>").arg(cell);
                } else {
                    html += table.numericColumns.value(column)
                                ? QStringLiteral("<td class=\"num\">%1</td>").arg(cell)
                                : QStringLiteral("<td>%1</td>").arg(cell);
                }
            }
            html += QStringLiteral("</tr>\n");
        }
        html += table.rows.size() > table.headerRows ? QStringLiteral("</tbody>\n")
                                                     : QStringLiteral("</thead>\n");
        html += QStringLiteral("</table>\n");
        if (!table.source.isEmpty())
            html +=
                QStringLiteral("<p class=\"source\"%1>%2</p>\n")
                    .arg(lang(l), esc(FixedText::text(FixedText::SourceNote, l).arg(table.source)));
    }

    void figure(const Figure& figure, Lang l, const QString& idPrefix)
    {
        const ChartSpec& spec = figure.spec;
        const QString caption =
            FixedText::text(FixedText::FigureCaption, l).arg(figure.number).arg(spec.title.in(l));
        if (spec.isEmpty() || !m_charts) {
            html += QStringLiteral("<p%1><em>%2</em></p>\n")
                        .arg(lang(l), esc(caption + QStringLiteral(" — ") +
                                          (spec.emptyNote.in(l).isEmpty()
                                               ? FixedText::text(FixedText::NoDataYet, l)
                                               : spec.emptyNote.in(l))));
            return;
        }
        const QString id = QStringLiteral("%1figure-%2").arg(idPrefix).arg(figure.number);
        html += QStringLiteral("<figure%1>\n").arg(lang(l));
        html += HtmlExporter::chartSvg(spec, l, *m_charts, m_family, id);
        html +=
            QStringLiteral("<figcaption%1>%2<br><span class=\"source\">%3</span></figcaption>\n")
                .arg(lang(l), esc(caption),
                     esc(FixedText::text(FixedText::SourceNote, l).arg(spec.source.in(l))));
        html += QStringLiteral("</figure>\n");
    }

    void about(Lang l)
    {
        html += QStringLiteral("<aside class=\"about\"%1 aria-labelledby=\"about-%2\">\n")
                    .arg(lang(l), langCode(l));
        html += QStringLiteral("<h2 id=\"about-%1\"%2>%3</h2>\n")
                    .arg(langCode(l), lang(l), esc(FixedText::text(FixedText::AboutTitle, l)));
        if (m_p.restricted())
            html += QStringLiteral("<p class=\"restricted\"%1>%2</p>\n")
                        .arg(lang(l), esc(FixedText::text(FixedText::RestrictedMark, l)));
        for (const QString& paragraph : m_p.aboutIn(l))
            html += QStringLiteral("<p%1>%2</p>\n").arg(lang(l), esc(paragraph));
        html += QStringLiteral("</aside>\n");
    }

    void contents(Lang l, const QString& idPrefix)
    {
        const QString id = idPrefix + QStringLiteral("contents");
        html += QStringLiteral("<nav%1 aria-labelledby=\"%2\">\n<h2 id=\"%2\"%1>%3</h2>\n<ol%1>\n")
                    .arg(lang(l), id, esc(FixedText::text(FixedText::Contents, l)));
        for (const PublicationSection& section : m_p.sections) {
            html += QStringLiteral("<li%1><a href=\"#%2\">%3</a>")
                        .arg(lang(l), idPrefix + section.anchor(), esc(section.heading(l)));
            QString sub;
            for (const Block& block : section.in(l)) {
                if (block.kind == Block::Kind::Heading && block.level == 2)
                    sub +=
                        QStringLiteral("<li%1><a href=\"#%2\">%3</a></li>\n")
                            .arg(lang(l), idPrefix + block.anchor,
                                 esc(block.number + QStringLiteral(" ") + plainText(block.text)));
            }
            if (!sub.isEmpty())
                html += QStringLiteral("\n<ol%1>\n").arg(lang(l)) + sub + QStringLiteral("</ol>\n");
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ol>\n</nav>\n");
    }

    void cover(const QList<Lang>& languages)
    {
        html += QStringLiteral("<header class=\"cover\">\n");
        if (languages.size() == 1) {
            const Lang l = languages.first();
            html += QStringLiteral("<h1%1>%2</h1>\n").arg(lang(l), esc(m_p.title.in(l)));
        } else {
            html += QStringLiteral("<h1%1>").arg(lang(languages.first()));
            for (int i = 0; i < languages.size(); ++i)
                html += QStringLiteral("%1<span%2>%3</span>")
                            .arg(i ? QStringLiteral("<br>") : QString(), lang(languages[i]),
                                 esc(m_p.title.in(languages[i])));
            html += QStringLiteral("</h1>\n");
        }
        for (Lang l : languages) {
            if (m_p.restricted())
                html += QStringLiteral("<p class=\"restricted\"%1>%2</p>\n")
                            .arg(lang(l), esc(FixedText::text(FixedText::RestrictedMark, l)));
            html +=
                QStringLiteral("<p%1>%2</p>\n")
                    .arg(lang(l),
                         esc(FixedText::text(FixedText::PartnershipLine, l).arg(m_p.partnership)));
            html += QStringLiteral("<p%1>%2</p>\n")
                        .arg(lang(l),
                             esc(FixedText::text(FixedText::AreasCovered, l).arg(m_p.areas.in(l))));
            if (!m_p.coordinator.isEmpty())
                html +=
                    QStringLiteral("<p%1>%2</p>\n")
                        .arg(lang(l),
                             esc(FixedText::text(FixedText::Coordinator, l).arg(m_p.coordinator)));
            html += QStringLiteral("<p%1>%2</p>\n")
                        .arg(lang(l), esc(FixedText::text(FixedText::DateLine, l)
                                              .arg(FixedText::date(m_p.date, l))));
            if (m_p.draft)
                html += QStringLiteral("<p%1><strong>%2</strong></p>\n")
                            .arg(lang(l), esc(FixedText::text(FixedText::DraftMark, l).toUpper()));
            if (languages.size() == 1 && m_p.coversWales)
                html += QStringLiteral("<p%1><em>%2</em></p>\n")
                            .arg(lang(l), esc(FixedText::text(FixedText::AlsoAvailable, l)));
        }
        html += QStringLiteral("</header>\n");
    }

private:
    const Publication& m_p;
    const ChartPainter* m_charts;
    QString m_family;
};

} // namespace

QString HtmlExporter::chartSvg(const ChartSpec& spec, Lang l, const ChartPainter& charts,
                               const QString& fontFamily, const QString& id)
{
    const QSize size(720, 396);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(spec.altText.in(l));
    {
        QPainter painter(&generator);
        charts.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), spec, l, fontFamily);
    }
    QString text = QString::fromUtf8(svg);
    // An element inside HTML: no XML prologue or doctype; the alt text names it.
    const qsizetype start = text.indexOf(QLatin1String("<svg"));
    if (start < 0)
        return {};
    text = text.mid(start);
    const QString alt = attr(spec.altText.in(l));
    text.replace(
        QRegularExpression(QStringLiteral("^<svg\\b")),
        QStringLiteral("<svg role=\"img\" aria-labelledby=\"%1-title\"%2").arg(id, lang(l)));
    text.replace(QRegularExpression(QStringLiteral("<title>[^<]*</title>")),
                 QStringLiteral("<title id=\"%1-title\">%2</title>").arg(id, alt));
    text.remove(QRegularExpression(QStringLiteral("<desc>[^<]*</desc>")));
    text.remove(QRegularExpression(QStringLiteral("\\s+baseProfile=\"tiny\"")));
    text.remove(QRegularExpression(QStringLiteral("\\s+version=\"1.2\"")));
    // QSvgGenerator's width/height are in millimetres; let the page scale the drawing.
    text.replace(QRegularExpression(QStringLiteral("\\swidth=\"[0-9.]+mm\"")),
                 QStringLiteral(" width=\"%1\"").arg(size.width()));
    text.replace(QRegularExpression(QStringLiteral("\\sheight=\"[0-9.]+mm\"")),
                 QStringLiteral(" height=\"%1\"").arg(size.height()));
    return text.trimmed() + QLatin1Char('\n');
}

QByteArray HtmlExporter::render(const Publication& publication, Layout layout, Lang only,
                                const ChartPainter* charts, const QString& fontFamily)
{
    const bool bilingual = layout != Layout::Separate;
    const Lang first = bilingual ? Lang::Cy : only;
    const QList<Lang> languages = bilingual ? QList<Lang>{Lang::Cy, Lang::En} : QList<Lang>{only};
    Writer w(publication, charts, fontFamily);
    QString title = publication.metadataTitle(first);
    if (bilingual)
        title += QStringLiteral(" / ") + publication.title.in(Lang::En);

    QString& html = w.html;
    html += QStringLiteral("<!DOCTYPE html>\n<html%1>\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\">\n<title>%2</title>\n")
                .arg(lang(first), esc(title));
    html += QStringLiteral("<meta name=\"author\" content=\"%1\">\n<meta name=\"generator\" "
                           "content=\"%2 %3\">\n")
                .arg(attr(publication.partnership), QString::fromLatin1(kApplicationName),
                     QString::fromLatin1(kVersion));
    if (publication.restricted())
        html += QStringLiteral("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
    html += QStringLiteral("<style>") + QString::fromLatin1(kStyle) + QStringLiteral("</style>\n");
    html += QStringLiteral("</head>\n<body>\n");
    for (Lang l : languages) {
        html += QStringLiteral("<a class=\"skip-link\" href=\"#main\"%1>%2</a>\n")
                    .arg(lang(l), esc(FixedText::text(FixedText::SkipToContent, l)));
        if (!bilingual)
            break;
    }
    w.cover(languages);

    switch (layout) {
    case Layout::Separate:
        w.contents(only, QString());
        html += QStringLiteral("<main id=\"main\"%1>\n").arg(lang(only));
        w.about(only);
        for (const PublicationSection& section : publication.sections)
            w.section(section, only, QString());
        html += QStringLiteral("</main>\n");
        break;
    case Layout::WelshFirst:
        html += QStringLiteral("<main id=\"main\">\n");
        for (Lang l : languages) {
            const QString prefix = langCode(l) + QLatin1Char('-');
            html +=
                QStringLiteral("<div class=\"part\" id=\"%1\"%2>\n<p%2><strong>%3</strong></p>\n")
                    .arg(langCode(l), lang(l),
                         esc(FixedText::text(l == Lang::Cy ? FixedText::WelshVersion
                                                           : FixedText::EnglishVersion,
                                             l)));
            w.contents(l, prefix);
            w.about(l);
            for (const PublicationSection& section : publication.sections)
                w.section(section, l, prefix);
            html += QStringLiteral("</div>\n");
        }
        html += QStringLiteral("</main>\n");
        break;
    case Layout::Columns:
        html += QStringLiteral("<div class=\"columns\">\n");
        for (Lang l : languages) {
            html += QStringLiteral("<div%1>\n").arg(lang(l));
            w.contents(l, langCode(l) + QLatin1Char('-'));
            html += QStringLiteral("</div>\n");
        }
        html += QStringLiteral("</div>\n<main id=\"main\">\n<div class=\"columns\">\n");
        for (Lang l : languages) {
            html += QStringLiteral("<div%1>\n").arg(lang(l));
            w.about(l);
            html += QStringLiteral("</div>\n");
        }
        html += QStringLiteral("</div>\n");
        for (const PublicationSection& section : publication.sections) {
            // One row per aligned pair of blocks: without the style sheet the Welsh block is
            // read first, then its English counterpart.
            html += QStringLiteral("<div class=\"columns\">\n");
            for (Lang l : languages) {
                html += QStringLiteral("<div%1>\n").arg(lang(l));
                w.heading(section, l, langCode(l) + QLatin1Char('-'));
                html += QStringLiteral("</div>\n");
            }
            html += QStringLiteral("</div>\n");
            const QList<QList<Block>> units[2] = {
                DocumentComposer::alignmentUnits(section.in(Lang::Cy)),
                DocumentComposer::alignmentUnits(section.in(Lang::En))};
            const qsizetype rows = std::max(units[0].size(), units[1].size());
            for (qsizetype row = 0; row < rows; ++row) {
                html += QStringLiteral("<div class=\"columns\">\n");
                for (Lang l : languages) {
                    const QList<QList<Block>>& side = units[l == Lang::Cy ? 0 : 1];
                    html += QStringLiteral("<div%1>\n").arg(lang(l));
                    if (row < side.size())
                        w.blocks(side[row], l, langCode(l) + QLatin1Char('-'));
                    html += QStringLiteral("</div>\n");
                }
                html += QStringLiteral("</div>\n");
            }
        }
        html += QStringLiteral("</main>\n");
        break;
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace sna
