#include "ImportPreviewPage.h"

#include "CsvPreviewModel.h"
#include "ImportWizard.h"
#include "import/FormatRegistry.h"
#include "import/HeaderIndex.h"
#include "import/SourceAuthority.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_formatLabel->setBuddy(m_format);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_model = new CsvPreviewModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    m_guard = new QLabel(this);
    m_guard->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_guard);
    layout->addWidget(m_error);
    connect(wizard, &ImportWizard::scanFinished, this, &ImportPreviewPage::updateGuardStatus);
    retranslateUi();
}

QString ImportPreviewPage::guardStatus() const
{
    return m_guard->text();
}

void ImportPreviewPage::initializePage()
{
    m_error->clear();
    m_model->setPreview(m_wizard->preview);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
    m_format->setCurrentIndex(std::max(0, m_format->findData(m_wizard->format)));
    const QLocale locale;
    const TextEncoding encoding = m_wizard->preview.encoding;
    m_details->setText(tr("%1 — %2; text encoding: %3. The first rows as they will be read:")
                           .arg(QFileInfo(m_wizard->filePath).fileName(),
                                locale.formattedDataSize(m_wizard->preview.fileSize),
                                encoding == TextEncoding::Windows1252 ? tr("Windows-1252")
                                : encoding == TextEncoding::Utf8      ? tr("UTF-8")
                                                                      : tr("plain ASCII")));
    updateGuardStatus();
}

void ImportPreviewPage::updateGuardStatus()
{
    if (!m_wizard->scan && m_wizard->scanError.isEmpty()) {
        m_guard->setText(tr("Checking the whole file for personal data…"));
        return;
    }
    if (!m_wizard->scanError.isEmpty()) {
        m_guard->setText(m_wizard->scanError);
        return;
    }
    const GuardReport& guard = m_wizard->scan->guard;
    if (m_wizard->refusedByGuard()) {
        m_guard->setText(tr("This file holds personal identifiers and comes from a %1 source: it "
                            "will be refused.")
                             .arg(SourceAuthorities::label(m_wizard->authorityType)));
    } else if (guard.hasFindings()) {
        m_guard->setText(tr("Columns that may hold personal data: %1. You will decide on each "
                            "before anything is imported.")
                             .arg(guard.flaggedColumns().join(QStringLiteral(", "))));
    } else {
        m_guard->setText(tr("Personal data check: nothing found in %Ln row(s).", nullptr,
                            int(m_wizard->scan->rows)));
    }
}

bool ImportPreviewPage::validatePage()
{
    m_wizard->format = m_format->currentData().toString();
    if (m_wizard->format == QLatin1String(FormatRegistry::kMapped))
        return true;
    auto importer = FormatRegistry::create(m_wizard->format);
    if (!importer)
        return false;
    if (auto resolved = importer->resolve(HeaderIndex(m_wizard->preview.header),
                                          QFileInfo(m_wizard->filePath).fileName());
        !resolved) {
        m_error->setText(resolved.error().message);
        return false;
    }
    return true;
}

void ImportPreviewPage::retranslateUi()
{
    setTitle(tr("Format and first rows"));
    setSubTitle(tr("Check that the columns are read as you expect."));
    m_formatLabel->setText(tr("F&ormat:"));
    const QString current = m_format->currentData().toString();
    const QSignalBlocker block(m_format);
    m_format->clear();
    for (const QString& id : FormatRegistry::ids())
        m_format->addItem(FormatRegistry::name(id), id);
    m_format->setCurrentIndex(std::max(0, m_format->findData(current)));
    if (!m_wizard->filePath.isEmpty())
        initializePage();
}

void ImportPreviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace sna
