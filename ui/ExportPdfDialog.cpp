#include "ExportPdfDialog.h"

#include "foundation/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

ExportPdfDialog::ExportPdfDialog(const QString& suggestedPath, bool coversWales, QWidget* parent)
    : QDialog(parent)
{
    m_documentLabel = new QLabel(this);
    m_document = new QComboBox(this);
    m_document->addItem(QString(), int(DocumentKind::Strategy));
    m_document->addItem(QString(), int(DocumentKind::Sna));
    m_documentLabel->setBuddy(m_document);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Language names are written in their own language, as language pickers do.
    m_language->addItem(QStringLiteral("Cymraeg"), langCode(Lang::Cy));
    m_language->addItem(QStringLiteral("English"), langCode(Lang::En));
    m_language->setCurrentIndex(m_language->findData(langCode(UiLanguage::instance().current())));
    m_languageLabel->setBuddy(m_language);
    m_draft = new QCheckBox(this);
    m_draft->setChecked(true);
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(suggestedPath, this);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_walesNote = new QLabel(this);
    m_walesNote->setWordWrap(true);
    m_walesNote->setVisible(coversWales);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_documentLabel, m_document);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_draft);
    form->addRow(m_pathLabel, pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_walesNote);
    layout->addWidget(m_buttons);
    connect(m_browse, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_path->text().trimmed().isEmpty());
    });
    setMinimumWidth(520);
    retranslateUi();
}

DocumentKind ExportPdfDialog::document() const
{
    return DocumentKind(m_document->currentData().toInt());
}

Lang ExportPdfDialog::language() const
{
    return langFromCode(m_language->currentData().toString()).value_or(Lang::En);
}

bool ExportPdfDialog::draft() const
{
    return m_draft->isChecked();
}

QString ExportPdfDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

void ExportPdfDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export PDF"), m_path->text(),
                                                        tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportPdfDialog::retranslateUi()
{
    setWindowTitle(tr("Export PDF"));
    m_documentLabel->setText(tr("&Document:"));
    m_document->setItemText(0, tr("Strategy"));
    m_document->setItemText(1, tr("Strategic needs assessment"));
    m_languageLabel->setText(tr("&Language of the document:"));
    m_draft->setText(tr("Mark every page as a &draft"));
    m_pathLabel->setText(tr("Save &as:"));
    m_browse->setText(tr("&Browse…"));
    m_walesNote->setText(tr("This partnership covers an area in Wales: publish the Welsh and the "
                            "English version together."));
}

void ExportPdfDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sna
