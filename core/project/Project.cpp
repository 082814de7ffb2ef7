#include "project/Project.h"

#include "project/ProjectSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace sna {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sna-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

sqlite3* sqliteHandleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

// A read-only look at a file through its own short-lived connection.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(uniqueConnectionName())
    {
        // A rollback journal beside the file is what a large import (which loads with a
        // rollback journal, not WAL) leaves when it is killed: let SQLite roll it back first,
        // as any writable connection would, so the check below sees the file as it was.
        const QString journal = path + QStringLiteral("-journal");
        if (QFileInfo::exists(journal)) {
            sqlite3* recovery = nullptr;
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &recovery,
                                SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
                sqlite3_exec(recovery, "PRAGMA schema_version", nullptr, nullptr, nullptr);
            sqlite3_close(recovery);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        // Without a write-ahead log beside it, the file holds everything: open it as immutable
        // so that not even the -wal and -shm side files of a read-only connection appear.
        if (!QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(journal)) {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        m_open = db.open();
        m_openError = db.lastError().text();
        m_handle = m_open ? sqliteHandleOf(db) : nullptr;
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open && m_handle; }
    QString openError() const { return m_openError; }
    sqlite3* handle() const { return m_handle; }

private:
    QString m_name;
    bool m_open = false;
    QString m_openError;
    sqlite3* m_handle = nullptr;
};

Status quickCheckTable(sqlite3* db, const char* table, QStringList& problems)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = QByteArray("PRAGMA quick_check(") + table + ")";
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != QLatin1String("ok"))
            problems << line;
        rc = SQLITE_OK;
    }
    const QString engineError = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_OK)
        problems << engineError;
    return {};
}

Status quickCheck(sqlite3* db)
{
    QStringList problems;
    for (const char* table : {"sqlite_schema", "meta", "partnership", "area", "authority",
                              "dataset", "document", "section"}) {
        (void)quickCheckTable(db, table, problems);
        if (!problems.isEmpty())
            break;
    }
    if (!problems.isEmpty())
        return makeError(problems.first(), problems.mid(1, 5));
    return {};
}

} // namespace

Project::Project(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName())
{
}

Project::~Project()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Project::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Project::databaseError(const QString& what) const
{
    const QString engine = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
    return makeError(tr("%1 in “%2”: %3").arg(what, QDir::toNativeSeparators(m_path), engine));
}

Status Project::connect(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return makeError(tr("Could not open “%1”: %2")
                             .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    m_handle = sqliteHandleOf(db);
    if (!m_handle)
        return makeError(tr("The SQLite driver did not give access to the database handle."));
    return {};
}

Status Project::configure()
{
    // WAL lets the interface read while an import writes on another connection;
    // synchronous=NORMAL in WAL mode never corrupts the file, it can only lose the very last
    // commit on power loss.
    if (auto s = ProjectSchema::exec(m_handle, "PRAGMA journal_mode = WAL; "
                                               "PRAGMA synchronous = NORMAL; "
                                               "PRAGMA foreign_keys = ON;");
        !s)
        return s;
    return {};
}

Result<int> Project::inspect(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(tr("The project file “%1” does not exist.").arg(shown));
    if (!info.isFile())
        return makeError(tr("“%1” is not a file.").arg(shown));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not read “%1”: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return makeError(tr("“%1” is empty: it is not an SNA Studio project.").arg(shown));
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return makeError(
            tr("“%1” is not an SNA Studio project (it is not a SQLite database).").arg(shown));
    }

    ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return makeError(tr("Could not open “%1”: %2").arg(shown, connection.openError()));

    auto appId = ProjectSchema::pragmaInt(connection.handle(), "application_id");
    if (!appId) {
        return makeError(tr("The project file “%1” is damaged and cannot be read (%2). It has "
                            "not been changed.")
                             .arg(shown, appId.error().message));
    }
    if (appId.value() != ProjectSchema::kApplicationId) {
        return makeError(tr("“%1” is a SQLite database but not an SNA Studio project. It has not "
                            "been changed.")
                             .arg(shown));
    }
    auto version = ProjectSchema::pragmaInt(connection.handle(), "user_version");
    if (!version) {
        return makeError(tr("The project file “%1” is damaged and cannot be read (%2). It has "
                            "not been changed.")
                             .arg(shown, version.error().message));
    }
    if (version.value() > ProjectSchema::kCurrentVersion) {
        return makeError(tr("“%1” was saved by a newer version of SNA Studio (project format %2; "
                            "this version reads formats up to %3). Please update SNA Studio to "
                            "open it. The file has not been changed.")
                             .arg(shown)
                             .arg(version.value())
                             .arg(ProjectSchema::kCurrentVersion));
    }
    if (version.value() < 1) {
        return makeError(
            tr("The project file “%1” is damaged: it has no format version. It has not been "
               "changed.")
                .arg(shown));
    }
    // A full check reads the whole file, which for millions of records costs seconds on every
    // open; the schema and the tables that hold the analyst's own work are checked instead.
    // Damage elsewhere surfaces as a clear error when that data is read.
    if (auto check = quickCheck(connection.handle()); !check) {
        Error error = makeError(tr("The project file “%1” is damaged (SQLite reports: %2). It has "
                                   "not been changed; restore it from a backup.")
                                    .arg(shown, check.error().message));
        error.details = check.error().details;
        return error;
    }
    return version.value();
}

Result<std::unique_ptr<Project>> Project::open(const QString& path)
{
    auto version = inspect(path);
    if (!version)
        return version.error();

    std::unique_ptr<Project> project(new Project(QFileInfo(path).absoluteFilePath()));
    if (auto s = project->connect(false); !s)
        return s.error();
    if (auto s = project->configure(); !s)
        return s.error();

    if (version.value() < ProjectSchema::kCurrentVersion) {
        // Keep the file as it was before upgrading: an older SNA Studio can still open the copy.
        const QString backup = QStringLiteral("%1.format%2.bak").arg(path).arg(version.value());
        QFile::remove(backup);
        const QByteArray sql = "VACUUM INTO '" + backup.toUtf8().replace('\'', "''") + "'";
        if (auto s = ProjectSchema::exec(project->m_handle, sql.constData()); !s)
            return makeError(tr("Could not back up “%1” before upgrading it: %2")
                                 .arg(QDir::toNativeSeparators(path), s.error().message));
        if (auto s = ProjectSchema::migrate(project->m_handle, version.value()); !s)
            return s.error();
        project->m_upgradeBackup = backup;
    }
    project->m_formatVersion = ProjectSchema::kCurrentVersion;
    return project;
}

Result<std::unique_ptr<Project>> Project::create(const QString& path,
                                                 const std::function<Status(Project&)>& populate)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (target.exists())
        return makeError(tr("“%1” already exists; choose another name.").arg(shown));
    if (!target.absoluteDir().exists())
        return makeError(tr("The folder “%1” does not exist.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));

    const QString temporary = target.absoluteFilePath() + QStringLiteral(".creating-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8);
    Status built;
    {
        Project draft(temporary);
        built = draft.connect(false);
        if (built)
            built = ProjectSchema::migrate(draft.m_handle, 0);
        if (built)
            built = ProjectSchema::exec(draft.m_handle, "PRAGMA foreign_keys = ON;");
        if (built && populate)
            built = draft.transaction([&] { return populate(draft); });
    }
    if (!built) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        Error error = built.error();
        error.message.replace(QDir::toNativeSeparators(temporary), shown);
        return error;
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        QFile::remove(temporary);
        return makeError(
            tr("Could not create “%1”: the file could not be moved into place.").arg(shown));
    }
    return open(target.absoluteFilePath());
}

Status Project::transaction(const std::function<Status()>& work)
{
    if (auto s = ProjectSchema::exec(m_handle, "BEGIN IMMEDIATE"); !s)
        return databaseError(tr("Could not start a change"));
    Status result = work();
    if (result) {
        if (auto s = ProjectSchema::exec(m_handle, "COMMIT"); !s)
            result = s;
    }
    if (!result)
        (void)ProjectSchema::exec(m_handle, "ROLLBACK");
    return result;
}

} // namespace sna
