#include "review/ReviewPackage.h"

#include "project/Project.h"
#include "project/ProjectSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace sna {

namespace {
QString metaValue(QSqlDatabase db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}
} // namespace

const QStringList& ReviewPackage::dataRowTables()
{
    static const QStringList tables{
        QStringLiteral("crime_record"),
        QStringLiteral("outcome_record"),
        QStringLiteral("stop_search_record"),
        QStringLiteral("partner_record"),
        QStringLiteral("indicator_value"),
        QStringLiteral("exclusion_value"),
        QStringLiteral("population"),
        QStringLiteral("deprivation"),
        QStringLiteral("geo_name"),
        QStringLiteral("geo_link"),
        QStringLiteral("rejected_row"),
        QStringLiteral("guard_decision"),
        // Street-level places of the records above (emptied after them).
        QStringLiteral("place"),
    };
    return tables;
}

QString ReviewPackage::projectId(Project& project)
{
    return metaValue(project.database(), QStringLiteral("project_id"));
}

QString ReviewPackage::reviewIdOf(Project& project)
{
    return metaValue(project.database(), QStringLiteral("review_package"));
}

Status ReviewPackage::write(Project& project, const QString& path, const QString& reviewId)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(tr("The folder “%1” does not exist. Nothing was written.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QByteArray copySql = "VACUUM INTO '" + temporary.toUtf8().replace('\'', "''") + "'";
    if (auto s = ProjectSchema::exec(project.handle(), copySql.constData()); !s)
        return makeError(
            tr("Could not write “%1”: %2. Nothing was written.").arg(shown, s.error().message));
    sqlite3* db = nullptr;
    Status slimmed;
    if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK) {
        slimmed = makeError(QString::fromUtf8(sqlite3_errmsg(db)));
    } else {
        QByteArray sql = "BEGIN IMMEDIATE;";
        for (const QString& table : dataRowTables()) {
            // Tables a newer schema may lack are skipped.
            sql += "DELETE FROM " + table.toUtf8() +
                   " WHERE EXISTS (SELECT 1 FROM sqlite_schema "
                   "WHERE name = '" +
                   table.toUtf8() + "');";
        }
        sql += "INSERT OR REPLACE INTO meta(key, value) VALUES ('review_package', '" +
               reviewId.toUtf8() + "');";
        sql += "COMMIT;";
        slimmed = ProjectSchema::exec(db, sql.constData());
        // Deleted rows stay in the file's free pages until it is rebuilt.
        if (slimmed)
            slimmed = ProjectSchema::exec(db, "PRAGMA journal_mode = DELETE; VACUUM;");
    }
    sqlite3_close(db);
    if (!slimmed) {
        QFile::remove(temporary);
        return makeError(tr("Could not write “%1”: %2. Nothing was written.")
                             .arg(shown, slimmed.error().message));
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        QFile::remove(temporary);
        return makeError(tr("Could not write “%1”: the file could not be moved into place. "
                            "Nothing was written.")
                             .arg(shown));
    }
    return {};
}

Result<CommentImportCount> ReviewPackage::mergeComments(Project& project,
                                                        const QString& reviewerFile)
{
    const QString shown = QDir::toNativeSeparators(reviewerFile);
    if (QFileInfo(reviewerFile).absoluteFilePath() == QFileInfo(project.path()).absoluteFilePath())
        return makeError(tr("“%1” is the project itself: choose the reviewer’s file.").arg(shown));
    // Refuses what is not a project, is damaged or is from a newer SNA Studio, unchanged.
    auto version = Project::inspect(reviewerFile);
    if (!version)
        return version.error();
    const QString connection =
        QStringLiteral("sna-review-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Result<CommentImportCount> outcome = makeError(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(reviewerFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            outcome = makeError(tr("Could not open “%1”: %2").arg(shown, db.lastError().text()));
        } else if (version.value() < 6 || metaValue(db, QStringLiteral("project_id")).isEmpty()) {
            outcome = makeError(tr("“%1” holds no review comments (it was saved by an older SNA "
                                   "Studio). Nothing was changed.")
                                    .arg(shown));
        } else if (metaValue(db, QStringLiteral("project_id")) != projectId(project)) {
            outcome = makeError(tr("“%1” belongs to another project (“%2”): its comments were "
                                   "not merged. Nothing was changed.")
                                    .arg(shown, [&] {
                                        QSqlQuery q(db);
                                        q.exec(QStringLiteral("SELECT name FROM partnership"));
                                        return q.next() ? q.value(0).toString() : QString();
                                    }()));
        } else {
            // The other file's comments, through a temporary project-less read: same columns.
            QSqlQuery query(db);
            QList<ReviewComment> comments;
            if (!query.exec(QStringLiteral(
                    "SELECT uid, parent_uid, document_id, section_id, lang, quote, range_start, "
                    "range_end, body, author, authority, created_at, state, resolved_by, "
                    "resolved_at, origin, coalesce(origin_key, ''), review_id, page FROM "
                    "review_comment ORDER BY created_at, id"))) {
                outcome = makeError(tr("Could not read the comments in “%1”: %2")
                                        .arg(shown, query.lastError().text()));
            } else {
                while (query.next()) {
                    ReviewComment c;
                    c.uid = query.value(0).toString();
                    c.parentUid = query.value(1).toString();
                    c.document = documentKindFromId(query.value(2).toString())
                                     .value_or(DocumentKind::Strategy);
                    c.sectionId = query.value(3).toString();
                    c.lang = query.value(4).toString();
                    c.quote = query.value(5).toString();
                    c.rangeStart = query.value(6).toInt();
                    c.rangeEnd = query.value(7).toInt();
                    c.text = query.value(8).toString();
                    c.author = query.value(9).toString();
                    c.authority = query.value(10).toString();
                    c.createdAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
                    c.resolved = query.value(12).toString() == QLatin1String("resolved");
                    c.resolvedBy = query.value(13).toString();
                    c.resolvedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
                    c.origin = query.value(15).toString() == QLatin1String("app")
                                   ? QStringLiteral("review-file")
                                   : query.value(15).toString();
                    c.originKey = query.value(16).toString();
                    c.reviewId = query.value(17).toString();
                    c.page = query.value(18).toInt();
                    comments.append(c);
                }
                outcome = CommentStore(project).addAll(comments);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}

} // namespace sna
