#include "document/GlossaryStore.h"

#include "project/Project.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace sna {

Result<QList<GlossaryTerm>> GlossaryStore::load() const
{
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("SELECT en, cy, note, checked FROM glossary_term ORDER BY en")))
        return m_project.databaseError(tr("Could not read the project’s glossary"));
    QList<GlossaryTerm> terms;
    while (query.next()) {
        GlossaryTerm term;
        term.en = query.value(0).toString();
        term.cy = query.value(1).toString();
        term.note = query.value(2).toString();
        term.checked = query.value(3).toInt() != 0;
        term.projectTerm = true;
        terms.append(term);
    }
    return terms;
}

Status GlossaryStore::write(const QList<GlossaryTerm>& projectTerms)
{
    QSet<QString> seen;
    for (const GlossaryTerm& term : projectTerms) {
        if (auto valid = Glossary::validate(term); !valid)
            return valid;
        const QString key = term.en.trimmed().toCaseFolded();
        if (seen.contains(key))
            return makeError(tr("The glossary term “%1” is listed twice.").arg(term.en));
        seen.insert(key);
    }
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("DELETE FROM glossary_term")))
        return m_project.databaseError(tr("Could not save the project’s glossary"));
    query.prepare(
        QStringLiteral("INSERT INTO glossary_term(en, cy, note, checked) VALUES (?, ?, ?, ?)"));
    for (const GlossaryTerm& term : projectTerms) {
        query.addBindValue(term.en.trimmed());
        query.addBindValue(term.cy.trimmed());
        query.addBindValue(notNull(term.note));
        query.addBindValue(term.checked ? 1 : 0);
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the project’s glossary"));
    }
    return {};
}

Status GlossaryStore::save(const QList<GlossaryTerm>& projectTerms, bool inTransaction)
{
    if (inTransaction)
        return write(projectTerms);
    return m_project.transaction([&] { return write(projectTerms); });
}

} // namespace sna
