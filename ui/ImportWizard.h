#pragma once

#include "import/ColumnMapping.h"
#include "import/FilePreview.h"
#include "import/ImportPipeline.h"
#include "import/ImportReport.h"

#include <QWizard>

#include <optional>

namespace sna {

class ImportFilePage;
class ImportGuardPage;
class ImportJob;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportValidationPage;
class ProjectSession;

// The import wizard: pick a file → its detected format and the first rows as parsed → a
// column mapping (for formats not recognised) → what the personal-data guard found, with a
// decision per flagged column → the validation summary (rejected rows, duplicates, provenance)
// → the import, with a progress bar and a working Cancel, off the interface thread.
//
// The personal-data scan starts as soon as the file is chosen, before anything else is done
// with it; a health or social-care file with identifiers goes straight to its refusal.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        FilePageId,
        PreviewPageId,
        MappingPageId,
        GuardPageId,
        ValidationPageId,
        RunPageId
    };

    ImportWizard(ProjectSession& session, QWidget* parent = nullptr,
                 const QString& filePath = QString());
    ~ImportWizard() override;

    ProjectSession& session() { return m_session; }
    ImportJob* scanJob() const { return m_scanJob; }
    ImportJob* job() const { return m_job; }

    // What the pages have established so far.
    QString filePath;
    TextEncoding encoding = TextEncoding::Auto;
    QString partner;
    QString authorityType;
    FilePreview preview;
    QString format; // a format id, or "mapped"
    ColumnMapping mapping;
    std::optional<FileScan> scan; // the guard's findings over the whole file
    QString scanError;
    QStringList dropColumns;
    QStringList confirmColumns;
    // Chosen on the validation page.
    OnRowError onError = OnRowError::Reject;
    OnDuplicate onDuplicate = OnDuplicate::Refuse;
    QString sharingBasis;
    QDate receivedOn;
    int istvLevel = -1;
    std::optional<ImportReport> result;

    // The guard's verdict for the chosen source: refused outright (health, social care).
    bool refusedByGuard() const;
    // Starts the personal-data scan of the chosen file (again, if the file or encoding changed).
    void startScan();
    // The options of the import as chosen so far.
    ImportOptions options() const;

    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportGuardPage* guardPage() const { return m_guardPage; }
    ImportValidationPage* validationPage() const { return m_validationPage; }
    ImportRunPage* runPage() const { return m_runPage; }

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    void scanFinished();
    void imported(const sna::ImportReport& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ProjectSession& m_session;
    ImportJob* m_scanJob;
    ImportJob* m_job;
    QString m_scannedPath;
    TextEncoding m_scannedEncoding = TextEncoding::Auto;
    ImportFilePage* m_filePage;
    ImportPreviewPage* m_previewPage;
    ImportMappingPage* m_mappingPage;
    ImportGuardPage* m_guardPage;
    ImportValidationPage* m_validationPage;
    ImportRunPage* m_runPage;
};

} // namespace sna
