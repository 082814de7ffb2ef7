#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <string_view>

namespace sna {

// RAII over a prepared statement of the SQLite C API, for the bulk paths where QtSql's per-row
// overhead matters (see ../shared/notes/measured.md). Elsewhere we use QSqlQuery.
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
        m_prepared = m_rc == SQLITE_OK && m_statement;
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepared() const { return m_prepared; }
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    // The bytes must stay alive until step() (SQLITE_STATIC avoids a copy per row).
    void bindText(int index, std::string_view text)
    {
        // A null pointer would bind SQL NULL; an empty view is an empty text.
        sqlite3_bind_text(m_statement, index, text.data() ? text.data() : "", int(text.size()),
                          SQLITE_STATIC);
    }
    void bindText(int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindBlob(int index, const void* data, int size)
    {
        sqlite3_bind_blob(m_statement, index, data, size, SQLITE_STATIC);
    }

    // Runs the statement to completion (or to its first row) and resets it for reuse.
    bool execute()
    {
        m_rc = sqlite3_step(m_statement);
        const bool ok = m_rc == SQLITE_DONE || m_rc == SQLITE_ROW;
        sqlite3_reset(m_statement);
        return ok;
    }
    bool step()
    {
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    void reset() { sqlite3_reset(m_statement); }
    qint64 columnInt(int column) const { return sqlite3_column_int64(m_statement, column); }
    double columnDouble(int column) const { return sqlite3_column_double(m_statement, column); }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QString columnText(int column) const
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    std::string_view columnBytes(int column) const
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return {text ? text : "", size_t(sqlite3_column_bytes(m_statement, column))};
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    int m_rc = SQLITE_OK;
    bool m_prepared = false;
};

} // namespace sna
