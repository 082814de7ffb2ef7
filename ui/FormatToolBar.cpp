#include "FormatToolBar.h"

#include "SectionTextEdit.h"
#include "document/RichText.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>

namespace sna {

FormatToolBar::FormatToolBar(QWidget* parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("FormatToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto make = [this](const QKeySequence& shortcut, void (FormatToolBar::*slot)()) {
        auto* action = addAction(QString());
        action->setShortcut(shortcut);
        // The shortcuts belong to the editor panel, so they never reach other panels.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // Bold and italic keys are handled by the editors themselves (see SectionTextEdit).
    m_bold = make(QKeySequence(), &FormatToolBar::toggleBold);
    m_italic = make(QKeySequence(), &FormatToolBar::toggleItalic);
    addSeparator();
    m_bullets = addAction(QString());
    m_bullets->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_bullets->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(false); });
    m_numbers = addAction(QString());
    m_numbers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    m_numbers->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(true); });
    m_heading = make(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H), &FormatToolBar::cycleHeading);
    addSeparator();
    m_link = make(QKeySequence(Qt::CTRL | Qt::Key_K), &FormatToolBar::chooseLink);
    m_table = make(QKeySequence(), &FormatToolBar::insertTable);
    retranslateUi();
}

void FormatToolBar::addEditor(SectionTextEdit* editor)
{
    connect(editor, &SectionTextEdit::focused, this, [this, editor] { m_target = editor; });
    if (!m_target)
        m_target = editor;
    // The panel holding the editors also holds the shortcuts.
    for (QAction* action : actions()) {
        if (!action->isSeparator() && !action->shortcut().isEmpty())
            parentWidget()->addAction(action);
    }
}

void FormatToolBar::toggleBold()
{
    if (m_target)
        m_target->toggleBold();
}

void FormatToolBar::toggleItalic()
{
    if (m_target)
        m_target->toggleItalic();
}

void FormatToolBar::toggleList(bool numbered)
{
    if (!m_target)
        return;
    QTextCursor cursor = m_target->textCursor();
    const QTextListFormat::Style style =
        numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        // Already this kind of list: the paragraphs leave it.
        const QTextBlock first = m_target->document()->findBlock(cursor.selectionStart());
        const QTextBlock last = m_target->document()->findBlock(cursor.selectionEnd());
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            list->remove(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            QTextCursor(block).setBlockFormat(format);
            if (block == last)
                break;
        }
    } else if (QTextList* other = cursor.currentList()) {
        QTextListFormat format = other->format();
        format.setStyle(style);
        other->setFormat(format);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
}

void FormatToolBar::cycleHeading()
{
    if (!m_target)
        return;
    // Paragraph → heading → sub-heading → paragraph; section titles are the top level.
    QTextCursor cursor = m_target->textCursor();
    const int level = cursor.blockFormat().headingLevel();
    const int next = level == 0 ? 2 : level == 2 ? 3 : 0;
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(next);
    cursor.setBlockFormat(block);
    QTextCharFormat characters;
    characters.setFontWeight(next == 0 ? QFont::Normal : QFont::Bold);
    characters.setProperty(QTextFormat::FontSizeAdjustment, next == 2 ? 1 : 0);
    QTextCursor whole(cursor.block());
    whole.select(QTextCursor::BlockUnderCursor);
    whole.mergeCharFormat(characters);
    cursor.mergeBlockCharFormat(characters);
    cursor.endEditBlock();
}

bool FormatToolBar::insertLink(const QString& url)
{
    if (!m_target || !RichText::isSafeLink(url))
        return false;
    QTextCursor cursor = m_target->textCursor();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url.trimmed());
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    else
        cursor.insertText(url.trimmed(), format);
    return true;
}

void FormatToolBar::chooseLink()
{
    if (!m_target)
        return;
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Insert link"), tr("Web address (https://…) or e-mail address (mailto:…):"),
        QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    if (!insertLink(url))
        QMessageBox::warning(this, tr("Insert link"),
                             tr("“%1” is not a web or e-mail address. Links must start with "
                                "https://, http:// or mailto:.")
                                 .arg(url));
}

void FormatToolBar::insertTable()
{
    if (!m_target)
        return;
    QTextTableFormat format;
    format.setBorder(1);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    QTextCursor cursor = m_target->textCursor();
    cursor.insertTable(2, 2, format);
    m_target->setTextCursor(cursor); // in the first cell, ready to type
}

void FormatToolBar::retranslateUi()
{
    setWindowTitle(tr("Formatting"));
    m_bold->setText(tr("Bold"));
    m_bold->setToolTip(
        tr("Bold (%1)").arg(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    m_italic->setText(tr("Italic"));
    m_italic->setToolTip(
        tr("Italic (%1)")
            .arg(QKeySequence(QKeySequence::Italic).toString(QKeySequence::NativeText)));
    m_bullets->setText(tr("Bullets"));
    m_bullets->setToolTip(
        tr("Bulleted list (%1)").arg(m_bullets->shortcut().toString(QKeySequence::NativeText)));
    m_numbers->setText(tr("Numbers"));
    m_numbers->setToolTip(
        tr("Numbered list (%1)").arg(m_numbers->shortcut().toString(QKeySequence::NativeText)));
    m_heading->setText(tr("Heading"));
    m_heading->setToolTip(tr("Heading, sub-heading or paragraph (%1)")
                              .arg(m_heading->shortcut().toString(QKeySequence::NativeText)));
    m_link->setText(tr("Link…"));
    m_link->setToolTip(tr("Link (%1)").arg(m_link->shortcut().toString(QKeySequence::NativeText)));
    m_table->setText(tr("Table"));
    m_table->setToolTip(tr("Insert a table of two rows and two columns"));
}

void FormatToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

} // namespace sna
