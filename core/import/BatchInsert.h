#pragma once

#include <QString>

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

namespace sna {

// Inserts rows into one table through a prepared multi-row INSERT (`rowsPerStatement` rows per
// sqlite3_step), which takes about a third off the per-row cost of one statement per row on
// the bulk paths (measured: 2M rows of 13 columns, 3.25 s → 2.2 s). Values are copied into an
// arena as they are added, so callers may pass views that die with the row; the arena is bound
// (SQLITE_STATIC) only when a batch is executed. The last partial batch goes through a
// one-row statement.
class BatchInsert {
public:
    BatchInsert(sqlite3* db, const QString& table, const QStringList& columns,
                int rowsPerStatement = 32);
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    bool prepared() const { return m_many && m_one; }

    // One row: exactly as many values as columns, then endRow().
    void addNull();
    void add(qint64 value);
    void add(double value);
    void addText(std::string_view text);
    void addText(const QString& text);
    void addBlob(const void* data, int size);
    // A null for an empty view / a zero id.
    void addTextOrNull(std::string_view text);
    void addIdOrNull(qint64 id);
    bool endRow();
    bool flush(); // the rows not yet executed
    QString errorMessage() const;

private:
    enum class Type : unsigned char { Null, Int, Real, Text, Blob };
    struct Value {
        Type type;
        qint64 integer;
        double real;
        size_t offset;
        size_t size;
    };
    bool execute(sqlite3_stmt* statement, size_t firstValue, size_t rows);

    sqlite3* m_db;
    sqlite3_stmt* m_many = nullptr;
    sqlite3_stmt* m_one = nullptr;
    int m_columns;
    int m_rowsPerStatement;
    std::vector<Value> m_values;
    std::string m_arena;
    int m_rows = 0;
};

} // namespace sna
