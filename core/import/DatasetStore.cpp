#include "import/DatasetStore.h"

#include "project/Project.h"

#include <QSqlQuery>
#include <QVariant>

namespace sna {

Result<QList<DatasetInfo>> DatasetStore::list() const
{
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral(
            "SELECT id, format, file_name, file_sha256, file_size, imported_at, importer_version, "
            "partner, rows_read, rows_stored, rows_rejected, period_start, period_end "
            "FROM dataset ORDER BY id")))
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

Status DatasetStore::remove(qint64 datasetId)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery query(m_project.database());
        // crime_record has no foreign key (see ProjectSchema), so its rows go first, explicitly;
        // counts and rejected rows follow the dataset through ON DELETE CASCADE.
        query.prepare(QStringLiteral("DELETE FROM crime_record WHERE dataset_id = ?"));
        query.addBindValue(datasetId);
        if (!query.exec())
            return m_project.databaseError(tr("Could not remove dataset %1").arg(datasetId));
        query.prepare(QStringLiteral("DELETE FROM dataset WHERE id = ?"));
        query.addBindValue(datasetId);
        if (!query.exec())
            return m_project.databaseError(tr("Could not remove dataset %1").arg(datasetId));
        if (query.numRowsAffected() == 0)
            return makeError(tr("There is no dataset %1 in this project.").arg(datasetId));
        return {};
    });
}

} // namespace sna
