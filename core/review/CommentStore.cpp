#include "review/CommentStore.h"

#include "project/Project.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace sna {

namespace {
const char* kColumns = "id, uid, parent_uid, document_id, section_id, lang, quote, range_start, "
                       "range_end, body, author, authority, created_at, state, resolved_by, "
                       "resolved_at, origin, coalesce(origin_key, ''), review_id, page";

ReviewComment fromQuery(const QSqlQuery& query)
{
    ReviewComment c;
    c.id = query.value(0).toLongLong();
    c.uid = query.value(1).toString();
    c.parentUid = query.value(2).toString();
    c.document = documentKindFromId(query.value(3).toString()).value_or(DocumentKind::Strategy);
    c.sectionId = query.value(4).toString();
    c.lang = query.value(5).toString();
    c.quote = query.value(6).toString();
    c.rangeStart = query.value(7).toInt();
    c.rangeEnd = query.value(8).toInt();
    c.text = query.value(9).toString();
    c.author = query.value(10).toString();
    c.authority = query.value(11).toString();
    c.createdAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
    c.resolved = query.value(13).toString() == QLatin1String("resolved");
    c.resolvedBy = query.value(14).toString();
    c.resolvedAt = QDateTime::fromString(query.value(15).toString(), Qt::ISODate);
    c.origin = query.value(16).toString();
    c.originKey = query.value(17).toString();
    c.reviewId = query.value(18).toString();
    c.page = query.value(19).toInt();
    return c;
}

QString isoSeconds(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

Result<QList<ReviewComment>> CommentStore::list() const
{
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM review_comment ORDER BY created_at, id")
                        .arg(QLatin1String(kColumns))))
        return m_project.databaseError(tr("Could not read the comments"));
    QList<ReviewComment> comments;
    while (query.next())
        comments.append(fromQuery(query));
    return comments;
}

Result<ReviewComment> CommentStore::find(qint64 id) const
{
    QSqlQuery query(m_project.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM review_comment WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return m_project.databaseError(tr("Could not read the comments"));
    if (!query.next())
        return makeError(tr("There is no comment number %1 in this project.").arg(id));
    return fromQuery(query);
}

Status CommentStore::insert(ReviewComment& c)
{
    if (c.uid.isEmpty())
        c.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral(
        "INSERT INTO review_comment(uid, parent_uid, document_id, section_id, lang, quote, "
        "range_start, range_end, body, author, authority, created_at, state, resolved_by, "
        "resolved_at, origin, origin_key, review_id, page) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(c.uid);
    query.addBindValue(notNull(c.parentUid));
    query.addBindValue(documentId(c.document));
    query.addBindValue(notNull(c.sectionId));
    query.addBindValue(notNull(c.lang));
    query.addBindValue(notNull(c.quote));
    query.addBindValue(c.rangeStart);
    query.addBindValue(c.rangeEnd);
    query.addBindValue(notNull(c.text));
    query.addBindValue(notNull(c.author));
    query.addBindValue(notNull(c.authority));
    query.addBindValue(isoSeconds(c.createdAt));
    query.addBindValue(c.stateCode());
    query.addBindValue(notNull(c.resolvedBy));
    query.addBindValue(notNull(isoSeconds(c.resolvedAt)));
    query.addBindValue(notNull(c.origin));
    query.addBindValue(c.originKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(c.originKey));
    query.addBindValue(notNull(c.reviewId));
    query.addBindValue(c.page);
    if (!query.exec())
        return m_project.databaseError(tr("Could not save the comment"));
    c.id = query.lastInsertId().toLongLong();
    return {};
}

Result<ReviewComment> CommentStore::add(ReviewComment comment)
{
    if (comment.text.trimmed().isEmpty() && comment.quote.trimmed().isEmpty())
        return makeError(tr("A comment needs some text."));
    const Status stored = m_project.transaction([&] { return insert(comment); });
    if (!stored)
        return stored.error();
    return comment;
}

Result<ReviewComment> CommentStore::reply(qint64 parentId, const QString& text,
                                          const QString& author, const QString& authority)
{
    auto parent = find(parentId);
    if (!parent)
        return parent.error();
    if (text.trimmed().isEmpty())
        return makeError(tr("A reply needs some text."));
    ReviewComment reply;
    // A reply to a reply joins the same thread.
    reply.parentUid = parent->isReply() ? parent->parentUid : parent->uid;
    reply.document = parent->document;
    reply.sectionId = parent->sectionId;
    reply.lang = parent->lang;
    reply.text = text.trimmed();
    reply.author = author.trimmed();
    reply.authority = authority.trimmed();
    return add(reply);
}

Status CommentStore::setResolved(qint64 id, bool resolved, const QString& by)
{
    auto comment = find(id);
    if (!comment)
        return comment.error();
    const QString thread = comment->isReply() ? comment->parentUid : comment->uid;
    return m_project.transaction([&]() -> Status {
        QSqlQuery query(m_project.database());
        query.prepare(QStringLiteral("UPDATE review_comment SET state = ?, resolved_by = ?, "
                                     "resolved_at = ? WHERE uid = ? OR parent_uid = ?"));
        query.addBindValue(resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
        query.addBindValue(notNull(resolved ? by.trimmed() : QString()));
        query.addBindValue(
            notNull(resolved ? isoSeconds(QDateTime::currentDateTimeUtc()) : QString()));
        query.addBindValue(thread);
        query.addBindValue(thread);
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the comment"));
        return {};
    });
}

Status CommentStore::place(qint64 id, DocumentKind document, const QString& sectionId)
{
    auto comment = find(id);
    if (!comment)
        return comment.error();
    const QString thread = comment->isReply() ? comment->parentUid : comment->uid;
    return m_project.transaction([&]() -> Status {
        QSqlQuery query(m_project.database());
        query.prepare(QStringLiteral("UPDATE review_comment SET document_id = ?, section_id = ? "
                                     "WHERE uid = ? OR parent_uid = ?"));
        query.addBindValue(documentId(document));
        query.addBindValue(sectionId);
        query.addBindValue(thread);
        query.addBindValue(thread);
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the comment"));
        return {};
    });
}

Result<CommentImportCount> CommentStore::addAll(const QList<ReviewComment>& comments,
                                                bool inTransaction)
{
    CommentImportCount count;
    auto work = [&]() -> Status {
        QSqlQuery exists(m_project.database());
        exists.prepare(QStringLiteral(
            "SELECT count(*) FROM review_comment WHERE uid = ? OR (origin_key IS NOT NULL AND "
            "origin_key = ?)"));
        for (ReviewComment comment : comments) {
            exists.addBindValue(comment.uid);
            exists.addBindValue(comment.originKey.isEmpty() ? QStringLiteral("\x01")
                                                            : comment.originKey);
            if (!exists.exec() || !exists.next())
                return m_project.databaseError(tr("Could not read the comments"));
            if (exists.value(0).toInt() > 0) {
                ++count.alreadyPresent;
                continue;
            }
            if (auto s = insert(comment); !s)
                return s;
            ++count.added;
            count.addedIds.insert(comment.uid, comment.id);
        }
        return {};
    };
    const Status done = inTransaction ? work() : m_project.transaction(work);
    if (!done)
        return done.error();
    return count;
}

QPair<int, int> CommentStore::locate(const QString& markdown, const QString& quote)
{
    const QStringList words = quote.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {-1, -1};
    QStringList parts;
    for (const QString& word : words)
        parts << QRegularExpression::escape(word);
    // Between the words: white space, and any Markdown emphasis marks.
    const QRegularExpression pattern(parts.join(QStringLiteral("[\\s*_`]+")),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(markdown);
    if (!match.hasMatch())
        return {-1, -1};
    return {int(match.capturedStart()), int(match.capturedEnd())};
}

QJsonObject CommentStore::toJson(const QList<ReviewComment>& comments)
{
    auto one = [](const ReviewComment& c) {
        return QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("document"), documentId(c.document)},
            {QStringLiteral("section"),
             c.sectionId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.sectionId)},
            {QStringLiteral("lang"), c.lang},
            {QStringLiteral("author"), c.author},
            {QStringLiteral("authority"), c.authority},
            {QStringLiteral("quote"), c.quote},
            {QStringLiteral("text"), c.text},
            {QStringLiteral("state"), c.stateCode()},
            {QStringLiteral("date"), isoSeconds(c.createdAt)},
            {QStringLiteral("origin"), c.origin},
            {QStringLiteral("page"), c.page},
        };
    };
    QJsonArray array;
    for (const ReviewComment& comment : comments) {
        if (comment.isReply())
            continue;
        QJsonObject object = one(comment);
        QJsonArray replies;
        for (const ReviewComment& reply : comments) {
            if (reply.parentUid == comment.uid)
                replies.append(one(reply));
        }
        object.insert(QStringLiteral("replies"), replies);
        array.append(object);
    }
    return QJsonObject{{QStringLiteral("comments"), array}};
}

QString CommentStore::originLabel(const QString& origin)
{
    if (origin == QLatin1String("pdf-note"))
        return tr("Sticky note in the PDF");
    if (origin == QLatin1String("pdf-highlight"))
        return tr("Highlight in the PDF");
    if (origin == QLatin1String("pdf-underline"))
        return tr("Underline in the PDF");
    if (origin == QLatin1String("pdf-strike-out"))
        return tr("Strike-out in the PDF");
    if (origin.startsWith(QLatin1String("pdf")))
        return tr("Annotation in the PDF");
    if (origin == QLatin1String("review-file"))
        return tr("Reviewer’s file");
    return tr("SNA Studio");
}

} // namespace sna
