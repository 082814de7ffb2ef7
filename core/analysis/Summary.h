#pragma once

#include "analysis/DisclosureControl.h"
#include "analysis/ViolenceDefinition.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace sna {

class Project;

// Figures under the partnership's local definition of serious violence.
struct SeriousViolenceSummary {
    qint64 total = 0;
    QList<QPair<int, qint64>> byMonth;        // yyyymm ascending
    QList<QPair<QString, qint64>> byCategory; // definition category id, in definition order
    QStringList unmappedCategories;           // police categories the definition does not map
    QMap<QPair<int, QString>, qint64> byMonthAndCategory; // (yyyymm, category id) → count

    QMap<QString, qint64> byCategoryBetween(int firstMonth, int lastMonth) const;
    qint64 totalBetween(int firstMonth, int lastMonth) const;
};

// What the project's police-recorded data says. The first three figures count every imported
// record, whatever the definition says; the definition's figures are kept apart.
struct Summary {
    qint64 totalRecords = 0;
    int datasetCount = 0;
    QList<QPair<int, qint64>> byMonth;        // yyyymm ascending
    QList<QPair<QString, qint64>> byCategory; // largest first, then by name
    QList<int> missingMonths;                 // gaps between the first and last month
    ViolenceDefinition definition;
    SeriousViolenceSummary seriousViolence;

    // {"total_records", "by_month": {"YYYY-MM": n}, "by_category": {name: n}, "datasets",
    //  "coverage": {...}, "serious_violence": {...}}. Exact figures: the analyst's view.
    QJsonObject toJson() const;
    // The same figures as they may be published: counts 1..rule.suppressUpTo become "*", and
    // further cells are hidden so that no hidden one can be recovered from a total.
    QJsonObject toPublishedJson(const DisclosureRule& rule) const;
    static QString monthKey(int yyyymm); // 201901 → "2019-01"
};

class SummaryBuilder {
    Q_DECLARE_TR_FUNCTIONS(sna::SummaryBuilder)
public:
    // Reads the per-import totals (crime_count), never the records themselves.
    static Result<Summary> build(Project& project);
    // The same under a definition not yet saved (the interface recomputes as it is edited).
    static Result<Summary> build(Project& project, const ViolenceDefinition& definition);
};

} // namespace sna
