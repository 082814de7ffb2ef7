#pragma once

#include "foundation/Result.h"
#include "review/CommentStore.h"
#include "review/ReviewCopy.h"

#include <QCoreApplication>
#include <QRectF>

#include <optional>

namespace sna {

class Project;

// An annotation as read from a PDF page.
struct PdfAnnotation {
    int page = 0;   // from 0
    QString origin; // "pdf-note", "pdf-highlight", "pdf-underline", "pdf-strike-out", "pdf-other"
    QRectF box;     // normalised to the page: 0..1 from the top left
    QPointF anchor; // where it points: a note's corner, the middle of the first marked line
    QString text;
    QString author;
    QString quote; // the words under a highlight, underline or strike-out
    QDateTime createdAt;
    QString key; // identity within the file
    QList<PdfAnnotation> replies;
};

struct AnnotationImportResult {
    QString reviewId;
    QString pdfPath;
    QList<ReviewComment> placed;
    QList<ReviewComment> unplaced; // kept as comments without a section, to place by hand
    int alreadyImported = 0;
};

// Comments made on a review copy in any PDF reader: the annotations (sticky notes, highlights,
// underlines, strike-outs and any other markup) are read with Poppler and each becomes a comment
// on the section it sits in, found from the review identifier printed on the pages and the page
// layout recorded when the copy was exported. An annotation that cannot be placed is kept
// without a section and listed; nothing is dropped silently. Importing the same PDF again adds
// only what is new.
class AnnotationImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::AnnotationImporter)
public:
    struct Reading {
        QString reviewId;
        QList<PdfAnnotation> annotations;
    };
    static Result<Reading> read(const QString& pdfPath);
    static Result<AnnotationImportResult> import(Project& project, const QString& pdfPath);
    // The section at a point of a page, if any.
    static std::optional<SectionPlacement> placementAt(const ReviewCopy& copy, int page,
                                                       const QPointF& point);
};

} // namespace sna
