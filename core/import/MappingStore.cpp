#include "import/MappingStore.h"

#include "project/Project.h"
#include "project/SqliteStatement.h"

#include <QDateTime>

namespace sna {

Result<QList<ColumnMapping>> MappingStore::list() const
{
    SqliteStatement query(
        m_project.handle(),
        "SELECT partner, name, mapping FROM import_mapping ORDER BY partner, name");
    if (!query.prepared())
        return m_project.databaseError(tr("Could not read the saved mappings"));
    QList<ColumnMapping> mappings;
    while (query.step()) {
        auto mapping = ColumnMapping::fromJson(query.columnText(2).toUtf8(),
                                               query.columnText(0) + QStringLiteral(" / ") +
                                                   query.columnText(1));
        if (!mapping)
            return mapping.error();
        mapping.value().partner = query.columnText(0);
        mapping.value().name = query.columnText(1);
        mappings.append(mapping.value());
    }
    return mappings;
}

Result<std::optional<ColumnMapping>> MappingStore::bestFor(const QString& partner,
                                                           const QStringList& header) const
{
    auto all = list();
    if (!all)
        return all.error();
    std::optional<ColumnMapping> best;
    int bestScore = 0;
    for (const ColumnMapping& mapping : std::as_const(all.value())) {
        if (!partner.isEmpty() && mapping.partner.compare(partner, Qt::CaseInsensitive) != 0)
            continue;
        if (!mapping.checkAgainst(header, QString()))
            continue;
        const int score = mapping.matchScore(header);
        if (score > bestScore) {
            best = mapping;
            bestScore = score;
        }
    }
    return best;
}

Status MappingStore::save(const ColumnMapping& mapping)
{
    SqliteStatement insert(
        m_project.handle(),
        "INSERT OR REPLACE INTO import_mapping(partner, name, mapping, saved_at) "
        "VALUES (?, ?, ?, ?)");
    insert.bindText(1, mapping.partner);
    insert.bindText(2, mapping.name.isEmpty() ? QStringLiteral("default") : mapping.name);
    insert.bindText(3, QString::fromUtf8(mapping.toJson()));
    insert.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.execute())
        return m_project.databaseError(tr("Could not save the mapping"));
    return {};
}

Status MappingStore::saveCategories(const QString& source, const QMap<QString, QString>& categories)
{
    SqliteStatement insert(m_project.handle(),
                           "INSERT OR REPLACE INTO category_mapping(source, category, "
                           "local_category) VALUES (?, ?, ?)");
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        insert.bindText(1, source);
        insert.bindText(2, it.key());
        insert.bindText(3, it.value());
        if (!insert.execute())
            return m_project.databaseError(tr("Could not save the category mapping"));
    }
    return {};
}

Result<QMap<QString, QString>> MappingStore::categories(const QString& source) const
{
    SqliteStatement query(m_project.handle(),
                          "SELECT category, local_category FROM "
                          "category_mapping WHERE source = ? ORDER BY category");
    query.bindText(1, source);
    QMap<QString, QString> map;
    while (query.step())
        map.insert(query.columnText(0), query.columnText(1));
    return map;
}

} // namespace sna
