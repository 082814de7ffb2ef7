#pragma once

#include "export/DocumentComposer.h"
#include "export/Publication.h"
#include "export/PublicationBuilder.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sna {

class ChartPainter;
class Project;

struct PdfExportOptions {
    PublicationKind document = PublicationKind::Strategy;
    Lang lang = Lang::En;             // with Layout::Separate: the one language of the file
    Layout layout = Layout::Separate; // WelshFirst and Columns hold both languages
    bool draft = true;
    QDate date;               // the publication date on the cover; invalid: today
    QStringList fontFamilies; // empty: DocumentFonts::preferredFamilies()
    // A review copy: the identifier printed on every page, by which comments made on the PDF
    // find their way back (issue 9). Empty for everything else.
    QString reviewId;
};

// Where a section of the document lies in the PDF: from the top of its heading to the top of
// the next section (or the end of its part). Pages count from 0 in the whole file; positions
// are fractions of the page's height from its top.
struct SectionPlacement {
    QString sectionId;
    Lang lang = Lang::En;
    bool bothLanguages = false; // parallel columns: Welsh on the left, English on the right
    int firstPage = 0;
    qreal top = 0;
    int lastPage = 0;
    qreal bottom = 1;
};

struct PdfExportResult {
    int pageCount = 0;
    int figureCount = 0;
    QList<QPair<QString, int>> contents; // section title and the page it starts on (first part)
    QList<SectionPlacement> placements;  // every section in every part, in page order
};

// Writes a publication as an A4 PDF/A-1b: cover, contents with page numbers, numbered
// sections and sub-headings, charts as vector graphics, tables whose header rows repeat on
// each page, running header and "Page n of N" footer, fonts embedded, metadata and language
// set, the restricted SNA marked on every page. The same project and date give the same bytes.
// The file appears only when complete (written to a temporary file, then renamed).
class PdfExporter {
    Q_DECLARE_TR_FUNCTIONS(sna::PdfExporter)
public:
    // `charts` may be null, for a headless build without Qt Charts: figures are then listed
    // by caption without a drawing.
    PdfExporter(Project& project, const ChartPainter* charts);

    Result<PdfExportResult> exportTo(const QString& path, const PdfExportOptions& options);
    // The same from content already gathered (used by the interface, which exports what is on
    // screen, and by tests).
    Result<PdfExportResult> write(const QString& path, const PublicationContent& content,
                                  const PdfExportOptions& options) const;
    // The PDF's bytes, for callers that write several files at once.
    static Result<QByteArray> render(const Publication& publication,
                                     const PdfExportOptions& options, const ChartPainter* charts,
                                     PdfExportResult* result = nullptr);

    static Result<PublicationContent> gather(Project& project, PublicationKind kind);

private:
    Project& m_project;
    const ChartPainter* m_charts;
};

} // namespace sna
