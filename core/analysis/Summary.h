#pragma once

#include "foundation/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sna {

class Project;

// Totals over every imported record, whatever the local definition of serious violence says.
struct Summary {
    qint64 totalRecords = 0;
    int datasetCount = 0;
    QList<QPair<int, qint64>> byMonth;        // yyyymm ascending
    QList<QPair<QString, qint64>> byCategory; // largest first, then by name

    // {"total_records", "by_month": {"YYYY-MM": n}, "by_category": {name: n}, "datasets"}
    QJsonObject toJson() const;
    static QString monthKey(int yyyymm); // 201901 → "2019-01"
};

class SummaryBuilder {
    Q_DECLARE_TR_FUNCTIONS(sna::SummaryBuilder)
public:
    // Reads the per-import totals (crime_count), never the records themselves.
    static Result<Summary> build(Project& project);
};

} // namespace sna
