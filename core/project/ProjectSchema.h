#pragma once

#include "foundation/Result.h"

#include <QString>

#include <vector>

struct sqlite3;

namespace sna {

// The project file format. Each migration takes the file from version N-1 to N inside its own
// transaction, so a file is always at exactly one version. A new file is built by running every
// migration from 1, which means the upgrade path is exercised by every project ever created.
class ProjectSchema {
public:
    // "SNAS" — lets `file`, SQLite tools and our own open() tell a project from any database.
    static constexpr int kApplicationId = 0x534E4153;
    static constexpr int kCurrentVersion = 7;

    struct Migration {
        int toVersion;
        const char* sql;
    };
    static const std::vector<Migration>& migrations();

    // Brings a database at `fromVersion` (0 for an empty file) up to `toVersion`.
    static Status migrate(sqlite3* db, int fromVersion, int toVersion = kCurrentVersion);

    static Status exec(sqlite3* db, const char* sql);
    static Result<int> pragmaInt(sqlite3* db, const char* pragma);
};

} // namespace sna
