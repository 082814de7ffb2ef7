#pragma once

#include "document/Document.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace sna {

class Project;

// A reviewer's comment on a section, anchored where possible to the text it is about (the
// quoted words and their place in the section's Markdown). A comment with no section came from
// an annotation that could not be placed: the analyst places it by hand.
struct ReviewComment {
    qint64 id = 0;
    QString uid;       // stable across files: merging a reviewer's file never duplicates
    QString parentUid; // a reply: the comment it answers
    DocumentKind document = DocumentKind::Strategy;
    QString sectionId; // empty: not placed yet
    QString lang;      // "en", "cy" or empty when not known
    QString quote;
    int rangeStart = -1; // in the section's Markdown in `lang`; -1 when not located
    int rangeEnd = -1;
    QString text;
    QString author;
    QString authority;
    QDateTime createdAt; // UTC
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;
    // "app", "review-file", or "pdf-note", "pdf-highlight", "pdf-underline", "pdf-strike-out",
    // "pdf-other" for annotations read from a PDF.
    QString origin = QStringLiteral("app");
    QString originKey; // an imported annotation's identity; empty otherwise
    QString reviewId;
    int page = 0; // an imported annotation's page (from 1)

    bool isPlaced() const { return !sectionId.isEmpty(); }
    bool isReply() const { return !parentUid.isEmpty(); }
    QString stateCode() const
    {
        return resolved ? QStringLiteral("resolved") : QStringLiteral("open");
    }
};

struct CommentImportCount {
    int added = 0;
    int alreadyPresent = 0;
    QHash<QString, qint64> addedIds; // uid → id of each comment added
};

class CommentStore {
    Q_DECLARE_TR_FUNCTIONS(sna::CommentStore)
public:
    explicit CommentStore(Project& project)
        : m_project(project)
    {
    }

    // All comments and replies, in the order they were made.
    Result<QList<ReviewComment>> list() const;
    Result<ReviewComment> find(qint64 id) const;
    // Adds a new comment (a uid and time are given when empty); refused without text or quote.
    Result<ReviewComment> add(ReviewComment comment);
    Result<ReviewComment> reply(qint64 parentId, const QString& text, const QString& author,
                                const QString& authority);
    // Resolving a comment resolves its thread; reopening reopens it.
    Status setResolved(qint64 id, bool resolved, const QString& by);
    // Places an unplaced comment (or moves a placed one) on a section.
    Status place(qint64 id, DocumentKind document, const QString& sectionId);
    // Adds comments in one transaction; those whose uid or origin key is already in the project
    // are counted and skipped.
    Result<CommentImportCount> addAll(const QList<ReviewComment>& comments,
                                      bool inTransaction = false);

    // Where `quote` stands in `markdown`, ignoring differences of white space; {-1, -1} when it
    // cannot be found.
    static QPair<int, int> locate(const QString& markdown, const QString& quote);
    // {"comments": [{"id", "section", "document", "author", "authority", "quote", "text",
    // "state", "date", "replies": […]}]}
    static QJsonObject toJson(const QList<ReviewComment>& comments);
    static QString originLabel(const QString& origin); // translated

private:
    Status insert(ReviewComment& comment);
    Project& m_project;
};

} // namespace sna
