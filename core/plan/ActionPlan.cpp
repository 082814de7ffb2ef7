#include "plan/ActionPlan.h"

#include <algorithm>

namespace sna {

namespace {
struct Term {
    const char* code;
    const char* en;
    const char* cy;
};

const Term kStatuses[] = {
    {"not-started", "Not started", "Heb ddechrau"},
    {"on-track", "On track", "Ar y trywydd iawn"},
    {"at-risk", "At risk", "Mewn perygl"},
    {"off-track", "Off track", "Oddi ar y trywydd"},
    {"done", "Done", "Wedi’i gwblhau"},
};

const Term kSectors[] = {
    {"whole-partnership", "Whole partnership", "Y bartneriaeth gyfan"},
    {"police", "Police", "Yr heddlu"},
    {"health", "Health", "Iechyd"},
    {"education", "Education", "Addysg"},
    {"local-authority", "Local authorities", "Awdurdodau lleol"},
    {"youth-justice", "Youth justice", "Cyfiawnder ieuenctid"},
    {"probation", "Probation", "Y gwasanaeth prawf"},
    {"fire", "Fire and rescue", "Tân ac achub"},
    {"prisons", "Prisons and youth custody", "Carchardai a dalfa ieuenctid"},
    {"voluntary", "Voluntary and community sector", "Y sector gwirfoddol a chymunedol"},
    {"cross-boundary", "Across boundaries", "Ar draws ffiniau"},
    {"national", "National", "Cenedlaethol"},
};

BilingualText labelOf(const Term& term)
{
    return BilingualText{QString::fromUtf8(term.en), QString::fromUtf8(term.cy)};
}
} // namespace

const std::vector<ActionStatus>& ActionVocabulary::statuses()
{
    static const std::vector<ActionStatus> list{ActionStatus::NotStarted, ActionStatus::OnTrack,
                                                ActionStatus::AtRisk, ActionStatus::OffTrack,
                                                ActionStatus::Done};
    return list;
}

QString ActionVocabulary::statusCode(ActionStatus status)
{
    return QString::fromLatin1(kStatuses[int(status)].code);
}

std::optional<ActionStatus> ActionVocabulary::statusFromCode(const QString& code)
{
    for (ActionStatus status : statuses()) {
        if (statusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

BilingualText ActionVocabulary::statusLabel(ActionStatus status)
{
    return labelOf(kStatuses[int(status)]);
}

QStringList ActionVocabulary::sectorCodes()
{
    QStringList codes;
    for (const Term& term : kSectors)
        codes << QString::fromLatin1(term.code);
    return codes;
}

bool ActionVocabulary::isSector(const QString& code)
{
    return sectorCodes().contains(code);
}

BilingualText ActionVocabulary::sectorLabel(const QString& code)
{
    for (const Term& term : kSectors) {
        if (code == QLatin1String(term.code))
            return labelOf(term);
    }
    return {};
}

const BilingualText& Action::text(Field field) const
{
    switch (field) {
    case Field::Title:
        return title;
    case Field::Description:
        return description;
    case Field::Measure:
        break;
    }
    return measure;
}

BilingualText& Action::text(Field field)
{
    return const_cast<BilingualText&>(std::as_const(*this).text(field));
}

TranslationStatus Action::translationStatus() const
{
    const Lang target = otherLang(sourceLanguage);
    for (Field field : textFields()) {
        const BilingualText& value = text(field);
        if (!value.in(sourceLanguage).trimmed().isEmpty() && value.in(target).trimmed().isEmpty())
            return TranslationStatus::Missing;
    }
    if (title.in(target).trimmed().isEmpty())
        return TranslationStatus::Missing;
    return revision(target) >= revision(sourceLanguage) ? TranslationStatus::UpToDate
                                                        : TranslationStatus::Stale;
}

void ActionPlan::setContents(QList<Priority> priorities, QList<Action> actions)
{
    m_priorities = std::move(priorities);
    m_actions = std::move(actions);
    m_revision = 0;
    for (const Action& action : m_actions)
        m_revision = std::max({m_revision, action.revisionEn, action.revisionCy});
}

const Action* ActionPlan::action(int id) const
{
    for (const Action& action : m_actions) {
        if (action.id == id)
            return &action;
    }
    return nullptr;
}

Action* ActionPlan::mutableAction(int id)
{
    // Non-const iteration detaches the list: a copy of the plan must never write into the
    // data it shares with the original (undo keeps both).
    for (Action& action : m_actions) {
        if (action.id == id)
            return &action;
    }
    return nullptr;
}

const Priority* ActionPlan::priority(int id) const
{
    for (const Priority& priority : m_priorities) {
        if (priority.id == id)
            return &priority;
    }
    return nullptr;
}

int ActionPlan::priorityNumber(int id) const
{
    for (qsizetype i = 0; i < m_priorities.size(); ++i) {
        if (m_priorities[i].id == id)
            return int(i + 1);
    }
    return 0;
}

int ActionPlan::addAction(Action action)
{
    int id = 0;
    for (const Action& existing : m_actions)
        id = std::max(id, existing.id);
    action.id = id + 1;
    const int revision = ++m_revision;
    for (Lang lang : kAllLangs) {
        bool any = false;
        for (Action::Field field : Action::textFields())
            any = any || !action.text(field).in(lang).isEmpty();
        // Texts given together in both languages are a translation made with the source.
        (lang == Lang::Cy ? action.revisionCy : action.revisionEn) = any ? revision : 0;
    }
    m_actions.append(action);
    return action.id;
}

void ActionPlan::removeAction(int id)
{
    m_actions.removeIf([id](const Action& action) { return action.id == id; });
}

void ActionPlan::updateAction(const Action& changed)
{
    Action* action = mutableAction(changed.id);
    if (!action)
        return;
    Action updated = changed;
    updated.title = action->title;
    updated.description = action->description;
    updated.measure = action->measure;
    updated.revisionEn = action->revisionEn;
    updated.revisionCy = action->revisionCy;
    *action = updated;
}

void ActionPlan::setText(int actionId, Action::Field field, Lang lang, const QString& text)
{
    Action* action = mutableAction(actionId);
    if (!action || action->text(field).in(lang) == text)
        return;
    action->text(field).in(lang) = text;
    (lang == Lang::Cy ? action->revisionCy : action->revisionEn) = ++m_revision;
}

void ActionPlan::confirmTranslation(int actionId)
{
    if (Action* action = mutableAction(actionId))
        (otherLang(action->sourceLanguage) == Lang::Cy ? action->revisionCy : action->revisionEn) =
            ++m_revision;
}

void ActionPlan::setRevision(int actionId, Lang lang, int revision)
{
    if (Action* action = mutableAction(actionId))
        (lang == Lang::Cy ? action->revisionCy : action->revisionEn) = revision;
}

int ActionPlan::addPriority(Priority priority)
{
    int id = 0;
    for (const Priority& existing : m_priorities)
        id = std::max(id, existing.id);
    priority.id = id + 1;
    m_priorities.append(priority);
    return priority.id;
}

void ActionPlan::updatePriority(const Priority& changed)
{
    for (Priority& priority : m_priorities) {
        if (priority.id == changed.id)
            priority = changed;
    }
}

void ActionPlan::removePriority(int id)
{
    m_priorities.removeIf([id](const Priority& priority) { return priority.id == id; });
    for (Action& action : m_actions) {
        if (action.priorityId == id)
            action.priorityId = 0;
    }
}

Status ActionPlan::validateAction(const Action& action) const
{
    if (action.title.en.trimmed().isEmpty() && action.title.cy.trimmed().isEmpty())
        return makeError(tr("Every action needs a title."));
    if (!action.sector.isEmpty() && !ActionVocabulary::isSector(action.sector))
        return makeError(
            tr("“%1” is not a sector; use one of: %2.")
                .arg(action.sector, ActionVocabulary::sectorCodes().join(QStringLiteral(", "))));
    if (action.priorityId != 0 && !priority(action.priorityId))
        return makeError(tr("There is no priority %1.").arg(action.priorityId));
    if (action.start.isValid() && action.due.isValid() && action.due < action.start)
        return makeError(tr("The action “%1” is due (%2) before it starts (%3).")
                             .arg(action.title.en.isEmpty() ? action.title.cy : action.title.en,
                                  action.due.toString(Qt::ISODate),
                                  action.start.toString(Qt::ISODate)));
    return {};
}

Status ActionPlan::validate() const
{
    for (const Priority& priority : m_priorities) {
        if (priority.title.en.trimmed().isEmpty() && priority.title.cy.trimmed().isEmpty())
            return makeError(tr("Every priority needs a title."));
    }
    for (const Action& action : m_actions) {
        if (auto s = validateAction(action); !s)
            return s;
    }
    return {};
}

} // namespace sna
