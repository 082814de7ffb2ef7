#pragma once

#include "foundation/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace sna {

// One open project file: a SQLite database reached through QtSql, with the raw sqlite3 handle
// of the same connection available where bulk speed needs the C API.
//
// Opening never changes a file it refuses: the file is first checked through a read-only
// connection (is it SQLite, is it ours, is it from a newer version, is it intact) and only then
// opened for writing. A project is used from the thread that opened it.
class Project {
    Q_DECLARE_TR_FUNCTIONS(sna::Project)
public:
    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    // Builds the file under a temporary name and renames it into place, so a failed creation
    // leaves nothing behind. `populate` runs inside the creating transaction.
    static Result<std::unique_ptr<Project>> create(const QString& path,
                                                   const std::function<Status(Project&)>& populate);
    static Result<std::unique_ptr<Project>> open(const QString& path);

    // Checks a file without changing it; returns the file's format version.
    static Result<int> inspect(const QString& path);

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    sqlite3* handle() const { return m_handle; }
    int formatVersion() const { return m_formatVersion; }
    // Where the pre-upgrade copy went when open() migrated an older file; empty otherwise.
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    // Runs `work` in one write transaction; anything but success rolls everything back.
    Status transaction(const std::function<Status()>& work);

    // A database error as a user-facing error.
    Error databaseError(const QString& what) const;

private:
    explicit Project(QString path);
    Status connect(bool readOnly);
    Status configure();

    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    int m_formatVersion = 0;
    QString m_upgradeBackup;
};

} // namespace sna
