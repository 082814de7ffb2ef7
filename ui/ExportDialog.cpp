#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

namespace {
const QString kBoth = QStringLiteral("both");
}

ExportDialog::ExportDialog(const QString& suggestedPath, bool coversWales, QWidget* parent)
    : QDialog(parent)
{
    m_documentLabel = new QLabel(this);
    m_document = new QComboBox(this);
    for (PublicationKind kind :
         {PublicationKind::Strategy, PublicationKind::SnaSummary, PublicationKind::Sna})
        m_document->addItem(QString(), publicationKindId(kind));
    m_documentLabel->setBuddy(m_document);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Language names are written in their own language, as language pickers do.
    m_language->addItem(QString(), kBoth);
    m_language->addItem(QStringLiteral("Cymraeg"), langCode(Lang::Cy));
    m_language->addItem(QStringLiteral("English"), langCode(Lang::En));
    // In Wales both languages are published together; elsewhere the strategy is in English.
    m_language->setCurrentIndex(coversWales ? 0 : m_language->findData(langCode(Lang::En)));
    m_languageLabel->setBuddy(m_language);
    m_layoutLabel = new QLabel(this);
    m_layout = new QComboBox(this);
    for (Layout layout : {Layout::Separate, Layout::WelshFirst, Layout::Columns})
        m_layout->addItem(QString(), layoutId(layout));
    m_layoutLabel->setBuddy(m_layout);
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Odt})
        m_format->addItem(QString(), formatId(format));
    m_formatLabel->setBuddy(m_format);
    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateLabel->setBuddy(m_date);
    m_draft = new QCheckBox(this);
    m_draft->setChecked(true);
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(suggestedPath, this);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_files = new QLabel(this);
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    form->addRow(m_layoutLabel, m_layout);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_dateLabel, m_date);
    form->addRow(QString(), m_draft);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(QString(), m_files);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_walesNote);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* box : {m_document, m_language, m_layout, m_format})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::update);
    setMinimumWidth(560);
    retranslateUi();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.document = publicationKindFromId(m_document->currentData().toString())
                           .value_or(PublicationKind::Strategy);
    const QString language = m_language->currentData().toString();
    if (language != kBoth)
        request.lang = langFromCode(language);
    request.layout =
        request.lang ? Layout::Separate
                     : layoutFromId(m_layout->currentData().toString()).value_or(Layout::Separate);
    request.format = formatFromId(m_format->currentData().toString()).value_or(ExportFormat::Pdf);
    request.draft = m_draft->isChecked();
    request.date = m_date->date();
    return request;
}

QString ExportDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return path;
    const ExportRequest r = request();
    const QString suffix = QLatin1Char('.') + formatId(r.format);
    // Drop an extension of another format, then add this one (for two matching files the
    // exporter turns it into -cy/-en).
    for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Odt}) {
        const QString other = QLatin1Char('.') + formatId(format);
        if (path.endsWith(other, Qt::CaseInsensitive))
            path.chop(other.size());
    }
    return path + suffix;
}

QStringList ExportDialog::outputPaths() const
{
    const QString path = filePath();
    return path.isEmpty() ? QStringList() : PublicationExporter::outputPaths(path, request());
}

void ExportDialog::update()
{
    m_layout->setEnabled(m_language->currentData().toString() == kBoth);
    QStringList names;
    for (const QString& path : outputPaths())
        names << QFileInfo(path).fileName();
    m_files->setText(names.isEmpty()
                         ? QString()
                         : tr("Files written: %1").arg(names.join(QStringLiteral(", "))));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!names.isEmpty());
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export"), filePath(),
        tr("PDF documents (*.pdf);;Web pages (*.html);;OpenDocument text (*.odt)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_documentLabel->setText(tr("&Document:"));
    m_document->setItemText(0, tr("Strategy"));
    m_document->setItemText(1, tr("Strategic needs assessment: public summary"));
    m_document->setItemText(2, tr("Strategic needs assessment: full version (restricted)"));
    m_languageLabel->setText(tr("&Language of the document:"));
    m_language->setItemText(0, tr("Welsh and English"));
    m_layoutLabel->setText(tr("&Bilingual layout:"));
    m_layout->setItemText(0, tr("Two matching documents"));
    m_layout->setItemText(1, tr("One document, Welsh first"));
    m_layout->setItemText(2, tr("Parallel columns, Welsh on the left"));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("PDF"));
    m_format->setItemText(1, tr("Accessible web page (HTML)"));
    m_format->setItemText(2, tr("Editable document (ODT, opens in Word)"));
    m_dateLabel->setText(tr("&Publication date:"));
    m_draft->setText(tr("Mark every page as a &draft"));
    m_pathLabel->setText(tr("Save &as:"));
    m_browse->setText(tr("&Browse…"));
    m_walesNote->setText(tr("This partnership covers an area in Wales: publish the Welsh and the "
                            "English version together."));
    update();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sna
