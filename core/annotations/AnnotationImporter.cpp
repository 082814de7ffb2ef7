#include "annotations/AnnotationImporter.h"

#include "document/DocumentStore.h"
#include "project/Project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <algorithm>

namespace sna {

namespace {
QString originOf(const Poppler::Annotation& annotation)
{
    switch (annotation.subType()) {
    case Poppler::Annotation::AText:
        return QStringLiteral("pdf-note");
    case Poppler::Annotation::AHighlight:
        switch (static_cast<const Poppler::HighlightAnnotation&>(annotation).highlightType()) {
        case Poppler::HighlightAnnotation::Underline:
        case Poppler::HighlightAnnotation::Squiggly:
            return QStringLiteral("pdf-underline");
        case Poppler::HighlightAnnotation::StrikeOut:
            return QStringLiteral("pdf-strike-out");
        case Poppler::HighlightAnnotation::Highlight:
            break;
        }
        return QStringLiteral("pdf-highlight");
    default:
        break;
    }
    return QStringLiteral("pdf-other");
}

// Links and form fields belong to the document, not to a reviewer; sound, video and rich
// media are not comments.
bool isReviewMarkup(const Poppler::Annotation& annotation)
{
    switch (annotation.subType()) {
    case Poppler::Annotation::ALink:
    case Poppler::Annotation::AWidget:
    case Poppler::Annotation::ASound:
    case Poppler::Annotation::AMovie:
    case Poppler::Annotation::AScreen:
    case Poppler::Annotation::ARichMedia:
        return false;
    default:
        return true;
    }
}

PdfAnnotation convert(const Poppler::Annotation& annotation, const Poppler::Page& page, int index)
{
    PdfAnnotation out;
    out.page = index;
    out.origin = originOf(annotation);
    out.box = annotation.boundary().normalized();
    out.text = annotation.contents().trimmed();
    out.author = annotation.author().trimmed();
    out.createdAt = annotation.creationDate().isValid() ? annotation.creationDate()
                                                        : annotation.modificationDate();
    out.anchor =
        annotation.subType() == Poppler::Annotation::AText ? out.box.topLeft() : out.box.center();
    if (annotation.subType() == Poppler::Annotation::AHighlight) {
        const QSizeF size = page.pageSizeF();
        QStringList parts;
        const auto quads =
            static_cast<const Poppler::HighlightAnnotation&>(annotation).highlightQuads();
        for (qsizetype q = 0; q < quads.size(); ++q) {
            // The quad's corners (QRectF::united ignores empty rectangles, so not with it).
            qreal left = quads[q].points[0].x(), right = left;
            qreal top = quads[q].points[0].y(), bottom = top;
            for (const QPointF& point : quads[q].points) {
                left = std::min(left, point.x());
                right = std::max(right, point.x());
                top = std::min(top, point.y());
                bottom = std::max(bottom, point.y());
            }
            const QRectF rect(QPointF(left, top), QPointF(right, bottom));
            if (rect.width() <= 0 || rect.height() <= 0)
                continue; // an empty quad would read the whole page
            if (q == 0)
                out.anchor = rect.center();
            const QRectF points(rect.left() * size.width(), rect.top() * size.height(),
                                rect.width() * size.width(), rect.height() * size.height());
            const QString words = page.text(points).simplified();
            if (!words.isEmpty())
                parts << words;
        }
        out.quote = parts.join(QLatin1Char(' '));
    }
    out.key = annotation.uniqueName();
    if (out.key.isEmpty()) {
        // Without a name (/NM), what the reviewer made is its identity.
        const QByteArray identity = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                        .arg(out.origin, out.author, out.text)
                                        .arg(qRound(out.box.left() * 1000))
                                        .arg(qRound(out.box.top() * 1000))
                                        .arg(qRound(out.box.width() * 1000))
                                        .arg(qRound(out.box.height() * 1000))
                                        .toUtf8();
        out.key = QString::fromLatin1(
            QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16));
    }
    for (const auto& revision : annotation.revisions()) {
        if (revision)
            out.replies.append(convert(*revision, page, index));
    }
    return out;
}
} // namespace

Result<AnnotationImporter::Reading> AnnotationImporter::read(const QString& pdfPath)
{
    const QString shown = QDir::toNativeSeparators(pdfPath);
    if (!QFileInfo(pdfPath).isFile())
        return makeError(tr("The file “%1” does not exist.").arg(shown));
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    if (!document)
        return makeError(tr("“%1” could not be read as a PDF. Nothing was imported.").arg(shown));
    if (document->isLocked())
        return makeError(
            tr("“%1” is protected by a password. Save it without one and import it again. "
               "Nothing was imported.")
                .arg(shown));
    Reading reading;
    for (int index = 0; index < document->numPages() && reading.reviewId.isEmpty(); ++index) {
        if (std::unique_ptr<Poppler::Page> page = document->page(index))
            reading.reviewId = ReviewCopyStore::idIn(page->text(QRectF()));
    }
    if (reading.reviewId.isEmpty())
        return makeError(tr("“%1” is not a review copy exported by SNA Studio: no review "
                            "identifier was found on its pages. Export a review copy, have it "
                            "annotated and import that. Nothing was imported.")
                             .arg(shown));
    for (int index = 0; index < document->numPages(); ++index) {
        std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue;
        for (const auto& annotation : page->annotations()) {
            if (annotation && isReviewMarkup(*annotation))
                reading.annotations.append(convert(*annotation, *page, index));
        }
    }
    return reading;
}

std::optional<SectionPlacement> AnnotationImporter::placementAt(const ReviewCopy& copy, int page,
                                                                const QPointF& point)
{
    std::optional<SectionPlacement> found;
    for (const SectionPlacement& p : copy.placements) {
        const bool afterStart = page > p.firstPage || (page == p.firstPage && point.y() >= p.top);
        const bool beforeEnd = page < p.lastPage || (page == p.lastPage && point.y() < p.bottom);
        if (afterStart && beforeEnd)
            found = p;
    }
    if (found && found->bothLanguages)
        found->lang = point.x() < 0.5 ? Lang::Cy : Lang::En;
    return found;
}

Result<AnnotationImportResult> AnnotationImporter::import(Project& project, const QString& pdfPath)
{
    auto reading = read(pdfPath);
    if (!reading)
        return reading.error();
    auto copy = ReviewCopyStore(project).find(reading->reviewId);
    if (!copy)
        return copy.error();
    Document documents[2] = {Document(DocumentKind::Strategy), Document(DocumentKind::Sna)};
    for (DocumentKind kind : {DocumentKind::Strategy, DocumentKind::Sna}) {
        auto loaded = DocumentStore(project).load(kind);
        if (!loaded)
            return loaded.error();
        documents[kind == DocumentKind::Sna ? 1 : 0] = loaded.value();
    }

    AnnotationImportResult result;
    result.reviewId = reading->reviewId;
    result.pdfPath = pdfPath;
    QList<ReviewComment> comments;
    for (const PdfAnnotation& annotation : std::as_const(reading->annotations)) {
        ReviewComment comment;
        comment.uid =
            QStringLiteral("%1/%2/%3").arg(copy->id).arg(annotation.page + 1).arg(annotation.key);
        comment.originKey = comment.uid;
        comment.origin = annotation.origin;
        comment.reviewId = copy->id;
        comment.page = annotation.page + 1;
        comment.text = annotation.text;
        comment.quote = annotation.quote;
        comment.author = annotation.author;
        comment.createdAt = annotation.createdAt.toUTC();
        comment.document = copy->documentOf(QString());
        const auto placement = placementAt(copy.value(), annotation.page, annotation.anchor);
        const Document* document = nullptr;
        if (placement) {
            comment.document = copy->documentOf(placement->sectionId);
            document = &documents[comment.document == DocumentKind::Sna ? 1 : 0];
            // Annexes (data sources, glossary) are made by the export: not a section to edit.
            if (document->section(placement->sectionId)) {
                comment.sectionId = placement->sectionId;
                comment.lang = langCode(placement->lang);
            }
        }
        if (comment.isPlaced() && !comment.quote.isEmpty()) {
            const Section* section = document->section(comment.sectionId);
            const auto range =
                CommentStore::locate(section->content().in(placement->lang), comment.quote);
            comment.rangeStart = range.first;
            comment.rangeEnd = range.second;
        }
        comments.append(comment);
        for (const PdfAnnotation& replyAnnotation : annotation.replies) {
            ReviewComment reply = comment;
            reply.parentUid = comment.uid;
            reply.uid = comment.uid + QStringLiteral("/") + replyAnnotation.key;
            reply.originKey = reply.uid;
            reply.text = replyAnnotation.text;
            reply.quote.clear();
            reply.rangeStart = reply.rangeEnd = -1;
            reply.author = replyAnnotation.author;
            reply.createdAt = replyAnnotation.createdAt.toUTC();
            comments.append(reply);
        }
    }
    auto added = CommentStore(project).addAll(comments);
    if (!added)
        return added.error();
    result.alreadyImported = added->alreadyPresent;
    // What an earlier import brought in is counted as already imported, not again.
    for (ReviewComment comment : std::as_const(comments)) {
        if (comment.isReply() || !added->addedIds.contains(comment.uid))
            continue;
        comment.id = added->addedIds.value(comment.uid);
        (comment.isPlaced() ? result.placed : result.unplaced).append(comment);
    }
    return result;
}

} // namespace sna
