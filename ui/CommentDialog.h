#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sna {

// Writing a comment or a reply: the text, and who is making it (remembered for next time).
class CommentDialog : public QDialog {
    Q_OBJECT
public:
    CommentDialog(const QString& title, const QString& context, const QStringList& authorities,
                  QWidget* parent = nullptr);

    QString text() const;
    QString author() const;
    QString authority() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* authorEdit() const { return m_author; }
    QComboBox* authorityChoice() const { return m_authority; }

    void accept() override;

private:
    QLabel* m_context;
    QPlainTextEdit* m_text;
    QLineEdit* m_author;
    QComboBox* m_authority;
};

} // namespace sna
