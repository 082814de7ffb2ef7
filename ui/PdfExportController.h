#pragma once

#include "document/Document.h"
#include "export/PublicationBuilder.h"
#include "export/PublicationExporter.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QCoreApplication>

class QWidget;

namespace sna {

class AppSettings;
class ProjectSession;

// Exports what is on screen (saved or not): PDF, HTML or ODT, in one language or both.
class PdfExportController {
    Q_DECLARE_TR_FUNCTIONS(sna::PdfExportController)
public:
    struct Written {
        QString path;
        int pageCount = 0;
    };
    // The session's documents, profile and figures as an export reads them.
    static PublicationContent contentOf(ProjectSession& session, PublicationKind kind);
    static Result<Written> exportPdf(ProjectSession& session, const QString& path,
                                     DocumentKind document, Lang lang, bool draft);
    static Result<QList<ExportedFile>> exportDocument(ProjectSession& session, const QString& out,
                                                      const ExportRequest& request);
    // Shows the export dialog, writes the files and offers to open the first. Returns the
    // files written, or an error; an empty list when the user cancelled.
    static Result<QList<ExportedFile>> chooseAndExport(ProjectSession& session,
                                                       AppSettings& settings, QWidget* parent);
};

} // namespace sna
