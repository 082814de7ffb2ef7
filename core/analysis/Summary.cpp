#include "analysis/Summary.h"

#include "analysis/Periods.h"
#include "analysis/ViolenceDefinitionStore.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace sna {

namespace {

template<typename Key>
QJsonObject exactObject(const QList<QPair<Key, qint64>>& pairs, QString (*key)(const Key&))
{
    QJsonObject object;
    for (const auto& [k, count] : pairs)
        object.insert(key(k), double(count));
    return object;
}

QString monthKeyOf(const int& month)
{
    return Summary::monthKey(month);
}

QString textKeyOf(const QString& text)
{
    return text;
}

// A one-way table of the pairs, disclosure-controlled; returns the object and the total.
template<typename Key>
QJsonObject publishedObject(const QList<QPair<Key, qint64>>& pairs, QString (*key)(const Key&),
                            const DisclosureRule& rule, QJsonValue* total)
{
    QStringList labels;
    QList<QList<qint64>> cells;
    for (const auto& [k, count] : pairs) {
        labels << key(k);
        cells.append(QList<qint64>{count});
    }
    const ControlledTable table(labels, {QStringLiteral("count")}, cells, rule);
    QJsonObject object;
    for (int row = 0; row < labels.size(); ++row)
        object.insert(labels[row], table.cell(row, 0).toJson());
    if (total)
        *total = table.grandTotal().toJson();
    return object;
}

QJsonArray monthsArray(const QList<int>& months)
{
    QJsonArray array;
    for (int month : months)
        array.append(Summary::monthKey(month));
    return array;
}

QJsonArray definitionArray(const ViolenceDefinition& definition)
{
    QJsonArray array;
    for (const DefinitionCategory& c : definition.categories) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("scope"), ViolenceScopes::code(c.scope)},
                                 {QStringLiteral("name_en"), c.name.en},
                                 {QStringLiteral("name_cy"), c.name.cy},
                                 {QStringLiteral("included"), c.included}});
    }
    return array;
}

QJsonObject coverageObject(const Summary& summary)
{
    QJsonObject coverage;
    if (!summary.byMonth.isEmpty()) {
        coverage.insert(QStringLiteral("first_month"),
                        Summary::monthKey(summary.byMonth.first().first));
        coverage.insert(QStringLiteral("last_month"),
                        Summary::monthKey(summary.byMonth.last().first));
    }
    coverage.insert(QStringLiteral("missing_months"), monthsArray(summary.missingMonths));
    return coverage;
}

} // namespace

QMap<QString, qint64> SeriousViolenceSummary::byCategoryBetween(int firstMonth, int lastMonth) const
{
    QMap<QString, qint64> counts;
    for (auto it = byMonthAndCategory.cbegin(); it != byMonthAndCategory.cend(); ++it) {
        if (it.key().first >= firstMonth && it.key().first <= lastMonth)
            counts[it.key().second] += it.value();
    }
    return counts;
}

qint64 SeriousViolenceSummary::totalBetween(int firstMonth, int lastMonth) const
{
    qint64 total = 0;
    for (const auto& [month, count] : byMonth) {
        if (month >= firstMonth && month <= lastMonth)
            total += count;
    }
    return total;
}

QString Summary::monthKey(int yyyymm)
{
    return QStringLiteral("%1-%2")
        .arg(yyyymm / 100, 4, 10, QLatin1Char('0'))
        .arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject Summary::toJson() const
{
    const QJsonObject serious{
        {QStringLiteral("total"), double(seriousViolence.total)},
        {QStringLiteral("by_month"), exactObject(seriousViolence.byMonth, &monthKeyOf)},
        {QStringLiteral("by_category"), exactObject(seriousViolence.byCategory, &textKeyOf)},
        {QStringLiteral("unmapped_categories"),
         QJsonArray::fromStringList(seriousViolence.unmappedCategories)},
        {QStringLiteral("definition"), definitionArray(definition)},
    };
    return QJsonObject{
        {QStringLiteral("published"), false},
        {QStringLiteral("total_records"), double(totalRecords)},
        {QStringLiteral("by_month"), exactObject(byMonth, &monthKeyOf)},
        {QStringLiteral("by_category"), exactObject(byCategory, &textKeyOf)},
        {QStringLiteral("datasets"), datasetCount},
        {QStringLiteral("coverage"), coverageObject(*this)},
        {QStringLiteral("serious_violence"), serious},
    };
}

QJsonObject Summary::toPublishedJson(const DisclosureRule& rule) const
{
    QJsonValue totalByMonth, totalByCategory, seriousByMonth, seriousByCategory;
    const QJsonObject months = publishedObject(byMonth, &monthKeyOf, rule, &totalByMonth);
    const QJsonObject categories = publishedObject(byCategory, &textKeyOf, rule, &totalByCategory);
    const QJsonObject svMonths =
        publishedObject(seriousViolence.byMonth, &monthKeyOf, rule, &seriousByMonth);
    const QJsonObject svCategories =
        publishedObject(seriousViolence.byCategory, &textKeyOf, rule, &seriousByCategory);
    // A total hidden in either table is hidden everywhere.
    const auto merged = [](const QJsonValue& a, const QJsonValue& b, qint64 exact) -> QJsonValue {
        if (a.isString() || b.isString())
            return QStringLiteral("*");
        return a.isUndefined() ? QJsonValue(double(exact)) : a;
    };
    const QJsonObject serious{
        {QStringLiteral("total"), merged(seriousByMonth, seriousByCategory, seriousViolence.total)},
        {QStringLiteral("by_month"), svMonths},
        {QStringLiteral("by_category"), svCategories},
        {QStringLiteral("unmapped_categories"),
         QJsonArray::fromStringList(seriousViolence.unmappedCategories)},
        {QStringLiteral("definition"), definitionArray(definition)},
    };
    return QJsonObject{
        {QStringLiteral("published"), true},
        {QStringLiteral("suppressed_up_to"), rule.suppressUpTo},
        {QStringLiteral("total_records"), merged(totalByMonth, totalByCategory, totalRecords)},
        {QStringLiteral("by_month"), months},
        {QStringLiteral("by_category"), categories},
        {QStringLiteral("datasets"), datasetCount},
        {QStringLiteral("coverage"), coverageObject(*this)},
        {QStringLiteral("serious_violence"), serious},
    };
}

Result<Summary> SummaryBuilder::build(Project& project)
{
    auto definition = ViolenceDefinitionStore(project).load();
    if (!definition)
        return definition.error();
    return build(project, definition.value());
}

Result<Summary> SummaryBuilder::build(Project& project, const ViolenceDefinition& definition)
{
    Summary summary;
    summary.definition = definition;
    QSqlQuery query(project.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM dataset")) || !query.next())
        return project.databaseError(tr("Could not summarise the project"));
    summary.datasetCount = query.value(0).toInt();

    if (!query.exec(
            QStringLiteral("SELECT month, c.name, SUM(n) FROM crime_count JOIN crime_category c "
                           "ON c.id = crime_count.category_id GROUP BY month, c.name")))
        return project.databaseError(tr("Could not summarise the project"));
    QMap<int, qint64> months, seriousMonths;
    QMap<QString, qint64> categories, seriousCategories;
    const QString police = QString::fromLatin1(ViolenceDefinition::kPoliceSource);
    while (query.next()) {
        const int month = query.value(0).toInt();
        const QString category = query.value(1).toString();
        const qint64 count = query.value(2).toLongLong();
        months[month] += count;
        categories[category] += count;
        summary.totalRecords += count;
        if (summary.definition.counts(police, category)) {
            const QString id = *summary.definition.mappingFor(police, category);
            seriousMonths[month] += count;
            seriousCategories[id] += count;
            summary.seriousViolence.byMonthAndCategory[{month, id}] += count;
            summary.seriousViolence.total += count;
        }
    }
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        summary.byMonth.append({it.key(), it.value()});
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        summary.byCategory.append({it.key(), it.value()});
    std::sort(summary.byCategory.begin(), summary.byCategory.end(),
              [](const auto& a, const auto& b) {
                  return a.second != b.second ? a.second > b.second : a.first < b.first;
              });
    summary.missingMonths = Periods::missingMonths(months);

    // Serious violence: every month the data covers (a month with none is a true zero, not a
    // gap), and every included category of the definition.
    if (!months.isEmpty()) {
        for (auto it = months.cbegin(); it != months.cend(); ++it)
            summary.seriousViolence.byMonth.append({it.key(), seriousMonths.value(it.key())});
    }
    for (const DefinitionCategory& c : summary.definition.categories) {
        if (c.included)
            summary.seriousViolence.byCategory.append({c.id, seriousCategories.value(c.id)});
    }
    summary.seriousViolence.unmappedCategories =
        summary.definition.unmapped(police, categories.keys());
    return summary;
}

} // namespace sna
