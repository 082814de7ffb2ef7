#include "import/MappingStore.h"

#include "analysis/ViolenceDefinitionStore.h"

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
    // Partner categories are mapped in the local definition itself (sv_mapping), next to the
    // police categories, so the Definition tab and the analysis see one mapping.
    ViolenceDefinitionStore store(m_project);
    auto loaded = store.load();
    if (!loaded)
        return loaded.error();
    ViolenceDefinition definition = loaded.value();
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        if (!it.value().isEmpty() && !definition.category(it.value())) {
            QStringList known;
            for (const DefinitionCategory& category : definition.categories)
                known << category.id;
            return makeError(
                tr("The mapping counts “%1” as “%2”, which is not a category of the local "
                   "definition of serious violence. Use one of: %3 — or \"\" for "
                   "“not serious violence”.")
                    .arg(it.key(), it.value(), known.join(QStringLiteral(", "))));
        }
        bool found = false;
        for (CategoryMapping& mapping : definition.mappings) {
            if (mapping.source == source && mapping.sourceCategory == it.key()) {
                mapping.categoryId = it.value();
                found = true;
            }
        }
        if (!found)
            definition.mappings.append(CategoryMapping{source, it.key(), it.value()});
    }
    return store.save(definition, true);
}

Result<QMap<QString, QString>> MappingStore::categories(const QString& source) const
{
    auto definition = ViolenceDefinitionStore(m_project).load();
    if (!definition)
        return definition.error();
    QMap<QString, QString> map;
    for (const CategoryMapping& mapping : definition.value().mappings) {
        if (mapping.source == source)
            map.insert(mapping.sourceCategory, mapping.categoryId);
    }
    return map;
}

} // namespace sna
