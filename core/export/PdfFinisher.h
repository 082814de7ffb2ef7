#pragma once

#include "foundation/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sna {

// What a published PDF says about itself. The same values go into the XMP packet and the
// document information dictionary, as PDF/A-1b requires.
struct PdfMetadata {
    QString title;
    QString author;        // the partnership
    QString subject;       // e.g. "Serious Violence Duty"
    QString creator;       // the application
    QStringList languages; // BCP 47: "cy", "en"; the first is the document's language
    QDate date;            // the publication date: no clock time, so exports are reproducible
};

// An entry of the PDF's bookmarks (outline), which readers show as a navigable contents.
struct PdfOutlineEntry {
    QString title;
    int page = 0;  // from 0, in the whole file
    int level = 1; // 1: top level; 2: under the previous level-1 entry
};

// Finishes a PDF written by QPdfWriter so that it is reproducible and says what it is:
// - the XMP packet to hand to QPdfWriter::setDocumentXmpMetadata (dates from the publication
//   date, a document ID derived from the content, dc:language);
// - the information dictionary rewritten to match the XMP (QPdfWriter stamps the clock time),
//   /Lang in the catalogue, and a trailer /ID derived from the bytes; cross-references are
//   rebuilt; bookmarks (which QPdfWriter cannot write) are added from `outline`.
class PdfFinisher {
    Q_DECLARE_TR_FUNCTIONS(sna::PdfFinisher)
public:
    static QByteArray xmp(const PdfMetadata& metadata);
    static Result<QByteArray> finish(const QByteArray& pdf, const PdfMetadata& metadata,
                                     const QList<PdfOutlineEntry>& outline = {});
    static QString producer();
};

} // namespace sna
