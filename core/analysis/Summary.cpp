#include "analysis/Summary.h"

#include "project/Project.h"

#include <QSqlQuery>
#include <QVariant>

namespace sna {

QString Summary::monthKey(int yyyymm)
{
    return QStringLiteral("%1-%2")
        .arg(yyyymm / 100, 4, 10, QLatin1Char('0'))
        .arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject Summary::toJson() const
{
    QJsonObject months;
    for (const auto& [month, count] : byMonth)
        months.insert(monthKey(month), double(count));
    QJsonObject categories;
    for (const auto& [category, count] : byCategory)
        categories.insert(category, double(count));
    return QJsonObject{
        {QStringLiteral("total_records"), double(totalRecords)},
        {QStringLiteral("by_month"), months},
        {QStringLiteral("by_category"), categories},
        {QStringLiteral("datasets"), datasetCount},
    };
}

Result<Summary> SummaryBuilder::build(Project& project)
{
    Summary summary;
    QSqlQuery query(project.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM dataset")) || !query.next())
        return project.databaseError(tr("Could not summarise the project"));
    summary.datasetCount = query.value(0).toInt();

    if (!query.exec(
            QStringLiteral("SELECT month, SUM(n) FROM crime_count GROUP BY month ORDER BY month")))
        return project.databaseError(tr("Could not summarise the project"));
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        summary.byMonth.append({query.value(0).toInt(), count});
        summary.totalRecords += count;
    }

    if (!query.exec(QStringLiteral(
            "SELECT c.name, SUM(n) AS total FROM crime_count JOIN crime_category c ON c.id = "
            "crime_count.category_id GROUP BY c.name ORDER BY total DESC, c.name")))
        return project.databaseError(tr("Could not summarise the project"));
    while (query.next())
        summary.byCategory.append({query.value(0).toString(), query.value(1).toLongLong()});
    return summary;
}

} // namespace sna
