#include "import/Dictionary.h"

namespace sna {

Dictionary::Dictionary(sqlite3* db, const char* select, const char* insert, bool hasSecondColumn,
                       bool dryRun)
    : m_insert(db, insert)
    , m_db(db)
    , m_hasSecondColumn(hasSecondColumn)
    , m_dryRun(dryRun)
{
    SqliteStatement query(db, select);
    while (query.step()) {
        const std::string_view text = query.columnBytes(1);
        m_ids.insert(QByteArray(text.data(), qsizetype(text.size())), query.columnInt(0));
    }
}

bool Dictionary::contains(std::string_view text) const
{
    return m_ids.contains(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
}

qint64 Dictionary::idOf(std::string_view text, std::string_view extra)
{
    if (text.empty())
        return 0;
    // Consecutive rows often repeat a value (the force of a force's file): one comparison.
    if (m_lastId != 0 && text == std::string_view(m_last))
        return m_lastId;
    const qint64 id = lookup(text, extra);
    m_last.assign(text.data(), text.size());
    m_lastId = id;
    return id;
}

qint64 Dictionary::lookup(std::string_view text, std::string_view extra)
{
    const QByteArray key = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
    auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    qint64 id = 0;
    if (m_dryRun) {
        id = m_provisional--;
    } else {
        m_insert.bindText(1, text);
        if (m_hasSecondColumn)
            m_insert.bindText(2, extra);
        if (!m_insert.execute()) {
            m_failed = true;
            return 0;
        }
        id = sqlite3_last_insert_rowid(m_db);
    }
    m_ids.insert(QByteArray(text.data(), qsizetype(text.size())), id);
    return id;
}

} // namespace sna
