#include "plan/ActionPlanStore.h"

#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace sna {

namespace {
QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}
} // namespace

Result<ActionPlan> ActionPlanStore::load() const
{
    QSqlQuery query(m_project.database());
    QList<Priority> priorities;
    if (!query.exec(QStringLiteral(
            "SELECT id, title_en, title_cy, finding FROM plan_priority ORDER BY position")))
        return m_project.databaseError(tr("Could not read the action plan"));
    while (query.next()) {
        priorities.append(
            Priority{query.value(0).toInt(),
                     BilingualText{query.value(1).toString(), query.value(2).toString()},
                     query.value(3).toString()});
    }
    QList<Action> actions;
    if (!query.exec(QStringLiteral(
            "SELECT id, title_en, title_cy, description_en, description_cy, measure_en, "
            "measure_cy, lead, partners, sector, priority_id, start_date, due_date, status, "
            "source_lang, rev_en, rev_cy FROM plan_action ORDER BY position")))
        return m_project.databaseError(tr("Could not read the action plan"));
    while (query.next()) {
        Action action;
        action.id = query.value(0).toInt();
        action.title = BilingualText{query.value(1).toString(), query.value(2).toString()};
        action.description = BilingualText{query.value(3).toString(), query.value(4).toString()};
        action.measure = BilingualText{query.value(5).toString(), query.value(6).toString()};
        action.lead = query.value(7).toString();
        for (const QJsonValue& partner :
             QJsonDocument::fromJson(query.value(8).toString().toUtf8()).array())
            action.partners << partner.toString();
        action.sector = query.value(9).toString();
        action.priorityId = query.value(10).toInt();
        action.start = QDate::fromString(query.value(11).toString(), Qt::ISODate);
        action.due = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        action.status = ActionVocabulary::statusFromCode(query.value(13).toString())
                            .value_or(ActionStatus::NotStarted);
        action.sourceLanguage = langFromCode(query.value(14).toString()).value_or(Lang::En);
        action.revisionEn = query.value(15).toInt();
        action.revisionCy = query.value(16).toInt();
        actions.append(action);
    }
    ActionPlan plan;
    plan.setContents(priorities, actions);
    return plan;
}

Status ActionPlanStore::write(const ActionPlan& plan)
{
    if (auto valid = plan.validate(); !valid)
        return valid;
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("DELETE FROM plan_action")) ||
        !query.exec(QStringLiteral("DELETE FROM plan_priority")))
        return m_project.databaseError(tr("Could not save the action plan"));
    query.prepare(QStringLiteral("INSERT INTO plan_priority(id, position, title_en, title_cy, "
                                 "finding) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.priorities().size(); ++i) {
        const Priority& priority = plan.priorities()[i];
        query.addBindValue(priority.id);
        query.addBindValue(int(i));
        query.addBindValue(notNull(priority.title.en));
        query.addBindValue(notNull(priority.title.cy));
        query.addBindValue(notNull(priority.finding));
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the action plan"));
    }
    query.prepare(QStringLiteral(
        "INSERT INTO plan_action(id, position, title_en, title_cy, description_en, "
        "description_cy, measure_en, measure_cy, lead, partners, sector, priority_id, start_date, "
        "due_date, status, source_lang, rev_en, rev_cy) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.actions().size(); ++i) {
        const Action& action = plan.actions()[i];
        query.addBindValue(action.id);
        query.addBindValue(int(i));
        query.addBindValue(notNull(action.title.en));
        query.addBindValue(notNull(action.title.cy));
        query.addBindValue(notNull(action.description.en));
        query.addBindValue(notNull(action.description.cy));
        query.addBindValue(notNull(action.measure.en));
        query.addBindValue(notNull(action.measure.cy));
        query.addBindValue(notNull(action.lead));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(action.partners))
                                  .toJson(QJsonDocument::Compact)));
        query.addBindValue(notNull(action.sector));
        query.addBindValue(action.priorityId > 0 ? QVariant(action.priorityId) : QVariant());
        query.addBindValue(dateText(action.start));
        query.addBindValue(dateText(action.due));
        query.addBindValue(ActionVocabulary::statusCode(action.status));
        query.addBindValue(langCode(action.sourceLanguage));
        query.addBindValue(action.revisionEn);
        query.addBindValue(action.revisionCy);
        if (!query.exec())
            return m_project.databaseError(
                tr("Could not save the action “%1”").arg(action.title.en));
    }
    return {};
}

Status ActionPlanStore::save(const ActionPlan& plan, bool inTransaction)
{
    if (inTransaction)
        return write(plan);
    return m_project.transaction([&] { return write(plan); });
}

} // namespace sna
