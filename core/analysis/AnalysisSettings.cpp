#include "analysis/AnalysisSettings.h"

#include "project/Project.h"

#include <QSqlQuery>
#include <QVariant>

namespace sna {

namespace {
const QString kHealth = QStringLiteral("suppression.health.max");
const QString kOther = QStringLiteral("suppression.other.max");
const QString kRate = QStringLiteral("rates.minimum_events");
const QString kBaseline = QStringLiteral("baseline.year");
const QString kHealthRound = QStringLiteral("rounding.health");
const QString kOtherRound = QStringLiteral("rounding.other");
} // namespace

Status AnalysisSettings::validate() const
{
    for (int threshold : {healthSuppressionMax, otherSuppressionMax, rateMinimumEvents}) {
        if (threshold < 0 || threshold > 100)
            return makeError(
                tr("A suppression or reliability threshold must be between 0 and 100, not %1.")
                    .arg(threshold));
    }
    for (int base : {healthRoundTo, otherRoundTo}) {
        if (base < 0 || base > 100)
            return makeError(
                tr("Counts can be rounded to a multiple from 0 (no rounding) to 100, not %1.")
                    .arg(base));
    }
    if (baselineYear != 0 && (baselineYear < 2000 || baselineYear > 2100))
        return makeError(
            tr("The baseline year must be between 2000 and 2100, not %1.").arg(baselineYear));
    return {};
}

DisclosureRule AnalysisSettings::rule(SourceClass source) const
{
    DisclosureRule rule;
    rule.suppressUpTo = source == SourceClass::Health ? healthSuppressionMax : otherSuppressionMax;
    rule.roundTo = source == SourceClass::Health ? healthRoundTo : otherRoundTo;
    rule.rateMinimumEvents = rateMinimumEvents;
    return rule;
}

Result<AnalysisSettings> AnalysisSettingsStore::load() const
{
    AnalysisSettings settings;
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("SELECT key, value FROM analysis_setting")))
        return m_project.databaseError(tr("Could not read the analysis settings"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        bool ok = false;
        const int value = query.value(1).toString().toInt(&ok);
        if (!ok)
            continue; // a value this version cannot read keeps its default
        if (key == kHealth)
            settings.healthSuppressionMax = value;
        else if (key == kOther)
            settings.otherSuppressionMax = value;
        else if (key == kRate)
            settings.rateMinimumEvents = value;
        else if (key == kBaseline)
            settings.baselineYear = value;
        else if (key == kHealthRound)
            settings.healthRoundTo = value;
        else if (key == kOtherRound)
            settings.otherRoundTo = value;
    }
    return settings;
}

Status AnalysisSettingsStore::save(const AnalysisSettings& settings, bool inTransaction)
{
    if (auto valid = settings.validate(); !valid)
        return valid;
    const auto write = [&]() -> Status {
        QSqlQuery query(m_project.database());
        query.prepare(QStringLiteral("INSERT INTO analysis_setting(key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        const std::pair<QString, int> values[] = {
            {kHealth, settings.healthSuppressionMax}, {kOther, settings.otherSuppressionMax},
            {kRate, settings.rateMinimumEvents},      {kBaseline, settings.baselineYear},
            {kHealthRound, settings.healthRoundTo},   {kOtherRound, settings.otherRoundTo}};
        for (const auto& [key, value] : values) {
            query.addBindValue(key);
            query.addBindValue(QString::number(value));
            if (!query.exec())
                return m_project.databaseError(tr("Could not save the analysis settings"));
        }
        return {};
    };
    return inTransaction ? write() : m_project.transaction(write);
}

} // namespace sna
