#pragma once

#include "foundation/Result.h"
#include "import/ImportReport.h"

#include <QCoreApplication>

namespace sna {

class Project;

// Imports a data.police.uk street-level crime file through the import pipeline (format
// "police-uk"): the personal-data guard, one transaction, provenance, duplicate detection.
// Kept for the callers that know they hold a street-level file (the demo, tests).
class PoliceUkImporter {
public:
    static constexpr const char* kFormat = "police-uk";

    explicit PoliceUkImporter(Project& project)
        : m_project(project)
    {
    }

    Result<ImportReport> importFile(const QString& path, const ImportOptions& options = {});

    // True when a header row is that of a street-level crime file.
    static bool recognises(const QStringList& header);

private:
    Project& m_project;
};

} // namespace sna
