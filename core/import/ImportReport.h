#pragma once

#include "import/ColumnMapping.h"
#include "import/GuardReport.h"
#include "import/TextEncoding.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

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

// Error codes of a refused import, for callers that offer the user a choice or explain it.
inline constexpr const char* kImportRowsRejected = "rows-rejected";
inline constexpr const char* kImportDuplicate = "duplicate";
inline constexpr const char* kImportCancelled = "cancelled";
// Flagged columns without a decision (drop or confirm each).
inline constexpr const char* kImportPersonalData = "personal-data";
// Identifiers in a health or social-care file: refused whatever is decided.
inline constexpr const char* kImportPersonalDataRefused = "personal-data-refused";
inline constexpr const char* kImportUnknownFormat = "unknown-format";
inline constexpr const char* kImportNeedsMapping = "needs-mapping";
inline constexpr const char* kImportBadOptions = "bad-options";

enum class OnRowError { Reject, Skip }; // refuse the whole file, or keep the good rows
enum class OnDuplicate { Refuse, Replace, Skip };

// Where a dataset came from and on what basis it is held (guidance paras 168–196).
struct Provenance {
    QString partner;       // who sent it ("Leicestershire Police", "ONS" …)
    QString authorityType; // SourceAuthorities code; empty: the format's default
    QDate receivedOn;      // invalid: the file's modification date
    QString sharingBasis; // "PCSC Act 2022 s.16", "DSA ref 2024-07", "Open Government Licence v3.0"
    int istvLevel = -1;   // 1–3 (ISTV); 0: not applicable (open data); -1: the default
    QString importedBy;   // empty: the account name of whoever runs the import
};

struct ImportOptions {
    OnRowError onError = OnRowError::Reject;
    OnDuplicate onDuplicate = OnDuplicate::Refuse;
    // A format id (FormatRegistry) or "auto": detected from the header.
    QString format = QStringLiteral("auto");
    // For the "mapped" format; without one, the mapping saved for the partner is used.
    std::optional<ColumnMapping> mapping;
    bool saveMapping = true;
    TextEncoding encoding = TextEncoding::Auto;
    Provenance provenance;
    QString partner; // shorthand for provenance.partner (kept for existing callers)
    // Personal-data guard decisions, by column name (case-insensitive).
    QStringList dropColumns;
    QStringList confirmColumns;
    // Read and check everything, store nothing: the wizard's scan. A dry run reports guard
    // findings, row problems and duplicates instead of refusing.
    bool dryRun = false;
    // Called as bytes are consumed; returning false cancels (and rolls back) the import.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// An earlier dataset that the new file repeats or overlaps.
struct DatasetOverlap {
    qint64 datasetId = 0;
    QString fileName;
    QString importedAt;
    bool sameFile = false; // identical content hash
    QStringList sources;   // the sources (forces, partners, indicators …) both cover
    int periodStart = 0;   // the overlapping months, yyyymm; 0 when timeless
    int periodEnd = 0;
};

struct ImportReport {
    qint64 datasetId = 0; // 0 when nothing was stored (a skipped duplicate, a dry run)
    QString fileName;
    QString format;     // format id
    QString formatName; // translated
    QString sha256;
    TextEncoding encoding = TextEncoding::Utf8;
    qint64 rowsRead = 0;
    qint64 rowsStored = 0;
    qint64 rowsRejected = 0;
    int periodStart = 0; // yyyymm
    int periodEnd = 0;
    bool skippedAsDuplicate = false;
    qint64 replacedDatasetId = 0; // the first one replaced, when any
    QList<qint64> replacedDatasetIds;
    QList<DatasetOverlap> overlaps;
    GuardReport guard;
    Provenance provenance; // as recorded (defaults filled in)
    QString mappingName;
    QStringList notes;          // translated remarks ("Outcomes matched to crimes: …")
    QList<RowProblem> problems; // the first ones, for display
};

} // namespace sna
