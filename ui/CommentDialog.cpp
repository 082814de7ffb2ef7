#include "CommentDialog.h"

#include "foundation/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sna {

CommentDialog::CommentDialog(const QString& title, const QString& context,
                             const QStringList& authorities, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("CommentDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_context = new QLabel(context, this);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    layout->addWidget(m_context);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("CommentText"));
    layout->addWidget(m_text, 1);
    auto* form = new QFormLayout;
    const AppSettings settings;
    m_author = new QLineEdit(settings.reviewerName(), this);
    m_author->setObjectName(QStringLiteral("CommentAuthor"));
    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("CommentAuthority"));
    m_authority->setEditable(true);
    m_authority->addItem(QString());
    m_authority->addItems(authorities);
    m_authority->setCurrentText(settings.reviewerAuthority());
    form->addRow(tr("Your name:"), m_author);
    form->addRow(tr("Authority:"), m_authority);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommentDialog::reject);
    layout->addWidget(buttons);
    resize(520, 360);
    m_text->setFocus();
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString CommentDialog::author() const
{
    return m_author->text().trimmed();
}

QString CommentDialog::authority() const
{
    return m_authority->currentText().trimmed();
}

void CommentDialog::accept()
{
    if (text().isEmpty() || author().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Write the comment and your name."));
        return;
    }
    AppSettings settings;
    settings.setReviewerName(author());
    settings.setReviewerAuthority(authority());
    QDialog::accept();
}

} // namespace sna
