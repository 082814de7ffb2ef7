#pragma once

#include <QPointer>
#include <QToolBar>

class QAction;

namespace sna {

class SectionTextEdit;

// Formatting for the section editors, limited to what the document model holds: bold, italic,
// bulleted and numbered lists, headings, links and simple tables. It acts on whichever editor
// had the focus last; every change goes to the project's undo stack like typing does.
class FormatToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit FormatToolBar(QWidget* parent = nullptr);
    void addEditor(SectionTextEdit* editor);
    SectionTextEdit* target() const { return m_target; }
    void setTarget(SectionTextEdit* editor) { m_target = editor; }

    QAction* boldAction() const { return m_bold; }
    QAction* italicAction() const { return m_italic; }
    QAction* bulletsAction() const { return m_bullets; }
    QAction* numbersAction() const { return m_numbers; }
    QAction* headingAction() const { return m_heading; }
    QAction* linkAction() const { return m_link; }
    QAction* tableAction() const { return m_table; }

    // The operations themselves, for the actions and for tests.
    void toggleBold();
    void toggleItalic();
    void toggleList(bool numbered);
    void cycleHeading();
    bool insertLink(const QString& url);
    void insertTable();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseLink();

    QPointer<SectionTextEdit> m_target;
    QAction* m_bold;
    QAction* m_italic;
    QAction* m_bullets;
    QAction* m_numbers;
    QAction* m_heading;
    QAction* m_link;
    QAction* m_table;
};

} // namespace sna
