#pragma once

#include "export/Publication.h"
#include "export/PublicationBuilder.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace sna {

class ChartPainter;
class Project;

enum class ExportFormat { Pdf, Html, Odt };
QString formatId(ExportFormat format); // "pdf" / "html" / "odt", also the file extension
std::optional<ExportFormat> formatFromId(const QString& id);

struct ExportRequest {
    PublicationKind document = PublicationKind::Strategy;
    std::optional<Lang> lang; // empty: both languages
    Layout layout = Layout::Separate;
    ExportFormat format = ExportFormat::Pdf;
    bool draft = true;
    QDate date;               // the publication date; invalid: today
    QStringList fontFamilies; // empty: DocumentFonts::preferredFamilies()
};

struct ExportedFile {
    QString path;
    QStringList languages; // "cy", "en"
    int pageCount = 0;     // PDF only
};

// One export as a user asks for it: a document, in one language or both (two matching files,
// Welsh first, or parallel columns), as PDF, HTML or ODT. Every file is rendered before any is
// written; they then appear together or not at all.
class PublicationExporter {
    Q_DECLARE_TR_FUNCTIONS(sna::PublicationExporter)
public:
    static Status validate(const ExportRequest& request);
    // The files an export writes: `out` itself for one file; for two matching files `out` is
    // a stem (an extension matching the format is dropped) and OUT-cy.EXT, OUT-en.EXT follow.
    static QStringList outputPaths(const QString& out, const ExportRequest& request);
    static Result<QList<ExportedFile>> write(const QString& out, const PublicationContent& content,
                                             const ExportRequest& request,
                                             const ChartPainter* charts);
    static Result<QList<ExportedFile>> exportProject(Project& project, const QString& out,
                                                     const ExportRequest& request,
                                                     const ChartPainter* charts);
};

} // namespace sna
