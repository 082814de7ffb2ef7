#pragma once

#include <QString>
#include <QTextDocument>

#include <optional>

namespace sna {

// The rich text of a section: headings, paragraphs, bold and italic, bulleted and numbered
// lists, links and simple tables, stored as GitHub-flavoured Markdown. Everything that comes in
// (typed, pasted, set from a file, returned by a translator) is cleaned to that model: no
// scripts, no raw HTML, no images (local or remote), no foreign fonts, colours or styles, and
// links only to web and mail addresses.
class RichText {
public:
    enum class Format { Markdown, Html, PlainText };

    // How stored Markdown is read everywhere: raw HTML in it is text, never markup.
    static constexpr QTextDocument::MarkdownFeatures kFeatures = QTextDocument::MarkdownFeatures(
        QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

    // By file suffix: .md/.markdown, .html/.htm, .txt; nothing for any other suffix.
    static std::optional<Format> formatForPath(const QString& path);

    // Clean Markdown of the document model from text in any of the formats.
    static QString clean(const QString& text, Format format);
    // Removes what the model does not allow from a document in place (images, unsafe links) and
    // returns its Markdown.
    static QString cleanDocument(QTextDocument& document);

    // The Markdown of a document in the model: what reads back as the same document.
    static QString markdownOf(const QTextDocument& document);

    // Markdown without raw HTML (scripts and styles removed with their content).
    static QString withoutHtml(const QString& markdown);
    static QString toPlainText(const QString& markdown);
    static QString toHtml(const QString& markdown);
    static bool isSafeLink(const QString& href);
};

} // namespace sna
