#pragma once

#include "document/Document.h"
#include "export/DocumentComposer.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sna {

class ChartPainter;
class Project;

struct PdfExportOptions {
    DocumentKind document = DocumentKind::Strategy;
    Lang lang = Lang::En;
    bool draft = true;
    QStringList fontFamilies; // empty: DocumentFonts::preferredFamilies()
};

struct PdfExportResult {
    int pageCount = 0;
    int figureCount = 0;
    QList<QPair<QString, int>> contents; // numbered heading and the page it starts on
};

// Writes a document as an A4 PDF: cover, contents with page numbers, numbered sections,
// charts as vector graphics, running header and "Page n of N" footer, fonts embedded.
// The file appears only when complete (written to a temporary file, then renamed).
class PdfExporter {
    Q_DECLARE_TR_FUNCTIONS(sna::PdfExporter)
public:
    // `charts` may be null, for a headless build without Qt Charts: figures are then listed
    // by caption without a drawing.
    PdfExporter(Project& project, const ChartPainter* charts);

    Result<PdfExportResult> exportTo(const QString& path, const PdfExportOptions& options);
    // The same from content already gathered (used by tests and previews).
    Result<PdfExportResult> write(const QString& path, const PublicationContent& content,
                                  const PdfExportOptions& options) const;

    static Result<PublicationContent> gather(Project& project, DocumentKind kind);

private:
    Project& m_project;
    const ChartPainter* m_charts;
};

} // namespace sna
