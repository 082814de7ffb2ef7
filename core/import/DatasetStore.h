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
    Status remove(qint64 datasetId);

private:
    Project& m_project;
};

} // namespace sna
