#pragma once

#include "analysis/DataGaps.h"
#include "foundation/Result.h"

#include <QCoreApplication>

namespace sna {

class Project;

// The analyst's statuses and notes of the data gaps register, kept in the project (data_gap).
class DataGapStore {
    Q_DECLARE_TR_FUNCTIONS(sna::DataGapStore)
public:
    explicit DataGapStore(Project& project)
        : m_project(project)
    {
    }
    Result<QList<DataGapNote>> load() const;
    // Replaces every stored note (inside the caller's transaction when asked).
    Status save(const QList<DataGapNote>& notes, bool inTransaction = false);

private:
    Project& m_project;
};

} // namespace sna
