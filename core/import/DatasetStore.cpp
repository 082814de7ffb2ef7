#include "import/DatasetStore.h"

#include "project/Project.h"
#include "project/SqliteStatement.h"

#include <QSqlQuery>
#include <QVariant>

namespace sna {

Result<QList<DatasetInfo>> DatasetStore::list() const
{
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral(
            "SELECT id, format, file_name, file_sha256, file_size, imported_at, importer_version, "
            "partner, rows_read, rows_stored, rows_rejected, period_start, period_end, "
            "authority_type, received_on, sharing_basis, istv_level, imported_by, encoding, "
            "mapping_name FROM dataset ORDER BY id")))
        return m_project.databaseError(tr("Could not list the datasets"));
    QList<DatasetInfo> datasets;
    while (query.next()) {
        DatasetInfo info;
        info.id = query.value(0).toLongLong();
        info.format = query.value(1).toString();
        info.fileName = query.value(2).toString();
        info.sha256 = query.value(3).toString();
        info.fileSize = query.value(4).toLongLong();
        info.importedAt = query.value(5).toString();
        info.importerVersion = query.value(6).toString();
        info.partner = query.value(7).toString();
        info.rowsRead = query.value(8).toLongLong();
        info.rowsStored = query.value(9).toLongLong();
        info.rowsRejected = query.value(10).toLongLong();
        info.periodStart = query.value(11).toInt();
        info.periodEnd = query.value(12).toInt();
        info.authorityType = query.value(13).toString();
        info.receivedOn = query.value(14).toString();
        info.sharingBasis = query.value(15).toString();
        info.istvLevel = query.value(16).toInt();
        info.importedBy = query.value(17).toString();
        info.encoding = query.value(18).toString();
        info.mappingName = query.value(19).toString();
        datasets.append(info);
    }
    return datasets;
}

Result<QList<RowProblem>> DatasetStore::rejectedRows(qint64 datasetId) const
{
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral("SELECT line, column_name, value, reason FROM rejected_row "
                                 "WHERE dataset_id = ? ORDER BY line"));
    query.addBindValue(datasetId);
    if (!query.exec())
        return m_project.databaseError(tr("Could not read the rejected rows"));
    QList<RowProblem> rows;
    while (query.next()) {
        RowProblem problem;
        problem.line = query.value(0).toLongLong();
        problem.column = query.value(1).toString();
        problem.value = query.value(2).toString();
        problem.reason = query.value(3).toString();
        rows.append(problem);
    }
    return rows;
}

Result<QList<StoredGuardDecision>> DatasetStore::guardDecisions(qint64 datasetId) const
{
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral("SELECT column_name, finding, decision, value_count, lines FROM "
                                 "guard_decision WHERE dataset_id = ? ORDER BY rowid"));
    query.addBindValue(datasetId);
    if (!query.exec())
        return m_project.databaseError(tr("Could not read the personal-data decisions"));
    QList<StoredGuardDecision> decisions;
    while (query.next()) {
        decisions.append(StoredGuardDecision{query.value(0).toString(), query.value(1).toString(),
                                             query.value(2).toString(), query.value(3).toLongLong(),
                                             query.value(4).toString()});
    }
    return decisions;
}

Status DatasetStore::removeRows(Project& project, qint64 datasetId)
{
    sqlite3* db = project.handle();
    // The bulk tables have no foreign key (see ProjectSchema), so their rows go first,
    // explicitly; every other derived table follows the dataset through ON DELETE CASCADE.
    for (const char* sql : {"DELETE FROM crime_record WHERE dataset_id = ?",
                            "DELETE FROM outcome_record WHERE dataset_id = ?"}) {
        SqliteStatement remove(db, sql);
        remove.bind(1, datasetId);
        if (!remove.execute())
            return project.databaseError(tr("Could not remove dataset %1").arg(datasetId));
    }
    SqliteStatement remove(db, "DELETE FROM dataset WHERE id = ?");
    remove.bind(1, datasetId);
    if (!remove.execute())
        return project.databaseError(tr("Could not remove dataset %1").arg(datasetId));
    if (sqlite3_changes(db) == 0)
        return makeError(tr("There is no dataset %1 in this project.").arg(datasetId));
    return {};
}

Status DatasetStore::remove(qint64 datasetId)
{
    return m_project.transaction([&]() -> Status { return removeRows(m_project, datasetId); });
}

} // namespace sna
