#pragma once

#include "foundation/Result.h"
#include "import/ImportReport.h"

#include <QCoreApplication>

#include <memory>

namespace sna {

class FormatImporter;
class HeaderIndex;
class Project;
struct ImportContext;

// What the personal-data guard found in a whole file, before anything else is done with it.
struct FileScan {
    GuardReport guard;
    qint64 rows = 0;
    TextEncoding encoding = TextEncoding::Utf8;
    QString sha256;
};

// Imports one file into a project: open and decode it, run the personal-data guard over every
// raw row, detect the format by its header (never by position) or use the one asked for, hand
// every row to that format's importer, record the rejections, check for duplicates and
// overlapping periods, and record the provenance — all in one transaction, so a refused,
// failed or cancelled import leaves the project exactly as it was.
class ImportPipeline {
    Q_DECLARE_TR_FUNCTIONS(sna::ImportPipeline)
public:
    static constexpr int kMaxProblemsKept = 1000;

    explicit ImportPipeline(Project& project)
        : m_project(project)
    {
    }

    Result<ImportReport> run(const QString& path, const ImportOptions& options);

    // The guard alone over the whole file (the wizard's first look).
    static Result<FileScan>
    scanForPersonalData(const QString& path, TextEncoding encoding,
                        const std::function<bool(qint64, qint64)>& progress = {});

private:
    Result<std::unique_ptr<FormatImporter>> resolveFormat(const HeaderIndex& header,
                                                          const ImportOptions& options,
                                                          const QString& fileName,
                                                          QString& mappingName);
    Status checkOverlaps(ImportContext& context, const QString& format, ImportReport& report);
    Status recordDataset(ImportContext& context, const FormatImporter& importer,
                         const ImportReport& report);

    Project& m_project;
};

} // namespace sna
