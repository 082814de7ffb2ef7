#include "ProjectSession.h"

#include "ConfirmTranslationCommand.h"
#include "SetDefinitionCommand.h"
#include "SetProfileCommand.h"
#include "SetSectionTextCommand.h"

#include "analysis/ViolenceDefinitionStore.h"

#include "document/DocumentStore.h"
#include "project/ProfileStore.h"
#include "project/Project.h"

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
    auto summary = SummaryBuilder::build(*session->m_project);
    if (!summary)
        return summary.error();
    session->m_summary = summary.value();
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
        m_summary = summary.value();
    else
        m_summary.definition = definition;
    Q_EMIT definitionChanged();
    Q_EMIT dataChanged();
}

Status ProjectSession::editDefinition(const ViolenceDefinition& definition,
                                      const QString& description)
{
    if (definition == m_summary.definition)
        return {};
    if (auto valid = definition.validate(); !valid)
        return valid;
    m_undoStack.push(
        new SetDefinitionCommand(*this, m_summary.definition, definition, description));
    return {};
}

void ProjectSession::editProfile(const PartnershipProfile& profile, const QString& description)
{
    if (profile == m_profile)
        return;
    m_undoStack.push(new SetProfileCommand(*this, m_profile, profile, description));
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
    m_undoStack.push(new ConfirmTranslationCommand(*this, kind, *section));
}

Status ProjectSession::save()
{
    m_autosave.stop();
    const Status saved = m_project->transaction([&]() -> Status {
        if (auto s = ProfileStore(*m_project).save(m_profile, true); !s)
            return s;
        if (auto s = ViolenceDefinitionStore(*m_project).save(m_summary.definition, true); !s)
            return s;
        for (const Document* doc : {&m_strategy, &m_sna}) {
            if (auto s = DocumentStore(*m_project).save(*doc, true); !s)
                return s;
        }
        return {};
    });
    if (saved)
        m_undoStack.setClean();
    return saved;
}

Status ProjectSession::reloadData()
{
    auto summary = SummaryBuilder::build(*m_project, m_summary.definition);
    if (!summary)
        return summary.error();
    m_summary = summary.value();
    Q_EMIT dataChanged();
    return {};
}

} // namespace sna
