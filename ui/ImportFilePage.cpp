#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "import/FormatRegistry.h"
#include "import/SourceAuthority.h"

#include <QComboBox>
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

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_browse = new QPushButton(this);
    m_partnerLabel = new QLabel(this);
    m_partner = new QLineEdit(this);
    m_partner->setObjectName(QStringLiteral("importPartner"));
    m_authorityLabel = new QLabel(this);
    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("importAuthority"));
    m_encodingLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_fileLabel->setBuddy(m_file);
    m_partnerLabel->setBuddy(m_partner);
    m_authorityLabel->setBuddy(m_authority);
    m_encodingLabel->setBuddy(m_encoding);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_partnerLabel, m_partner);
    form->addRow(m_authorityLabel, m_authority);
    form->addRow(m_encodingLabel, m_encoding);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import data"), QFileInfo(m_file->text()).absolutePath(),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFilePath(path);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        fileChanged();
        Q_EMIT completeChanged();
    });
    connect(m_authority, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_file->setText(path);
}

void ImportFilePage::setAuthorityType(const QString& code)
{
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(code)));
}

void ImportFilePage::fileChanged()
{
    m_error->clear();
    m_detected->clear();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return;
    auto preview = FilePreview::read(path, TextEncoding::Auto, 1);
    if (!preview)
        return;
    const QString format = preview.value().detectedFormat();
    if (format.isEmpty()) {
        m_detected->setText(tr("The format was not recognised from the header: you will map its "
                               "columns."));
        return;
    }
    m_detected->setText(tr("Recognised as %1.").arg(FormatRegistry::name(format)));
    // Published formats come from their publishers under the Open Government Licence.
    if (auto importer = FormatRegistry::create(format)) {
        if (m_partner->text().trimmed().isEmpty())
            m_partner->setText(importer->defaultPartner());
        if (m_authority->currentData().toString().isEmpty())
            setAuthorityType(importer->defaultAuthorityType());
    }
}

bool ImportFilePage::isComplete() const
{
    return !m_file->text().trimmed().isEmpty() && !m_authority->currentData().toString().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_file->text().trimmed();
    const auto encoding =
        textEncodingFromCode(m_encoding->currentData().toString()).value_or(TextEncoding::Auto);
    auto preview = FilePreview::read(path, encoding);
    if (!preview) {
        m_error->setText(preview.error().fullText());
        return false;
    }
    const bool newFile = path != m_wizard->filePath || encoding != m_wizard->encoding;
    m_wizard->filePath = path;
    m_wizard->encoding = encoding;
    m_wizard->partner = m_partner->text().trimmed();
    m_wizard->authorityType = m_authority->currentData().toString();
    m_wizard->preview = preview.value();
    if (newFile || m_wizard->format.isEmpty()) {
        const QString detected = preview.value().detectedFormat();
        m_wizard->format =
            detected.isEmpty() ? QString::fromLatin1(FormatRegistry::kMapped) : detected;
    }
    // The guard goes first: its scan of the whole file starts now.
    m_wizard->startScan();
    return true;
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("Choose the file"));
    m_intro->setText(tr("Choose a CSV file from a partner or a publisher. Every file is checked "
                        "for personal data before it is imported, and nothing is stored until "
                        "the last step."));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_partnerLabel->setText(tr("&Sent by:"));
    m_partner->setPlaceholderText(tr("Partner or publisher, e.g. Gwent Police"));
    m_authorityLabel->setText(tr("&Kind of source:"));
    m_encodingLabel->setText(tr("&Text encoding:"));

    const QString authority = m_authority->currentData().toString();
    const QSignalBlocker blockAuthority(m_authority);
    m_authority->clear();
    m_authority->addItem(tr("Choose…"), QString());
    for (const QString& code : SourceAuthorities::codes())
        m_authority->addItem(SourceAuthorities::label(code), code);
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(authority)));

    const QString encoding = m_encoding->currentData().toString();
    const QSignalBlocker blockEncoding(m_encoding);
    m_encoding->clear();
    m_encoding->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("Windows-1252 (Excel “CSV”)"), QStringLiteral("windows-1252"));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(encoding)));
    fileChanged();
}

void ImportFilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace sna
