#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sna {

// One row the importer could not accept, with everything needed to find and fix it.
struct RowProblem {
    Q_DECLARE_TR_FUNCTIONS(sna::RowProblem)
public:
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;
    QString text() const; // "line 12, column “Month”: “2019-13” — not a month (YYYY-MM)"
};

// Error codes of a refused import, for callers that offer the user a choice.
inline constexpr const char* kImportRowsRejected = "rows-rejected";
inline constexpr const char* kImportDuplicate = "duplicate";
inline constexpr const char* kImportCancelled = "cancelled";

enum class OnRowError { Reject, Skip }; // refuse the whole file, or keep the good rows
enum class OnDuplicate { Refuse, Replace, Skip };

struct ImportOptions {
    OnRowError onError = OnRowError::Reject;
    OnDuplicate onDuplicate = OnDuplicate::Refuse;
    QString partner;
    // Called as bytes are consumed; returning false cancels (and rolls back) the import.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ImportReport {
    qint64 datasetId = 0; // 0 when nothing was stored (a skipped duplicate)
    QString fileName;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 rowsStored = 0;
    qint64 rowsRejected = 0;
    int periodStart = 0; // yyyymm
    int periodEnd = 0;
    bool skippedAsDuplicate = false;
    qint64 replacedDatasetId = 0;
    QList<RowProblem> problems; // the first ones, for display
};

} // namespace sna
