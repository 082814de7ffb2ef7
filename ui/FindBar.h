#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sna {

// Find in the document: a text field with Previous and Next, shown with Ctrl+F and closed with
// Escape. The panel that owns it does the searching.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);
    QLineEdit* field() const { return m_field; }
    QString text() const;
    void setResult(const QString& text);
    void start(); // shows the bar and selects its text

Q_SIGNALS:
    void findRequested(const QString& text, bool backwards);
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_label;
    QLineEdit* m_field;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_close;
    QLabel* m_result;
};

} // namespace sna
