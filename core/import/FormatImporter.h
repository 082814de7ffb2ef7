#pragma once

#include "foundation/Result.h"
#include "import/HeaderIndex.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <string_view>
#include <vector>

struct sqlite3;

namespace sna {

class Project;

// What a dataset covers, for duplicate and overlap detection: a source (a force, a partner, an
// indicator, an area …) over a span of months; 0–0 for timeless data such as a lookup.
struct CoverageKey {
    QString source;
    int start = 0;
    int end = 0;
    friend bool operator==(const CoverageKey&, const CoverageKey&) = default;
};
inline size_t qHash(const CoverageKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.source, key.start, key.end);
}

// Everything an importer may use while it runs, handed over by ImportPipeline.
struct ImportContext {
    Project& project;
    sqlite3* db = nullptr;
    qint64 datasetId = 0;
    bool dryRun = false;
    QString fileName;
    QString filePath;
    HeaderIndex header;
    const ImportOptions& options;
    ImportReport& report;
    QSet<CoverageKey> coverage;

    void cover(const QString& source, int start, int end) { coverage.insert({source, start, end}); }
    void notePeriod(int start, int end)
    {
        if (start <= 0)
            return;
        if (report.periodStart == 0 || start < report.periodStart)
            report.periodStart = start;
        if (end > report.periodEnd)
            report.periodEnd = end;
    }
};

// One importer class per file format. The pipeline resolves the columns from the header (no
// database yet), then calls begin(), row() for every data row and finish(), all inside one
// transaction — or, in a dry run, without writing anything.
class FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::FormatImporter)
public:
    enum class RowOutcome { Stored, Rejected, Failed };

    virtual ~FormatImporter() = default;

    virtual QString id() const = 0;   // "police-uk", "fingertips" …
    virtual QString name() const = 0; // translated
    virtual int version() const { return 1; }
    // Provenance defaults: published open data unless the format is a partner's own.
    virtual QString defaultAuthorityType() const { return QStringLiteral("public-data"); }
    virtual QString defaultPartner() const { return {}; }
    virtual QString defaultBasis() const { return QStringLiteral("Open Government Licence v3.0"); }

    // Finds the columns the format needs; the error names what is missing and what was found.
    virtual Status resolve(const HeaderIndex& header, const QString& fileName) = 0;
    virtual Status begin(ImportContext& context) = 0;
    // Validates and (unless a dry run) stores one data row. On Rejected, `problem` says why;
    // on Failed (a database error) failure() does.
    virtual RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                           RowProblem& problem) = 0;
    virtual Status finish(ImportContext& context) = 0;

    const Error& failure() const { return m_failure; }

protected:
    // Helpers for the implementations.
    static RowOutcome reject(RowProblem& problem, qint64 line, const QString& column,
                             std::string_view value, const QString& reason);
    RowOutcome fail(const QString& what);
    static QString shown(std::string_view text); // for messages: decoded, shortened
    static Error missingColumns(const QString& fileName, const QString& formatName,
                                const QStringList& missing, const HeaderIndex& header);

    ImportContext* m_context = nullptr;
    Error m_failure;
};

} // namespace sna
