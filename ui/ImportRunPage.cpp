#include "ImportRunPage.h"

#include "ImportJob.h"
#include "ImportWizard.h"
#include "ProjectSession.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace sna {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setFinalPage(true);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_message, 1);
    connect(wizard->job(), &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (total > 0 && m_wizard->currentPage() == this)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(wizard->job(), &ImportJob::ran, this, [this](const Result<ImportReport>& result) {
        if (m_wizard->currentPage() != this)
            return;
        m_finished = true;
        m_succeeded = result.ok();
        const QLocale locale;
        if (result) {
            const ImportReport& r = result.value();
            m_wizard->result = r;
            m_progress->setValue(1000);
            QStringList lines;
            if (r.skippedAsDuplicate) {
                lines
                    << tr("“%1” was skipped: the project already holds its data.").arg(r.fileName);
            } else {
                lines << tr("“%1” was imported as dataset %2.").arg(r.fileName).arg(r.datasetId);
                lines << tr("Rows read: %1").arg(locale.toString(r.rowsRead));
                lines << tr("Rows stored: %1").arg(locale.toString(r.rowsStored));
                lines << tr("Rows rejected: %1").arg(locale.toString(r.rowsRejected));
                for (qint64 id : r.replacedDatasetIds)
                    lines << tr("Dataset %1 was replaced.").arg(id);
                lines << r.notes;
            }
            m_message->setText(lines.join(QLatin1Char('\n')));
            m_message->setStyleSheet(QString());
            (void)m_wizard->session().reloadData();
            Q_EMIT m_wizard->imported(r);
        } else {
            m_message->setText(result.error().fullText());
            m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        }
        Q_EMIT completeChanged();
        Q_EMIT finished();
    });
    retranslateUi();
}

QString ImportRunPage::message() const
{
    return m_message->text();
}

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_succeeded = false;
    m_progress->setValue(0);
    m_message->clear();
    // Pending edits first: the import writes through another connection.
    if (m_wizard->session().isModified())
        (void)m_wizard->session().save();
    m_wizard->job()->run(m_wizard->session().path(), m_wizard->filePath, m_wizard->options());
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

void ImportRunPage::retranslateUi()
{
    setTitle(tr("Import"));
    m_label->setText(tr("Importing in one transaction: Cancel stops it and leaves the project "
                        "exactly as it was."));
}

void ImportRunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace sna
