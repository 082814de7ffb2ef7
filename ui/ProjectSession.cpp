#include "ProjectSession.h"

#include "ConfirmTranslationCommand.h"
#include "SetAnalysisSettingsCommand.h"
#include "SetDefinitionCommand.h"
#include "SetProfileCommand.h"
#include "SetSectionTextCommand.h"

#include "SnapshotCommand.h"
#include "analysis/ViolenceDefinitionStore.h"

#include "document/DocumentStore.h"
#include "document/GlossaryStore.h"
#include "plan/ActionPlanStore.h"
#include "project/ProfileStore.h"
#include "project/Project.h"
#include "review/SignoffStore.h"

#include <QSet>

namespace sna {

Result<std::unique_ptr<ProjectSession>> ProjectSession::open(const QString& path)
{
    auto project = Project::open(path);
    if (!project)
        return project.error();
    std::unique_ptr<ProjectSession> session(new ProjectSession(std::move(project.value())));
    auto profile = ProfileStore(*session->m_project).load();
    if (!profile)
        return profile.error();
    session->m_profile = profile.value();
    for (DocumentKind kind : {DocumentKind::Strategy, DocumentKind::Sna}) {
        auto document = DocumentStore(*session->m_project).load(kind);
        if (!document)
            return document.error();
        session->mutableDocument(kind) = document.value();
    }
    auto plan = ActionPlanStore(*session->m_project).load();
    if (!plan)
        return plan.error();
    session->m_plan = plan.value();
    auto terms = GlossaryStore(*session->m_project).load();
    if (!terms)
        return terms.error();
    session->m_projectTerms = terms.value();
    session->m_glossary = Glossary::merged(session->m_projectTerms);
    auto analysis = AnalysisContext::load(*session->m_project);
    if (!analysis)
        return analysis.error();
    session->m_analysis = analysis.value();
    return session;
}

ProjectSession::ProjectSession(std::unique_ptr<Project> project)
    : m_project(std::move(project))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (auto s = save(); !s)
            Q_EMIT saveFailed(s.error().fullText());
    });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (isModified())
            m_autosave.start();
    });
}

ProjectSession::~ProjectSession()
{
    // Nothing typed is lost on close: pending edits are written before the file is closed.
    if (isModified())
        (void)save();
}

QString ProjectSession::path() const
{
    return m_project->path();
}

const Document& ProjectSession::document(DocumentKind kind) const
{
    return kind == DocumentKind::Sna ? m_sna : m_strategy;
}

Document& ProjectSession::mutableDocument(DocumentKind kind)
{
    return kind == DocumentKind::Sna ? m_sna : m_strategy;
}

void ProjectSession::applyProfile(const PartnershipProfile& profile)
{
    m_profile = profile;
    Q_EMIT profileChanged();
}

void ProjectSession::applySectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                                      const QString& markdown)
{
    mutableDocument(kind).setBody(sectionId, lang, markdown);
    Q_EMIT sectionTextChanged(kind, sectionId, lang);
}

void ProjectSession::restoreSectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                                        const QString& markdown, int revision)
{
    mutableDocument(kind).restoreBody(sectionId, lang, markdown, revision);
    Q_EMIT sectionTextChanged(kind, sectionId, lang);
}

void ProjectSession::applyConfirmation(DocumentKind kind, const QString& sectionId)
{
    Document& doc = mutableDocument(kind);
    doc.confirmTranslation(sectionId);
    if (const Section* section = doc.section(sectionId))
        Q_EMIT sectionTextChanged(kind, sectionId, otherLang(section->sourceLanguage));
}

void ProjectSession::applyDefinition(const ViolenceDefinition& definition)
{
    auto summary = SummaryBuilder::build(*m_project, definition);
    if (summary)
        m_analysis.summary = summary.value();
    else
        m_analysis.summary.definition = definition;
    // The analysis follows the definition being edited, before it is saved.
    if (m_analysis.analysis)
        m_analysis.analysis = m_analysis.analysis->withDefinition(definition);
    Q_EMIT definitionChanged();
    Q_EMIT dataChanged();
}

void ProjectSession::applyAnalysisSettings(const AnalysisSettings& settings)
{
    m_analysis.settings = settings;
    if (m_analysis.analysis)
        m_analysis.analysis = m_analysis.analysis->withSettings(settings);
    Q_EMIT dataChanged();
}

Status ProjectSession::editAnalysisSettings(const AnalysisSettings& settings,
                                            const QString& description)
{
    if (settings == m_analysis.settings)
        return {};
    if (auto valid = settings.validate(); !valid)
        return valid;
    m_undoStack.push(
        new SetAnalysisSettingsCommand(*this, m_analysis.settings, settings, description));
    return {};
}

Status ProjectSession::editDefinition(const ViolenceDefinition& definition,
                                      const QString& description)
{
    if (definition == m_analysis.summary.definition)
        return {};
    if (auto valid = definition.validate(); !valid)
        return valid;
    m_undoStack.push(
        new SetDefinitionCommand(*this, m_analysis.summary.definition, definition, description));
    return {};
}

PublicationData ProjectSession::publicationData() const
{
    return PublicationData{m_profile, m_plan, m_analysis};
}

TranslatableContent ProjectSession::translatableContent() const
{
    return TranslatableContent{m_strategy, m_sna, m_plan};
}

ComplianceInput ProjectSession::complianceInput(const QDate& today) const
{
    ComplianceInput input{m_profile, m_strategy, m_sna, m_plan, today, definition(), std::nullopt};
    if (auto signoff = SignoffStore(*m_project).status(m_profile, m_strategy); signoff)
        input.signoff = signoff.value();
    return input;
}

void ProjectSession::applyDocument(DocumentKind kind, const Document& document)
{
    mutableDocument(kind) = document;
    Q_EMIT documentChanged(kind);
}

void ProjectSession::applyActionPlan(const ActionPlan& plan)
{
    m_plan = plan;
    Q_EMIT actionPlanChanged();
}

void ProjectSession::applyGlossary(const QList<GlossaryTerm>& projectTerms)
{
    m_projectTerms = projectTerms;
    m_glossary = Glossary::merged(m_projectTerms);
    Q_EMIT glossaryChanged();
}

Status ProjectSession::editProfile(const PartnershipProfile& profile, const QString& description)
{
    if (profile == m_profile)
        return {};
    if (auto valid = profile.validate(); !valid)
        return valid;
    m_undoStack.push(new SetProfileCommand(*this, m_profile, profile, description));
    return {};
}

void ProjectSession::editDocument(DocumentKind kind, const Document& after,
                                  const QString& description, const QString& mergeKey)
{
    if (after == document(kind))
        return;
    constexpr int kMergeId = 0x5e78;
    m_undoStack.push(new SnapshotCommand<Document>(
        document(kind), after, [this, kind](const Document& d) { applyDocument(kind, d); },
        description, kMergeId, mergeKey));
}

Status ProjectSession::editActionPlan(const ActionPlan& after, const QString& description,
                                      const QString& mergeKey)
{
    if (after == m_plan)
        return {};
    if (auto valid = after.validate(); !valid)
        return valid;
    constexpr int kMergeId = 0x5e79;
    m_undoStack.push(new SnapshotCommand<ActionPlan>(
        m_plan, after, [this](const ActionPlan& plan) { applyActionPlan(plan); }, description,
        kMergeId, mergeKey));
    return {};
}

Status ProjectSession::editGlossary(const QList<GlossaryTerm>& projectTerms,
                                    const QString& description)
{
    if (projectTerms == m_projectTerms)
        return {};
    QSet<QString> seen;
    for (const GlossaryTerm& term : projectTerms) {
        if (auto valid = Glossary::validate(term); !valid)
            return valid;
        const QString key = term.en.trimmed().toCaseFolded();
        if (seen.contains(key))
            return makeError(tr("The glossary term “%1” is listed twice.").arg(term.en));
        seen.insert(key);
    }
    m_undoStack.push(new SnapshotCommand<QList<GlossaryTerm>>(
        m_projectTerms, projectTerms,
        [this](const QList<GlossaryTerm>& terms) { applyGlossary(terms); }, description));
    return {};
}

void ProjectSession::editTranslations(const TranslatableContent& after, const QString& description)
{
    if (after == translatableContent())
        return;
    // One step on the stack, three changes under it.
    auto* step = new QUndoCommand(description);
    for (DocumentKind kind : {DocumentKind::Strategy, DocumentKind::Sna}) {
        const Document& changed = kind == DocumentKind::Sna ? after.sna : after.strategy;
        new SnapshotCommand<Document>(
            document(kind), changed, [this, kind](const Document& d) { applyDocument(kind, d); },
            description, -1, {}, step);
    }
    new SnapshotCommand<ActionPlan>(
        m_plan, after.plan, [this](const ActionPlan& plan) { applyActionPlan(plan); }, description,
        -1, {}, step);
    m_undoStack.push(step);
}

void ProjectSession::editSectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                                     const QString& markdown)
{
    const Section* section = document(kind).section(sectionId);
    if (!section || section->body.in(lang) == markdown)
        return;
    m_undoStack.push(new SetSectionTextCommand(*this, kind, *section, lang, markdown));
}

void ProjectSession::confirmTranslation(DocumentKind kind, const QString& sectionId)
{
    const Section* section = document(kind).section(sectionId);
    if (!section || section->translationStatus() != TranslationStatus::Stale)
        return;
    if (section->notApplicable) {
        // What is confirmed is the reason's translation, which the text command does not hold.
        Document after = document(kind);
        after.confirmTranslation(sectionId);
        editDocument(kind, after,
                     tr("Confirm translation of “%1”")
                         .arg(section->title.in(otherLang(section->sourceLanguage))));
        return;
    }
    m_undoStack.push(new ConfirmTranslationCommand(*this, kind, *section));
}

Status ProjectSession::save()
{
    m_autosave.stop();
    const Status saved = m_project->transaction([&]() -> Status {
        if (auto s = ProfileStore(*m_project).save(m_profile, true); !s)
            return s;
        if (auto s = ViolenceDefinitionStore(*m_project).save(m_analysis.summary.definition, true);
            !s)
            return s;
        if (auto s = AnalysisSettingsStore(*m_project).save(m_analysis.settings, true); !s)
            return s;
        for (const Document* doc : {&m_strategy, &m_sna}) {
            if (auto s = DocumentStore(*m_project).save(*doc, true); !s)
                return s;
        }
        if (auto s = ActionPlanStore(*m_project).save(m_plan, true); !s)
            return s;
        return GlossaryStore(*m_project).save(m_projectTerms, true);
    });
    if (saved)
        m_undoStack.setClean();
    return saved;
}

Status ProjectSession::reloadData()
{
    auto analysis = AnalysisContext::load(*m_project);
    if (!analysis)
        return analysis.error();
    m_analysis = analysis.value();
    Q_EMIT dataChanged();
    return {};
}

} // namespace sna
