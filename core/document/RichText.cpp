#include "document/RichText.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace sna {

std::optional<RichText::Format> RichText::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("txt"))
        return Format::PlainText;
    return std::nullopt;
}

bool RichText::isSafeLink(const QString& href)
{
    const QUrl url(href.trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("mailto") && !url.path().isEmpty();
}

QString RichText::cleanDocument(QTextDocument& document)
{
    // Collect first, edit afterwards: removing text while iterating fragments invalidates them.
    struct Span {
        int position;
        int length;
        bool image;
    };
    QList<Span> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() || format.objectType() != QTextFormat::NoObject)
                spans.append({fragment.position(), fragment.length(), true});
            else if (format.isAnchor() && !isSafeLink(format.anchorHref()))
                spans.append({fragment.position(), fragment.length(), false});
        }
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->image) {
            cursor.removeSelectedText();
        } else {
            QTextCharFormat plain;
            plain.setAnchor(false);
            plain.setAnchorHref(QString());
            plain.setFontUnderline(false);
            plain.clearForeground();
            cursor.mergeCharFormat(plain);
            // mergeCharFormat cannot clear properties; rewrite the format without the link.
            QTextCharFormat format = cursor.charFormat();
            format.clearProperty(QTextFormat::AnchorHref);
            format.clearProperty(QTextFormat::IsAnchor);
            format.clearProperty(QTextFormat::AnchorName);
            cursor.setCharFormat(format);
        }
    }
    cursor.endEditBlock();
    return markdownOf(document);
}

namespace {
// Escapes text so that Markdown reads it back as the same text.
QString escapeInline(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~#&");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// What would start a list, a heading underline or a quote at the start of a block.
QString escapeBlockStart(const QString& text)
{
    static const QRegularExpression orderedMarker(QStringLiteral("^(\\d+)([.)])"));
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')) ||
        text.startsWith(QLatin1Char('=')))
        return QLatin1Char('\\') + text;
    const QRegularExpressionMatch match = orderedMarker.match(text);
    if (!match.hasMatch())
        return text;
    return match.captured(1) + QLatin1Char('\\') + text.mid(match.captured(1).size());
}

struct Run {
    QString text;
    bool bold = false;
    bool italic = false;
    QString href;
};

QString inlineOf(const QTextBlock& block, bool ignoreBold)
{
    QList<Run> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat() || format.objectType() != QTextFormat::NoObject)
            continue;
        Run run;
        run.text = fragment.text();
        run.text.remove(QChar::ObjectReplacementCharacter);
        run.bold = !ignoreBold && format.fontWeight() >= QFont::DemiBold;
        run.italic = format.fontItalic();
        if (format.isAnchor() && RichText::isSafeLink(format.anchorHref()))
            run.href = format.anchorHref().trimmed();
        if (!runs.isEmpty() && runs.last().bold == run.bold && runs.last().italic == run.italic &&
            runs.last().href == run.href)
            runs.last().text += run.text;
        else
            runs.append(run);
    }
    QString out;
    for (const Run& run : std::as_const(runs)) {
        // Emphasis may not start or end with a space: keep spaces outside the marks.
        qsizetype first = 0;
        while (first < run.text.size() && run.text[first].isSpace())
            ++first;
        if (first == run.text.size()) {
            out += run.text;
            continue;
        }
        qsizetype last = run.text.size();
        while (last > first && run.text[last - 1].isSpace())
            --last;
        QString core = escapeInline(run.text.mid(first, last - first));
        if (run.italic)
            core = QLatin1Char('*') + core + QLatin1Char('*');
        if (run.bold)
            core = QStringLiteral("**") + core + QStringLiteral("**");
        if (!run.href.isEmpty()) {
            QString href = run.href;
            href.replace(QLatin1Char(' '), QStringLiteral("%20"));
            href.replace(QLatin1Char('('), QStringLiteral("%28"));
            href.replace(QLatin1Char(')'), QStringLiteral("%29"));
            core = QStringLiteral("[%1](%2)").arg(core, href);
        }
        out += run.text.left(first) + core + run.text.mid(last);
    }
    // Line breaks within a paragraph (Shift+Enter) are hard breaks.
    out.replace(QChar::LineSeparator, QStringLiteral("\\\n"));
    out.replace(QChar::ParagraphSeparator, QStringLiteral("\\\n"));
    return out;
}

struct Chunk {
    QString text;
    bool listItem = false;
};

QString tableMarkdown(QTextTable* table)
{
    if (table->rows() == 0 || table->columns() == 0)
        return {};
    auto rowOf = [&](int row) {
        QStringList cells;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            QStringList parts;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock block = it.currentBlock();
                if (!block.isValid())
                    continue;
                QString text = inlineOf(block, row == 0).trimmed();
                text.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
                if (!text.isEmpty())
                    parts << text;
            }
            cells << parts.join(QLatin1Char(' '));
        }
        return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    QStringList lines{rowOf(0)};
    QStringList rule;
    for (int column = 0; column < table->columns(); ++column)
        rule << QStringLiteral("---");
    lines << QStringLiteral("|") + rule.join(QLatin1Char('|')) + QStringLiteral("|");
    for (int row = 1; row < table->rows(); ++row)
        lines << rowOf(row);
    return lines.join(QLatin1Char('\n'));
}

bool isNumbered(QTextListFormat::Style style)
{
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
           style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
           style == QTextListFormat::ListUpperRoman;
}

void writeFrame(QTextFrame* frame, QList<Chunk>& chunks)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* child = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(child)) {
                const QString text = tableMarkdown(table);
                if (!text.isEmpty())
                    chunks.append({text, false});
            } else {
                writeFrame(child, chunks);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const int heading = block.blockFormat().headingLevel();
        const QString text = inlineOf(block, heading > 0).trimmed();
        if (text.isEmpty())
            continue;
        if (QTextList* list = block.textList()) {
            const QTextListFormat format = list->format();
            const int depth = std::max(1, format.indent()) - 1;
            const QString marker = isNumbered(format.style())
                                       ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1)
                                       : QStringLiteral("- ");
            chunks.append(
                {QString(depth * 4, QLatin1Char(' ')) + marker + escapeBlockStart(text), true});
        } else if (heading > 0) {
            chunks.append(
                {QString(std::min(heading, 6), QLatin1Char('#')) + QLatin1Char(' ') + text, false});
        } else {
            chunks.append({escapeBlockStart(text), false});
        }
    }
}
} // namespace

// Qt's own Markdown writer neither escapes text ("*" typed in the editor came back as
// emphasis) nor writes tables its reader accepts ("|-|-|"), so the model writes its own
// Markdown, covering exactly what a section may contain.
QString RichText::markdownOf(const QTextDocument& document)
{
    QList<Chunk> chunks;
    writeFrame(document.rootFrame(), chunks);
    QString markdown;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (i > 0)
            markdown += chunks[i].listItem && chunks[i - 1].listItem ? QStringLiteral("\n")
                                                                     : QStringLiteral("\n\n");
        markdown += chunks[i].text;
    }
    return markdown;
}

QString RichText::clean(const QString& text, Format format)
{
    QTextDocument document;
    switch (format) {
    case Format::Html:
        document.setHtml(text); // Qt's reader drops <script> and <style>; fetches nothing
        break;
    case Format::Markdown:
        document.setMarkdown(withoutHtml(text), kFeatures);
        break;
    case Format::PlainText:
        document.setPlainText(text);
        break;
    }
    const QString first = cleanDocument(document);
    // Markdown written from a document must read back as the same document: one more round
    // settles escaping, so what is stored is what a reload produces.
    QTextDocument again;
    again.setMarkdown(first, kFeatures);
    return markdownOf(again);
}

QString RichText::withoutHtml(const QString& markdown)
{
    // Raw HTML is not part of the model: scripts and styles go with their content, comments
    // go, and any other tag goes leaving its text. Autolinks (<https://…>) stay.
    static const QRegularExpression blocks(
        QStringLiteral("<(script|style|iframe|object|embed|template)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(
        QStringLiteral("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>|<![A-Za-z][^<>]*>"));
    QString text = markdown;
    text.remove(blocks);
    text.remove(comments);
    text.remove(tags);
    return text;
}

QString RichText::toPlainText(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, kFeatures);
    return document.toPlainText();
}

QString RichText::toHtml(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, kFeatures);
    return document.toHtml();
}

} // namespace sna
