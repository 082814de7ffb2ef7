#pragma once

#include "project/SqliteStatement.h"

#include <QByteArray>
#include <QHash>

#include <string>
#include <string_view>

namespace sna {

// Maps distinct strings to small integer ids in a dictionary table (force, crime_category,
// outcome, place, lsoa …), inserting new ones as they appear. Lookups use raw views into the
// reader's buffer, so a known value costs no allocation. In a dry run nothing is written and
// new values get provisional ids.
class Dictionary {
public:
    // `insert` takes the value, and for two-column dictionaries (lsoa) a second text.
    Dictionary(sqlite3* db, const char* select, const char* insert, bool hasSecondColumn = false,
               bool dryRun = false);

    // 0 means "no value".
    qint64 idOf(std::string_view text, std::string_view extra = {});
    bool failed() const { return m_failed || (!m_dryRun && !m_insert.prepared()); }
    bool contains(std::string_view text) const;

private:
    qint64 lookup(std::string_view text, std::string_view extra);

    QHash<QByteArray, qint64> m_ids;
    std::string m_last;
    qint64 m_lastId = 0;
    SqliteStatement m_insert;
    sqlite3* m_db;
    bool m_hasSecondColumn;
    bool m_dryRun;
    bool m_failed = false;
    qint64 m_provisional = -1;
};

} // namespace sna
