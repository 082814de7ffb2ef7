#include "analysis/ViolenceDefinitionStore.h"

#include "project/Project.h"

#include <QSqlQuery>
#include <QVariant>

namespace sna {

bool ViolenceDefinitionStore::isRecorded() const
{
    QSqlQuery query(m_project.database());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM sv_category")) && query.next() &&
           query.value(0).toInt() > 0;
}

Result<ViolenceDefinition> ViolenceDefinitionStore::load() const
{
    if (!isRecorded())
        return ViolenceDefinition::defaults();
    ViolenceDefinition definition;
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral(
            "SELECT id, scope, name_en, name_cy, rationale_en, rationale_cy, included "
            "FROM sv_category ORDER BY position")))
        return m_project.databaseError(tr("Could not read the definition of serious violence"));
    while (query.next()) {
        DefinitionCategory category;
        category.id = query.value(0).toString();
        category.scope =
            ViolenceScopes::fromCode(query.value(1).toString()).value_or(ViolenceScope::Other);
        category.name = BilingualText{query.value(2).toString(), query.value(3).toString()};
        category.rationale = BilingualText{query.value(4).toString(), query.value(5).toString()};
        category.included = query.value(6).toInt() != 0;
        definition.categories.append(category);
    }
    if (!query.exec(QStringLiteral("SELECT source, source_category, category_id FROM sv_mapping "
                                   "ORDER BY source, source_category")))
        return m_project.databaseError(tr("Could not read the definition of serious violence"));
    while (query.next()) {
        definition.mappings.append(
            CategoryMapping{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).isNull() ? QString() : query.value(2).toString()});
    }
    return definition;
}

Status ViolenceDefinitionStore::write(const ViolenceDefinition& definition)
{
    if (auto valid = definition.validate(); !valid)
        return valid;
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("DELETE FROM sv_mapping")) ||
        !query.exec(QStringLiteral("DELETE FROM sv_category")))
        return m_project.databaseError(tr("Could not save the definition of serious violence"));
    query.prepare(
        QStringLiteral("INSERT INTO sv_category(id, scope, name_en, name_cy, rationale_en, "
                       "rationale_cy, included, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < definition.categories.size(); ++i) {
        const DefinitionCategory& c = definition.categories[i];
        query.addBindValue(c.id);
        query.addBindValue(ViolenceScopes::code(c.scope));
        query.addBindValue(notNull(c.name.en));
        query.addBindValue(notNull(c.name.cy));
        query.addBindValue(notNull(c.rationale.en));
        query.addBindValue(notNull(c.rationale.cy));
        query.addBindValue(c.included ? 1 : 0);
        query.addBindValue(i);
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the definition of serious violence"));
    }
    query.prepare(QStringLiteral(
        "INSERT INTO sv_mapping(source, source_category, category_id) VALUES (?, ?, ?)"));
    for (const CategoryMapping& m : definition.mappings) {
        query.addBindValue(m.source);
        query.addBindValue(notNull(m.sourceCategory));
        query.addBindValue(m.categoryId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(m.categoryId));
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the definition of serious violence"));
    }
    return {};
}

Status ViolenceDefinitionStore::save(const ViolenceDefinition& definition, bool inTransaction)
{
    if (inTransaction)
        return write(definition);
    return m_project.transaction([&] { return write(definition); });
}

} // namespace sna
