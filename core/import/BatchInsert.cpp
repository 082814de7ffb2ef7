#include "import/BatchInsert.h"

#include <QStringList>

namespace sna {

namespace {
sqlite3_stmt* prepare(sqlite3* db, const QString& table, const QStringList& columns, int rows)
{
    QString placeholders = QStringLiteral("(") + QStringLiteral("?,").repeated(columns.size());
    placeholders.chop(1);
    placeholders += QLatin1Char(')');
    QStringList groups;
    for (int i = 0; i < rows; ++i)
        groups << placeholders;
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1(%2) VALUES %3")
            .arg(table, columns.join(QLatin1Char(',')), groups.join(QLatin1Char(',')))
            .toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}
} // namespace

BatchInsert::BatchInsert(sqlite3* db, const QString& table, const QStringList& columns,
                         int rowsPerStatement)
    : m_db(db)
    , m_columns(int(columns.size()))
    // SQLite allows at most 32,766 parameters in one statement.
    , m_rowsPerStatement(std::max(1, std::min(rowsPerStatement, 32000 / int(columns.size()))))
{
    m_many = prepare(db, table, columns, m_rowsPerStatement);
    m_one = prepare(db, table, columns, 1);
    m_values.reserve(size_t(m_columns * m_rowsPerStatement));
    m_arena.reserve(size_t(m_rowsPerStatement) * 256);
}

BatchInsert::~BatchInsert()
{
    sqlite3_finalize(m_many);
    sqlite3_finalize(m_one);
}

void BatchInsert::addNull()
{
    m_values.push_back({Type::Null, 0, 0, 0, 0});
}

void BatchInsert::add(qint64 value)
{
    m_values.push_back({Type::Int, value, 0, 0, 0});
}

void BatchInsert::add(double value)
{
    m_values.push_back({Type::Real, 0, value, 0, 0});
}

void BatchInsert::addText(std::string_view text)
{
    m_values.push_back({Type::Text, 0, 0, m_arena.size(), text.size()});
    m_arena.append(text.data(), text.size());
}

void BatchInsert::addText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    addText(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void BatchInsert::addBlob(const void* data, int size)
{
    m_values.push_back({Type::Blob, 0, 0, m_arena.size(), size_t(size)});
    m_arena.append(static_cast<const char*>(data), size_t(size));
}

void BatchInsert::addTextOrNull(std::string_view text)
{
    if (text.empty())
        addNull();
    else
        addText(text);
}

void BatchInsert::addIdOrNull(qint64 id)
{
    if (id == 0)
        addNull();
    else
        add(id);
}

bool BatchInsert::execute(sqlite3_stmt* statement, size_t firstValue, size_t rows)
{
    const char* arena = m_arena.data();
    const size_t count = rows * size_t(m_columns);
    for (size_t i = 0; i < count; ++i) {
        const Value& v = m_values[firstValue + i];
        const int index = int(i) + 1;
        switch (v.type) {
        case Type::Null:
            sqlite3_bind_null(statement, index);
            break;
        case Type::Int:
            sqlite3_bind_int64(statement, index, v.integer);
            break;
        case Type::Real:
            sqlite3_bind_double(statement, index, v.real);
            break;
        case Type::Text:
            sqlite3_bind_text(statement, index, arena + v.offset, int(v.size), SQLITE_STATIC);
            break;
        case Type::Blob:
            sqlite3_bind_blob(statement, index, arena + v.offset, int(v.size), SQLITE_STATIC);
            break;
        }
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE;
}

bool BatchInsert::endRow()
{
    if (++m_rows < m_rowsPerStatement)
        return true;
    const bool ok = execute(m_many, 0, size_t(m_rows));
    m_values.clear();
    m_arena.clear();
    m_rows = 0;
    return ok;
}

bool BatchInsert::flush()
{
    bool ok = true;
    for (int r = 0; r < m_rows && ok; ++r)
        ok = execute(m_one, size_t(r * m_columns), 1);
    m_values.clear();
    m_arena.clear();
    m_rows = 0;
    return ok;
}

QString BatchInsert::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace sna
