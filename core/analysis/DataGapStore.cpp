#include "analysis/DataGapStore.h"

#include "project/Project.h"

#include <QSqlQuery>
#include <QVariant>

namespace sna {

Result<QList<DataGapNote>> DataGapStore::load() const
{
    QList<DataGapNote> notes;
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("SELECT kind, status, note_en, note_cy FROM data_gap "
                                   "ORDER BY kind")))
        return m_project.databaseError(tr("Could not read the data gaps register"));
    while (query.next()) {
        notes.append(
            DataGapNote{query.value(0).toString(), query.value(1).toString(),
                        BilingualText{query.value(2).toString(), query.value(3).toString()}});
    }
    return notes;
}

Status DataGapStore::save(const QList<DataGapNote>& notes, bool inTransaction)
{
    const auto write = [&]() -> Status {
        QSqlQuery query(m_project.database());
        if (!query.exec(QStringLiteral("DELETE FROM data_gap")))
            return m_project.databaseError(tr("Could not save the data gaps register"));
        query.prepare(QStringLiteral(
            "INSERT INTO data_gap(kind, status, note_en, note_cy) VALUES (?, ?, ?, ?)"));
        for (const DataGapNote& note : notes) {
            if (note.isEmpty())
                continue;
            query.addBindValue(note.kind);
            query.addBindValue(note.status);
            query.addBindValue(note.note.en);
            query.addBindValue(note.note.cy);
            if (!query.exec())
                return m_project.databaseError(tr("Could not save the data gaps register"));
        }
        return {};
    };
    if (inTransaction)
        return write();
    return m_project.transaction(write);
}

} // namespace sna
