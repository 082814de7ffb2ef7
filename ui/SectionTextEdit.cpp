#include "SectionTextEdit.h"

#include "document/RichText.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace sna {

namespace {
bool isUndoOrRedo(QKeyEvent* event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo);
}

bool isEmphasis(QKeyEvent* event)
{
    return event->matches(QKeySequence::Bold) || event->matches(QKeySequence::Italic);
}
} // namespace

SectionTextEdit::SectionTextEdit(QWidget* parent)
    : QTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setAcceptRichText(true);
    setTabChangesFocus(true); // keyboard users can leave the editor with Tab
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document()->setDefaultTextOption(option);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT markdownEdited(markdown());
    });
}

QString SectionTextEdit::markdown() const
{
    return RichText::markdownOf(*document());
}

void SectionTextEdit::setMarkdownSilently(const QString& markdown)
{
    if (this->markdown() == markdown.trimmed())
        return;
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_loading = true;
    document()->setMarkdown(markdown, RichText::kFeatures);
    m_loading = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, document()->characterCount() - 1));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

void SectionTextEdit::toggleBold()
{
    if (isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontWeight(fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
    mergeCurrentCharFormat(format);
}

void SectionTextEdit::toggleItalic()
{
    if (isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontItalic(!fontItalic());
    mergeCurrentCharFormat(format);
}

void SectionTextEdit::focusInEvent(QFocusEvent* event)
{
    QTextEdit::focusInEvent(event);
    Q_EMIT focused();
}

bool SectionTextEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && isUndoOrRedo(static_cast<QKeyEvent*>(event))) {
        event->ignore(); // let the application's Undo/Redo actions have it
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride && isEmphasis(static_cast<QKeyEvent*>(event))) {
        event->accept(); // bold and italic belong to the text being written
        return true;
    }
    return QTextEdit::event(event);
}

void SectionTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (isUndoOrRedo(event)) {
        event->ignore();
        return;
    }
    if (event->matches(QKeySequence::Bold)) {
        toggleBold();
        return;
    }
    if (event->matches(QKeySequence::Italic)) {
        toggleItalic();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void SectionTextEdit::insertFromMimeData(const QMimeData* source)
{
    // Pasted text keeps its structure (headings, lists, emphasis, links, tables) but not its
    // scripts, images, fonts, colours or styles: it is cleaned to the document model.
    if (source->hasHtml()) {
        QTextDocument clean;
        clean.setMarkdown(RichText::clean(source->html(), RichText::Format::Html),
                          RichText::kFeatures);
        textCursor().insertFragment(QTextDocumentFragment(&clean));
        return;
    }
    if (source->hasText()) {
        textCursor().insertText(source->text());
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace sna
