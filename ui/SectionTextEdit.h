#pragma once

#include <QTextEdit>

namespace sna {

// Rich-text editing of one section in one language, stored as Markdown. Undo and redo belong
// to the project's undo stack, not to the editor, so the editor lets those shortcuts through
// to the application's actions.
class SectionTextEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit SectionTextEdit(QWidget* parent = nullptr);

    QString markdown() const;
    // Ctrl+B and Ctrl+I act here, before any window shortcut (Ctrl+I also imports data).
    void toggleBold();
    void toggleItalic();
    // Replaces the content without reporting an edit.
    void setMarkdownSilently(const QString& markdown);

Q_SIGNALS:
    void markdownEdited(const QString& markdown);
    void focused();

protected:
    void focusInEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    bool m_loading = false;
};

} // namespace sna
