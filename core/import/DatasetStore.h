#pragma once

#include "foundation/Result.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sna {

class Project;

struct DatasetInfo {
    qint64 id = 0;
    QString format;
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    QString importedAt; // ISO 8601, UTC
    QString importerVersion;
    QString partner;
    qint64 rowsRead = 0;
    qint64 rowsStored = 0;
    qint64 rowsRejected = 0;
    int periodStart = 0; // yyyymm, 0 when unknown
    int periodEnd = 0;
    // Provenance (format 3 onwards; older imports were all data.police.uk open data).
    QString authorityType;
    QString receivedOn; // ISO date
    QString sharingBasis;
    int istvLevel = 0;
    QString importedBy;
    QString encoding;
    QString mappingName;
};

// One recorded personal-data decision of a dataset.
struct StoredGuardDecision {
    QString column;
    QString finding;  // PersonalDataKinds::code or "snapped-location" or "none"
    QString decision; // GuardDecision::decisionCode
    qint64 count = 0;
    QString lines;
};

// What the project holds, and removal of a dataset with everything derived from it.
class DatasetStore {
    Q_DECLARE_TR_FUNCTIONS(sna::DatasetStore)
public:
    explicit DatasetStore(Project& project)
        : m_project(project)
    {
    }

    Result<QList<DatasetInfo>> list() const;
    Result<QList<RowProblem>> rejectedRows(qint64 datasetId) const;
    Result<QList<StoredGuardDecision>> guardDecisions(qint64 datasetId) const;
    Status remove(qint64 datasetId);

    // The removal itself, for callers already inside a transaction (an import that replaces an
    // earlier one). Fails when there is no such dataset.
    static Status removeRows(Project& project, qint64 datasetId);

private:
    Project& m_project;
};

} // namespace sna
