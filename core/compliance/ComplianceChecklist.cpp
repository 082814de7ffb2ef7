#include "compliance/ComplianceChecklist.h"

#include "analysis/ViolenceDefinitionStore.h"

#include "document/DocumentStore.h"
#include "document/DocumentTemplates.h"
#include "document/FixedText.h"
#include "foundation/UiLanguage.h"
#include "plan/ActionPlanStore.h"
#include "project/ProfileStore.h"
#include "project/Timetable.h"

#include <QJsonArray>

#include <algorithm>

namespace sna {

namespace {
using State = ComplianceItem::State;

Lang ui()
{
    return UiLanguage::instance().current();
}

QString dateText(const QDate& date)
{
    return FixedText::date(date, ui());
}

QString sectionName(const Document& document, const Section& section)
{
    return QStringLiteral("%1 %2").arg(document.number(section.id), section.title.in(ui()));
}

// The section of `document` that stands for template section `templateId`.
const Section* covering(const Document& document, const QString& templateId)
{
    for (const Section& section : document.sections()) {
        if (section.coveredIds().contains(templateId))
            return &section;
    }
    return nullptr;
}

QString joinShort(const QStringList& items)
{
    constexpr int kShown = 4;
    QString text = items.mid(0, kShown).join(QStringLiteral("; "));
    if (items.size() > kShown)
        text += ComplianceChecklist::tr("; and %1 more").arg(items.size() - kShown);
    return text;
}
} // namespace

QString ComplianceChecklist::stateCode(ComplianceItem::State state)
{
    switch (state) {
    case State::Pass:
        return QStringLiteral("pass");
    case State::Fail:
        return QStringLiteral("fail");
    case State::NotApplicable:
        break;
    }
    return QStringLiteral("n/a");
}

QString ComplianceChecklist::stateLabel(ComplianceItem::State state)
{
    switch (state) {
    case State::Pass:
        return tr("Pass");
    case State::Fail:
        return tr("Fail");
    case State::NotApplicable:
        break;
    }
    return tr("Not applicable");
}

bool ComplianceChecklist::requiredPass(const QList<ComplianceItem>& items)
{
    return failingRequired(items) == 0;
}

int ComplianceChecklist::failingRequired(const QList<ComplianceItem>& items)
{
    int failing = 0;
    for (const ComplianceItem& item : items)
        failing += item.required && item.state == State::Fail ? 1 : 0;
    return failing;
}

QJsonObject ComplianceChecklist::toJson(const QList<ComplianceItem>& items)
{
    QJsonArray array;
    for (const ComplianceItem& item : items) {
        array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("status"), stateCode(item.state)},
                                 {QStringLiteral("required"), item.required},
                                 {QStringLiteral("reason"), item.reason}});
    }
    return QJsonObject{{QStringLiteral("items"), array}};
}

Result<ComplianceInput> ComplianceChecklist::load(Project& project, const QDate& today)
{
    ComplianceInput input;
    input.today = today;
    auto profile = ProfileStore(project).load();
    if (!profile)
        return profile.error();
    input.profile = profile.value();
    for (DocumentKind kind : {DocumentKind::Strategy, DocumentKind::Sna}) {
        auto document = DocumentStore(project).load(kind);
        if (!document)
            return document.error();
        (kind == DocumentKind::Sna ? input.sna : input.strategy) = document.value();
    }
    auto plan = ActionPlanStore(project).load();
    if (!plan)
        return plan.error();
    input.plan = plan.value();
    auto definition = ViolenceDefinitionStore(project).load();
    if (!definition)
        return definition.error();
    input.definition = definition.value();
    auto signoff = SignoffStore(project).status(input.profile, input.strategy);
    if (!signoff)
        return signoff.error();
    input.signoff = signoff.value();
    return input;
}

QList<ComplianceItem> ComplianceChecklist::evaluate(const ComplianceInput& input)
{
    QList<ComplianceItem> items;
    const PartnershipProfile& profile = input.profile;
    const bool wales = profile.coversWales();
    auto add = [&](QString id, QString title, bool required, State state, QString reason,
                   QString target) {
        items.append(ComplianceItem{std::move(id), std::move(title), state, required,
                                    std::move(reason), std::move(target)});
    };

    // The local definition (paras 28–35), recorded in the Definition tab.
    {
        const QString target = QStringLiteral("definition");
        const ViolenceDefinition& definition = input.definition;
        QStringList missing;
        for (ViolenceScope scope : ViolenceScopes::required()) {
            const bool present = std::any_of(
                definition.categories.begin(), definition.categories.end(),
                [&](const DefinitionCategory& c) { return c.included && c.scope == scope; });
            if (!present)
                missing << ViolenceScopes::label(scope);
        }
        add(QStringLiteral("definition-youth-violence"),
            tr("The local definition includes public-space youth violence"), true,
            missing.isEmpty() ? State::Pass : State::Fail,
            missing.isEmpty() ? tr("Homicide, violence against the person (including knife and gun "
                                   "crime) and crime where violence is inherent are all included.")
                              : tr("Not included: %1.").arg(missing.join(QStringLiteral(", "))),
            target);
        const bool terrorism =
            std::any_of(definition.categories.begin(), definition.categories.end(),
                        [](const DefinitionCategory& c) {
                            return c.included && c.scope == ViolenceScope::Terrorism;
                        });
        add(QStringLiteral("definition-excludes-terrorism"),
            tr("The local definition excludes terrorism"), true,
            terrorism ? State::Fail : State::Pass,
            terrorism
                ? tr("Terrorism is part of the definition, but the Duty excludes it (para 30).")
                : tr("Terrorism is not part of the definition."),
            target);
    }

    // The SNA records data gaps (para 149).
    {
        const QString id = QStringLiteral("sna-data-gaps");
        const QString title = tr("The SNA records data and intelligence gaps");
        const Section* gaps = covering(input.sna, QStringLiteral("data-gaps"));
        if (!gaps) {
            add(id, title, true, State::Fail, tr("The SNA has no section on data gaps."),
                QStringLiteral("section:sna:"));
        } else {
            const QString target = QStringLiteral("section:sna:") + gaps->id;
            if (gaps->notApplicable)
                add(id, title, true, State::Fail,
                    tr("Section %1 is marked not applicable, but every SNA must record its data "
                       "gaps.")
                        .arg(sectionName(input.sna, *gaps)),
                    target);
            else if (!gaps->isWritten())
                add(id, title, true, State::Fail,
                    tr("Section %1 has no text yet.").arg(sectionName(input.sna, *gaps)), target);
            else
                add(id, title, true, State::Pass,
                    tr("Recorded in section %1.").arg(sectionName(input.sna, *gaps)), target);
        }
    }

    // The strategy's contents (para 154 a–o), judged on what will be published.
    {
        const Document published = input.strategy.withoutSensitive();
        const Document blank = DocumentTemplates::strategy();
        QList<const Section*> ordered;
        for (const Section& item : blank.sections())
            ordered.append(&item);
        std::sort(ordered.begin(), ordered.end(), [](const Section* a, const Section* b) {
            return a->guidanceRef < b->guidanceRef;
        });
        for (const Section* item : std::as_const(ordered)) {
            const QString letter = item->guidanceRef.mid(4, 1);
            const QString id = QStringLiteral("strategy-154-") + letter;
            const QString title =
                tr("Strategy, para %1: %2").arg(item->guidanceRef, item->title.in(ui()));
            const Section* section = covering(published, item->id);
            if (!section) {
                const Section* restricted = covering(input.strategy, item->id);
                if (restricted)
                    add(id, title, true, State::Fail,
                        tr("Only in section %1, which is restricted and will not be published.")
                            .arg(sectionName(input.strategy, *restricted)),
                        QStringLiteral("section:strategy:") + restricted->id);
                else
                    add(id, title, true, State::Fail, tr("No section of the strategy covers it."),
                        QStringLiteral("section:strategy:"));
                continue;
            }
            const QString target = QStringLiteral("section:strategy:") + section->id;
            const QString name = sectionName(published, *section);
            if (section->notApplicable) {
                const QString reason =
                    section->notApplicableReason.in(section->sourceLanguage).trimmed();
                if (reason.isEmpty())
                    add(id, title, true, State::Fail,
                        tr("Section %1 is marked not applicable without a reason.").arg(name),
                        target);
                else
                    add(id, title, true, State::Pass, tr("Marked not applicable: %1").arg(reason),
                        target);
            } else if (!section->isWritten()) {
                add(id, title, true, State::Fail, tr("Section %1 has no text yet.").arg(name),
                    target);
            } else {
                add(id, title, true, State::Pass, tr("Covered in section %1.").arg(name), target);
            }
        }
    }

    // Consultation of educational, prison and youth custody authorities (para 13).
    {
        struct Consulted {
            const char* id;
            AuthorityKind kind;
            const char* title;
            const char* none;
        };
        const Consulted kinds[] = {
            {"consulted-education", AuthorityKind::Education,
             QT_TR_NOOP("Educational authorities consulted on the strategy"),
             QT_TR_NOOP("No educational authority is listed in the partnership profile.")},
            {"consulted-prison", AuthorityKind::Prison,
             QT_TR_NOOP("Prison authorities consulted on the strategy"),
             QT_TR_NOOP("No prison authority is listed in the partnership profile.")},
            {"consulted-youth-custody", AuthorityKind::YouthCustody,
             QT_TR_NOOP("Youth custody authorities consulted on the strategy"),
             QT_TR_NOOP("No youth custody authority is listed in the partnership profile.")},
        };
        for (const Consulted& entry : kinds) {
            QStringList consulted;
            QStringList notYet;
            for (const Authority& authority : profile.authorities) {
                if (authority.kind != entry.kind)
                    continue;
                if (authority.consultedOn.isValid())
                    consulted << tr("%1 (%2)").arg(authority.name, dateText(authority.consultedOn));
                else
                    notYet << authority.name;
            }
            const QString id = QString::fromLatin1(entry.id);
            const QString title = tr(entry.title);
            if (consulted.isEmpty() && notYet.isEmpty())
                add(id, title, true, State::Fail, tr(entry.none), QStringLiteral("profile"));
            else if (!notYet.isEmpty())
                add(id, title, true, State::Fail,
                    tr("Not yet consulted: %1.").arg(notYet.join(QStringLiteral(", "))),
                    QStringLiteral("profile"));
            else
                add(id, title, true, State::Pass,
                    tr("Consulted: %1.").arg(consulted.join(QStringLiteral(", "))),
                    QStringLiteral("profile"));
        }
    }

    // Nothing restricted in the published strategy (para 41b).
    {
        const Document published = input.strategy.withoutSensitive();
        QStringList leaked;
        for (const Section& section : published.sections()) {
            if (section.sensitive)
                leaked << sectionName(published, section);
        }
        QStringList withheld;
        for (const Section& section : input.strategy.sections()) {
            if (section.sensitive)
                withheld << sectionName(input.strategy, section);
        }
        const QString title = tr("No restricted section in the published strategy");
        if (!leaked.isEmpty())
            add(QStringLiteral("no-sensitive-published"), title, true, State::Fail,
                tr("Restricted but still published: %1.").arg(joinShort(leaked)),
                QStringLiteral("section:strategy:"));
        else if (withheld.isEmpty())
            add(QStringLiteral("no-sensitive-published"), title, true, State::Pass,
                tr("No section is marked restricted."), QStringLiteral("section:strategy:"));
        else
            add(QStringLiteral("no-sensitive-published"), title, true, State::Pass,
                tr("Left out of the published strategy: %1.").arg(joinShort(withheld)),
                QStringLiteral("section:strategy:"));
    }

    // The Welsh version (para 163).
    auto welshCheck = [&](const QString& id, const QString& title, const Document& full,
                          bool required, bool withPlan) {
        const QString target = QStringLiteral("section:%1:").arg(documentId(full.kind()));
        if (!wales) {
            add(id, title, required, State::NotApplicable,
                tr("The partnership covers no area in Wales."), target);
            return;
        }
        const Document published = full.withoutSensitive();
        QStringList problems;
        QString first;
        for (const Section& section : published.sections()) {
            const bool anyText = !section.content().en.trimmed().isEmpty() ||
                                 !section.content().cy.trimmed().isEmpty();
            if (!anyText)
                continue; // nothing written in either language: the contents items say so
            const TranslationStatus status = section.translationStatus();
            if (status == TranslationStatus::UpToDate)
                continue;
            const bool welshIsTarget = otherLang(section.sourceLanguage) == Lang::Cy;
            const QString what =
                status == TranslationStatus::Missing
                    ? (welshIsTarget ? tr("Welsh missing") : tr("English missing"))
                    : (welshIsTarget ? tr("Welsh out of date") : tr("English out of date"));
            problems << tr("%1: %2").arg(sectionName(published, section), what);
            if (first.isEmpty())
                first = QStringLiteral("section:%1:%2").arg(documentId(full.kind()), section.id);
        }
        if (withPlan) {
            for (const Priority& priority : input.plan.priorities()) {
                if (priority.title.cy.trimmed().isEmpty())
                    problems << tr("Priority “%1”: Welsh missing").arg(priority.title.en);
            }
            for (const Action& action : input.plan.actions()) {
                const TranslationStatus status = action.translationStatus();
                if (status == TranslationStatus::UpToDate)
                    continue;
                const QString name = action.title.in(ui()).isEmpty()
                                         ? action.title.in(otherLang(ui()))
                                         : action.title.in(ui());
                problems << (status == TranslationStatus::Missing
                                 ? tr("Action “%1”: translation missing").arg(name)
                                 : tr("Action “%1”: translation out of date").arg(name));
                if (first.isEmpty())
                    first = QStringLiteral("plan");
            }
        }
        if (problems.isEmpty())
            add(id, title, required, State::Pass,
                tr("Every written section is in Welsh and English, and no translation is out of "
                   "date."),
                target);
        else
            add(id, title, required, State::Fail, joinShort(problems),
                first.isEmpty() ? target : first);
    };
    welshCheck(QStringLiteral("welsh-complete"),
               tr("The Welsh version of the strategy is complete and up to date"), input.strategy,
               true, true);
    welshCheck(QStringLiteral("welsh-complete-sna"),
               tr("The Welsh version of the SNA is complete and up to date"), input.sna, false,
               false);

    // Dates (paras 153, 160–162).
    {
        const QList<Timetable::Entry> entries = Timetable::entries(profile, input.today);
        auto entryOf = [&](MilestoneKind kind) -> const Timetable::Entry* {
            for (const Timetable::Entry& entry : entries) {
                if (entry.kind == kind)
                    return &entry;
            }
            return nullptr;
        };
        const QString target = QStringLiteral("timetable");
        auto dateCheck = [&](const QString& id, const QString& title, MilestoneKind kind,
                             bool required, const QString& limitReason) {
            if (!Timetable::appliesTo(kind, profile)) {
                add(id, title, required, State::NotApplicable,
                    tr("The partnership covers no area in Wales."), target);
                return;
            }
            const Timetable::Entry* entry = entryOf(kind);
            if (!entry || entry->state == Timetable::State::NotSet) {
                add(id, title, required, State::Fail, tr("No date has been set."), target);
                return;
            }
            const QDate when = entry->done.isValid() ? entry->done : entry->due;
            if (entry->latest.isValid() && when > entry->latest) {
                add(id, title, required, State::Fail,
                    limitReason.arg(dateText(when), dateText(entry->latest)), target);
                return;
            }
            if (entry->state == Timetable::State::Done) {
                add(id, title, required, State::Pass, tr("Done on %1.").arg(dateText(entry->done)),
                    target);
            } else if (entry->state == Timetable::State::Overdue) {
                add(id, title, required, State::Fail,
                    tr("Overdue: it was due on %1 and is not marked as done.")
                        .arg(dateText(entry->due)),
                    target);
            } else {
                add(id, title, required, State::Pass,
                    tr("Planned for %1.").arg(dateText(entry->due)), target);
            }
        };
        dateCheck(QStringLiteral("sna-date"), tr("The SNA has a completion date and is on time"),
                  MilestoneKind::Sna, false, QString());
        dateCheck(QStringLiteral("publication-date"),
                  tr("The strategy has a publication date and is on time"),
                  MilestoneKind::StrategyPublication, true, QString());
        const QString sevenDays = tr("%1 is more than 7 days after publication; it is due by %2.");
        dateCheck(QStringLiteral("home-office-submission"),
                  tr("The strategy is sent to the Home Office within 7 days of publication"),
                  MilestoneKind::HomeOfficeSubmission, true, sevenDays);
        dateCheck(QStringLiteral("welsh-ministers-submission"),
                  tr("The strategy is sent to the Welsh Ministers within 7 days of publication"),
                  MilestoneKind::WelshMinistersSubmission, true, sevenDays);
        dateCheck(QStringLiteral("annual-review"),
                  tr("The annual review of the strategy is scheduled"), MilestoneKind::AnnualReview,
                  true, tr("%1 is more than a year after publication; review by %2."));
    }

    // Good practice the guidance names, not required.
    add(QStringLiteral("coordinator-named"), tr("A named coordinator (para 154 a)"), false,
        profile.coordinator.trimmed().isEmpty() ? State::Fail : State::Pass,
        profile.coordinator.trimmed().isEmpty() ? tr("No coordinator is named in the profile.")
                                                : tr("Coordinator: %1.").arg(profile.coordinator),
        QStringLiteral("profile"));
    {
        QStringList incomplete;
        for (const Action& action : input.plan.actions()) {
            if (action.lead.trimmed().isEmpty() || !action.due.isValid() ||
                (action.measure.en.trimmed().isEmpty() && action.measure.cy.trimmed().isEmpty()))
                incomplete << (action.title.in(ui()).isEmpty() ? action.title.in(otherLang(ui()))
                                                               : action.title.in(ui()));
        }
        const QString title = tr("Every action has a lead, a due date and a success measure");
        if (input.plan.actions().isEmpty())
            add(QStringLiteral("action-plan"), title, false, State::Fail,
                tr("The action plan has no actions yet."), QStringLiteral("plan"));
        else if (!incomplete.isEmpty())
            add(QStringLiteral("action-plan"), title, false, State::Fail,
                tr("Incomplete: %1.").arg(joinShort(incomplete)), QStringLiteral("plan"));
        else
            add(QStringLiteral("action-plan"), title, false, State::Pass,
                tr("Actions: %1.").arg(input.plan.actions().size()), QStringLiteral("plan"));
    }

    // Sign-off (issue 9): the version being published is the strategy's latest named version.
    if (input.signoff) {
        const SignoffStatus& signoff = *input.signoff;
        const QString id = QStringLiteral("signoff");
        const QString title =
            tr("Every specified authority has signed off the version of the strategy being "
               "published");
        const QString target = QStringLiteral("signoff");
        if (signoff.specified.isEmpty())
            add(id, title, false, State::Fail, tr("The profile names no specified authority."),
                QStringLiteral("profile"));
        else if (signoff.version.isEmpty())
            add(id, title, false, State::Fail,
                tr("No version of the strategy has been saved yet: save one, then record each "
                   "authority's sign-off of it."),
                target);
        else if (!signoff.currentMatches)
            add(id, title, false, State::Fail,
                tr("The strategy has changed since version “%1”: save a new version for "
                   "sign-off.")
                    .arg(signoff.version),
                target);
        else if (!signoff.missing.isEmpty())
            add(id, title, false, State::Fail,
                tr("Version “%1” awaits sign-off by: %2.")
                    .arg(signoff.version, joinShort(signoff.missing)),
                target);
        else
            add(id, title, false, State::Pass,
                tr("Version “%1” is signed off by every specified authority (%2).")
                    .arg(signoff.version)
                    .arg(signoff.signedOff.size()),
                target);
    }
    return items;
}

} // namespace sna
