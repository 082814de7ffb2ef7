#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportGuardPage.h"
#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportRunPage.h"
#include "ImportValidationPage.h"
#include "import/FormatRegistry.h"
#include "import/PersonalDataGuard.h"
#include "import/SourceAuthority.h"

#include <QEvent>

namespace sna {

ImportWizard::ImportWizard(ProjectSession& session, QWidget* parent, const QString& path)
    : QWizard(parent)
    , m_session(session)
    , m_scanJob(new ImportJob(this))
    , m_job(new ImportJob(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setOption(QWizard::HaveHelpButton, false);
    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_guardPage = new ImportGuardPage(this);
    m_validationPage = new ImportValidationPage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(GuardPageId, m_guardPage);
    setPage(ValidationPageId, m_validationPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    connect(m_scanJob, &ImportJob::scanned, this, [this](const Result<FileScan>& result) {
        if (result) {
            scan = result.value();
            scanError.clear();
        } else {
            scan.reset();
            scanError = result.error().fullText();
        }
        Q_EMIT scanFinished();
    });
    resize(960, 640);
    retranslateUi();
    if (!path.isEmpty())
        m_filePage->setFilePath(path);
}

ImportWizard::~ImportWizard()
{
    m_scanJob->cancel();
    m_job->cancel();
    m_scanJob->wait();
    m_job->wait();
}

void ImportWizard::startScan()
{
    if (scan && m_scannedPath == filePath && m_scannedEncoding == encoding)
        return;
    if (m_scanJob->isRunning()) {
        m_scanJob->cancel();
        m_scanJob->wait(); // delivers the cancelled scan's result first
    }
    scan.reset();
    scanError.clear();
    m_scannedPath = filePath;
    m_scannedEncoding = encoding;
    m_scanJob->scan(filePath, encoding);
}

bool ImportWizard::refusedByGuard() const
{
    if (!scan)
        return false;
    GuardReport report = scan->guard;
    return SourceAuthorities::mustBeAnonymous(authorityType) && report.identifiersFound();
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.format = format;
    if (format == QLatin1String(FormatRegistry::kMapped))
        options.mapping = mapping;
    options.encoding = encoding;
    options.provenance.partner = partner;
    options.provenance.authorityType = authorityType;
    options.dropColumns = dropColumns;
    options.confirmColumns = confirmColumns;
    options.onError = onError;
    options.onDuplicate = onDuplicate;
    options.provenance.sharingBasis = sharingBasis;
    options.provenance.receivedOn = receivedOn;
    options.provenance.istvLevel = istvLevel;
    return options;
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePageId:
        return PreviewPageId;
    case PreviewPageId:
        // A refused file has nothing more to map or check: its refusal is next.
        if (refusedByGuard())
            return GuardPageId;
        return format == QLatin1String(FormatRegistry::kMapped) ? MappingPageId : GuardPageId;
    case MappingPageId:
        return GuardPageId;
    case GuardPageId:
        return ValidationPageId;
    case ValidationPageId:
        return RunPageId;
    default:
        return -1;
    }
}

void ImportWizard::reject()
{
    // Cancel stops a running import first (it rolls back); a second Cancel closes.
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    m_scanJob->cancel();
    QWizard::reject();
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import data"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace sna
