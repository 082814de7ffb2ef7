#include "ImportValidationPage.h"

#include "ImportJob.h"
#include "ImportWizard.h"
#include "ProjectSession.h"
#include "RowProblemModel.h"
#include "import/FormatRegistry.h"
#include "import/SourceAuthority.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

namespace {
QString monthLabel(int yyyymm)
{
    if (yyyymm <= 0)
        return {};
    return QLocale().toString(QDate(yyyymm / 100, yyyymm % 100, 1), QStringLiteral("MMM yyyy"));
}
} // namespace

ImportValidationPage::ImportValidationPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setCommitPage(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new RowProblemModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_problems);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_rowsBox = new QGroupBox(this);
    m_refuseFile = new QRadioButton(m_rowsBox);
    m_storeGood = new QRadioButton(m_rowsBox);
    auto* rows = new QVBoxLayout(m_rowsBox);
    rows->addWidget(m_refuseFile);
    rows->addWidget(m_storeGood);
    auto* rowsGroup = new QButtonGroup(this);
    rowsGroup->addButton(m_refuseFile);
    rowsGroup->addButton(m_storeGood);

    m_overlapBox = new QGroupBox(this);
    m_overlaps = new QLabel(m_overlapBox);
    m_overlaps->setWordWrap(true);
    m_replace = new QRadioButton(m_overlapBox);
    m_skip = new QRadioButton(m_overlapBox);
    auto* overlap = new QVBoxLayout(m_overlapBox);
    overlap->addWidget(m_overlaps);
    overlap->addWidget(m_replace);
    overlap->addWidget(m_skip);
    auto* overlapGroup = new QButtonGroup(this);
    overlapGroup->addButton(m_replace);
    overlapGroup->addButton(m_skip);

    m_provenanceBox = new QGroupBox(this);
    m_basisLabel = new QLabel(m_provenanceBox);
    m_basis = new QLineEdit(m_provenanceBox);
    m_basis->setObjectName(QStringLiteral("importBasis"));
    m_basisLabel->setBuddy(m_basis);
    m_receivedLabel = new QLabel(m_provenanceBox);
    m_received = new QDateEdit(m_provenanceBox);
    m_received->setCalendarPopup(true);
    m_receivedLabel->setBuddy(m_received);
    m_istvLabel = new QLabel(m_provenanceBox);
    m_istv = new QComboBox(m_provenanceBox);
    m_istvLabel->setBuddy(m_istv);
    auto* provenance = new QFormLayout(m_provenanceBox);
    provenance->addRow(m_basisLabel, m_basis);
    provenance->addRow(m_receivedLabel, m_received);
    provenance->addRow(m_istvLabel, m_istv);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_rowsBox);
    layout->addWidget(m_overlapBox);
    layout->addWidget(m_provenanceBox);

    for (QRadioButton* button : {m_refuseFile, m_storeGood, m_replace, m_skip})
        connect(button, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_basis, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_istv, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(wizard->job(), &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (total > 0 && m_wizard->currentPage() == this)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(wizard->job(), &ImportJob::ran, this, [this](const Result<ImportReport>& result) {
        if (m_wizard->currentPage() != this)
            return;
        m_report.reset();
        m_error.clear();
        if (result)
            m_report = result.value();
        else
            m_error = result.error().fullText();
        showReport();
    });
    retranslateUi();
}

QString ImportValidationPage::summary() const
{
    return m_summary->text();
}

void ImportValidationPage::initializePage()
{
    m_report.reset();
    m_error.clear();
    m_problems->setProblems({});
    for (QRadioButton* button : {m_refuseFile, m_storeGood, m_replace, m_skip}) {
        button->setAutoExclusive(false);
        button->setChecked(false);
        button->setAutoExclusive(true);
    }
    // Provenance defaults: what the format or the saved mapping says.
    const QString authority = m_wizard->authorityType;
    const bool publicData = authority == SourceAuthorities::publicData();
    QString basis = m_wizard->sharingBasis;
    if (basis.isEmpty() && m_wizard->format == QLatin1String(FormatRegistry::kMapped))
        basis = m_wizard->mapping.sharingBasis;
    if (basis.isEmpty() && publicData) {
        if (auto importer = FormatRegistry::create(m_wizard->format))
            basis = importer->defaultBasis();
    }
    m_basis->setText(basis);
    m_received->setDate(QFileInfo(m_wizard->filePath).lastModified().date());
    m_istv->setCurrentIndex(std::max(0, m_istv->findData(publicData ? 0 : 1)));
    m_istv->setEnabled(!publicData);

    m_rowsBox->hide();
    m_overlapBox->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Checking every row as it will be imported (nothing is stored yet)…"));
    ImportOptions options = m_wizard->options();
    options.dryRun = true;
    m_wizard->job()->run(m_wizard->session().path(), m_wizard->filePath, options);
    Q_EMIT completeChanged();
}

void ImportValidationPage::showReport()
{
    m_progress->hide();
    if (!m_report) {
        m_summary->setText(m_error);
        m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
        Q_EMIT completeChanged();
        return;
    }
    m_summary->setStyleSheet(QString());
    const ImportReport& r = *m_report;
    const QLocale locale;
    QString period;
    if (r.periodStart > 0) {
        period = monthLabel(r.periodStart);
        if (r.periodEnd != r.periodStart)
            period = tr("%1 to %2").arg(period, monthLabel(r.periodEnd));
    } else {
        period = tr("no period (reference data)");
    }
    QStringList lines;
    lines << tr("Format: %1").arg(r.formatName);
    lines << tr("Rows read: %1").arg(locale.toString(r.rowsRead));
    lines << tr("Rows that will be stored: %1").arg(locale.toString(r.rowsStored));
    lines << tr("Rows rejected: %1").arg(locale.toString(r.rowsRejected));
    lines << tr("Period covered: %1").arg(period);
    for (const QString& note : r.notes)
        lines << note;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_problems->setProblems(r.problems.mid(0, 500));
    m_view->setVisible(!r.problems.isEmpty());
    m_view->resizeColumnsToContents();
    m_rowsBox->setVisible(r.rowsRejected > 0);
    QStringList overlaps;
    for (const DatasetOverlap& overlap : r.overlaps) {
        overlaps << (overlap.sameFile
                         ? tr("Dataset %1, “%2”: the same file, imported %3.")
                               .arg(overlap.datasetId)
                               .arg(overlap.fileName, overlap.importedAt.left(10))
                         : tr("Dataset %1, “%2”: the same source for %3.")
                               .arg(overlap.datasetId)
                               .arg(overlap.fileName,
                                    overlap.periodStart ? tr("%1 to %2")
                                                              .arg(monthLabel(overlap.periodStart),
                                                                   monthLabel(overlap.periodEnd))
                                                        : tr("the same coverage")));
    }
    m_overlaps->setText(overlaps.join(QLatin1Char('\n')));
    m_overlapBox->setVisible(!overlaps.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportValidationPage::isComplete() const
{
    if (!m_report)
        return false;
    if (m_report->rowsRejected > 0 && !m_storeGood->isChecked())
        return false;
    if (m_report->rowsStored == 0)
        return false;
    if (!m_report->overlaps.isEmpty() && !m_replace->isChecked() && !m_skip->isChecked())
        return false;
    const QString authority = m_wizard->authorityType;
    if (authority != SourceAuthorities::publicData() && m_basis->text().trimmed().isEmpty())
        return false;
    return SourceAuthorities::allowsIstvLevel(authority, m_istv->currentData().toInt());
}

bool ImportValidationPage::validatePage()
{
    m_wizard->onError = m_storeGood->isChecked() ? OnRowError::Skip : OnRowError::Reject;
    m_wizard->onDuplicate = m_replace->isChecked() ? OnDuplicate::Replace
                            : m_skip->isChecked()  ? OnDuplicate::Skip
                                                   : OnDuplicate::Refuse;
    m_wizard->sharingBasis = m_basis->text().trimmed();
    m_wizard->receivedOn = m_received->date();
    m_wizard->istvLevel = m_istv->currentData().toInt();
    return true;
}

void ImportValidationPage::retranslateUi()
{
    setTitle(tr("Check and record"));
    setSubTitle(tr("The whole file checked as it will be imported; nothing is stored until you "
                   "press Import."));
    m_rowsBox->setTitle(tr("Rows with problems"));
    m_refuseFile->setText(tr("Do not import the file: correct it first"));
    m_storeGood->setText(tr("Store the good rows and keep a report of the rejected ones"));
    m_overlapBox->setTitle(tr("Data the project already holds"));
    m_replace->setText(tr("Replace the earlier import(s) with this file"));
    m_skip->setText(tr("Skip this file"));
    m_provenanceBox->setTitle(tr("Provenance"));
    m_basisLabel->setText(tr("Sharing &basis:"));
    m_basis->setPlaceholderText(tr("e.g. PCSC Act 2022 s.16, or a data sharing agreement "
                                   "reference"));
    m_receivedLabel->setText(tr("Date &received:"));
    m_istvLabel->setText(tr("&ISTV level:"));
    const int istv = m_istv->currentData().toInt();
    const QSignalBlocker block(m_istv);
    m_istv->clear();
    m_istv->addItem(tr("Not applicable (open data)"), 0);
    m_istv->addItem(tr("1 — to inform the needs assessment"), 1);
    m_istv->addItem(tr("2 — hotspot locations"), 2);
    m_istv->addItem(tr("3 — individuals at risk"), 3);
    m_istv->setCurrentIndex(std::max(0, m_istv->findData(istv)));
    if (m_report)
        showReport();
}

void ImportValidationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace sna
