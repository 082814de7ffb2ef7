#pragma once

#include "foundation/Result.h"
#include "import/ImportReport.h"

#include <QCoreApplication>

class QIODevice;

namespace sna {

class Project;

// Imports a data.police.uk street-level crime file: one row per crime (or anti-social
// behaviour incident), columns matched by name. The import is one transaction: on any error,
// refusal or cancel the project is exactly as before.
class PoliceUkImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::PoliceUkImporter)
public:
    static constexpr const char* kFormat = "police-uk-street";
    static constexpr int kMaxProblemsKept = 1000;

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
