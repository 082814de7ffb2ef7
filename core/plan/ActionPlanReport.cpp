#include "plan/ActionPlanReport.h"

#include "document/FixedText.h"

namespace sna {

namespace {
BilingualText both(FixedText::Term term)
{
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}

// A text in the wanted language, falling back to the other so that nothing prints empty.
QString in(const BilingualText& text, Lang lang)
{
    const QString value = text.in(lang).trimmed();
    return value.isEmpty() ? text.in(otherLang(lang)).trimmed() : value;
}

QString shortDate(const QDate& date, Lang lang)
{
    return date.isValid() ? FixedText::shortMonthYear(date.year(), date.month(), lang)
                          : QStringLiteral("—");
}

QString row(const QStringList& cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}
} // namespace

QString ActionPlanReport::escape(const QString& text)
{
    QString out;
    const QString simple = text.simplified(); // no line breaks inside a table cell
    for (const QChar c : simple) {
        if (QStringLiteral("\\`*_[]<>|#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QList<ActionGroup> ActionPlanReport::byPriority(const ActionPlan& plan)
{
    QList<ActionGroup> groups;
    for (qsizetype i = 0; i < plan.priorities().size(); ++i) {
        const Priority& priority = plan.priorities()[i];
        ActionGroup group;
        group.key = QString::number(priority.id);
        for (Lang lang : kAllLangs)
            group.heading.in(lang) = FixedText::text(FixedText::PriorityHeading, lang)
                                         .arg(i + 1)
                                         .arg(in(priority.title, lang));
        for (const Action& action : plan.actions()) {
            if (action.priorityId == priority.id)
                group.actions.append(action);
        }
        groups.append(group);
    }
    ActionGroup other{QString(), both(FixedText::NoPriority), {}};
    for (const Action& action : plan.actions()) {
        if (!plan.priority(action.priorityId))
            other.actions.append(action);
    }
    if (!other.actions.isEmpty())
        groups.append(other);
    return groups;
}

QList<ActionGroup> ActionPlanReport::bySector(const ActionPlan& plan)
{
    QList<ActionGroup> groups;
    for (const QString& code : ActionVocabulary::sectorCodes()) {
        ActionGroup group{code, ActionVocabulary::sectorLabel(code), {}};
        for (const Action& action : plan.actions()) {
            if (action.sector == code)
                group.actions.append(action);
        }
        if (!group.actions.isEmpty())
            groups.append(group);
    }
    ActionGroup other{QString(), both(FixedText::NoPriority), {}};
    for (const Action& action : plan.actions()) {
        if (!ActionVocabulary::isSector(action.sector))
            other.actions.append(action);
    }
    if (!other.actions.isEmpty())
        groups.append(other);
    return groups;
}

QString ActionPlanReport::toMarkdown(const ActionPlan& plan, Lang lang, int headingLevel)
{
    auto text = [lang](FixedText::Term term) { return FixedText::text(term, lang); };
    if (plan.actions().isEmpty())
        return QStringLiteral("*%1*").arg(escape(text(FixedText::NoActionsYet)));
    const QString heading = QString(headingLevel, QLatin1Char('#')) + QLatin1Char(' ');
    const QString subheading = QString(headingLevel + 1, QLatin1Char('#')) + QLatin1Char(' ');
    auto actionCell = [lang](const Action& action) {
        const QString description = in(action.description, lang);
        QString cell = QStringLiteral("**%1**").arg(escape(in(action.title, lang)));
        if (!description.isEmpty())
            cell += QStringLiteral(": ") + escape(description);
        return cell;
    };
    auto partnersCell = [lang](const Action& action) {
        return action.partners.isEmpty() ? QStringLiteral("—")
                                         : escape(FixedText::joinList(action.partners, lang));
    };
    auto orDash = [](const QString& value) {
        return value.isEmpty() ? QStringLiteral("—") : escape(value);
    };

    QString markdown;
    markdown += heading + text(FixedText::ActionPlanByPriority) + QStringLiteral("\n\n");
    for (const ActionGroup& group : byPriority(plan)) {
        if (group.actions.isEmpty())
            continue;
        markdown += subheading + escape(group.heading.in(lang)) + QStringLiteral("\n\n");
        markdown += row({text(FixedText::ColumnAction), text(FixedText::ColumnLead),
                         text(FixedText::ColumnPartners), text(FixedText::ColumnStart),
                         text(FixedText::ColumnDue), text(FixedText::ColumnStatus),
                         text(FixedText::ColumnMeasure)});
        markdown += QStringLiteral("|---|---|---|---|---|---|---|\n");
        for (const Action& action : group.actions) {
            markdown += row({actionCell(action), orDash(action.lead), partnersCell(action),
                             shortDate(action.start, lang), shortDate(action.due, lang),
                             ActionVocabulary::statusLabel(action.status).in(lang),
                             orDash(in(action.measure, lang))});
        }
        markdown += QLatin1Char('\n');
    }
    markdown += heading + text(FixedText::ActionPlanBySector) + QStringLiteral("\n\n");
    for (const ActionGroup& group : bySector(plan)) {
        markdown += subheading + escape(group.heading.in(lang)) + QStringLiteral("\n\n");
        markdown += row({text(FixedText::ColumnAction), text(FixedText::ColumnPriority),
                         text(FixedText::ColumnLead), text(FixedText::ColumnDue),
                         text(FixedText::ColumnStatus)});
        markdown += QStringLiteral("|---|---|---|---|---|\n");
        for (const Action& action : group.actions) {
            const int number = plan.priorityNumber(action.priorityId);
            markdown += row({QStringLiteral("**%1**").arg(escape(in(action.title, lang))),
                             number > 0 ? QString::number(number) : QStringLiteral("—"),
                             orDash(action.lead), shortDate(action.due, lang),
                             ActionVocabulary::statusLabel(action.status).in(lang)});
        }
        markdown += QLatin1Char('\n');
    }
    return markdown.trimmed();
}

} // namespace sna
