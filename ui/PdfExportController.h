#pragma once

#include "document/Document.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QCoreApplication>

class QWidget;

namespace sna {

class AppSettings;
class ProjectSession;

// Exports what is on screen (saved or not) as PDF, asking where and in which language.
class PdfExportController {
    Q_DECLARE_TR_FUNCTIONS(sna::PdfExportController)
public:
    struct Written {
        QString path;
        int pageCount = 0;
    };
    static Result<Written> exportPdf(ProjectSession& session, const QString& path,
                                     DocumentKind document, Lang lang, bool draft);
    // Shows the export dialog, writes the file and offers to open it. Returns the file written,
    // or an error; an empty path when the user cancelled.
    static Result<Written> chooseAndExport(ProjectSession& session, AppSettings& settings,
                                           QWidget* parent);
};

} // namespace sna
