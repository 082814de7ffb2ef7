#include "ImportGuardPage.h"

#include "ChoiceDelegate.h"
#include "GuardFindingsModel.h"
#include "ImportJob.h"
#include "ImportWizard.h"
#include "import/SourceAuthority.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

ImportGuardPage::ImportGuardPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new GuardFindingsModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("guardView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_anonymised = new QLabel(this);
    m_anonymised->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_anonymised);
    connect(m_model, &GuardFindingsModel::decisionsChanged, this, &QWizardPage::completeChanged);
    connect(wizard->scanJob(), &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(wizard, &ImportWizard::scanFinished, this, [this] {
        if (m_wizard->currentPage() == this)
            showScan();
    });
    retranslateUi();
}

QString ImportGuardPage::message() const
{
    return m_message->text();
}

void ImportGuardPage::initializePage()
{
    showScan();
}

void ImportGuardPage::showScan()
{
    const bool done = m_wizard->scan.has_value() || !m_wizard->scanError.isEmpty();
    m_progress->setVisible(!done);
    m_message->setStyleSheet(QString());
    if (!done) {
        m_message->setText(tr("Checking every row of the file…"));
        m_model->setReport({}, false);
        m_view->hide();
        m_anonymised->clear();
        Q_EMIT completeChanged();
        return;
    }
    if (!m_wizard->scanError.isEmpty()) {
        m_message->setText(m_wizard->scanError);
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_view->hide();
        Q_EMIT completeChanged();
        return;
    }
    const GuardReport& report = m_wizard->scan->guard;
    const bool refused = m_wizard->refusedByGuard();
    m_model->setReport(report, refused);
    // Keep decisions already made when coming back to the page.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString column = m_model->columns().value(row);
        if (m_wizard->dropColumns.contains(column))
            m_model->setChoice(row, GuardFindingsModel::Choice::Drop);
        else if (m_wizard->confirmColumns.contains(column))
            m_model->setChoice(row, GuardFindingsModel::Choice::Confirm);
    }
    m_view->setVisible(report.hasFindings());
    m_view->resizeColumnsToContents();
    if (refused) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(
            tr("“%1” cannot be imported: it comes from a %2 source, which may share only "
               "anonymous data (Serious Violence Duty guidance, paragraphs 178–179), and it holds "
               "personal identifiers in the columns below. Ask the partner for an anonymised, "
               "aggregated extract and delete this file securely.")
                .arg(QFileInfo(m_wizard->filePath).fileName(),
                     SourceAuthorities::label(m_wizard->authorityType)));
    } else if (report.hasFindings()) {
        m_message->setText(tr("These columns may hold personal data. Decide for each one: drop "
                              "it (it is not stored), or keep it if you are sure it may be "
                              "held. Your decisions are recorded with the dataset."));
    } else {
        m_message->setText(tr("No personal data was found in the %Ln row(s) of the file.", nullptr,
                              int(m_wizard->scan->rows)));
    }
    QStringList anonymised;
    for (const AnonymisedColumn& column : report.anonymised)
        anonymised << column.column;
    m_anonymised->setText(anonymised.isEmpty()
                              ? QString()
                              : tr("Recognised as anonymised by their publisher (locations "
                                   "snapped to map points): %1.")
                                    .arg(anonymised.join(QStringLiteral(", "))));
    Q_EMIT completeChanged();
}

bool ImportGuardPage::isComplete() const
{
    if (!m_wizard->scan || m_wizard->refusedByGuard())
        return false;
    return !m_wizard->scan->guard.hasFindings() || m_model->allDecided();
}

bool ImportGuardPage::validatePage()
{
    m_wizard->dropColumns = m_model->dropped();
    m_wizard->confirmColumns = m_model->confirmed();
    return true;
}

void ImportGuardPage::retranslateUi()
{
    setTitle(tr("Personal data"));
    m_intro->setText(tr("Every column was checked for names, dates of birth, NHS numbers, full "
                        "postcodes, e-mail addresses, phone numbers, street addresses and free "
                        "text."));
    if (m_wizard->currentPage() == this)
        showScan();
}

void ImportGuardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace sna
