#include "ConfirmTranslationCommand.h"

#include "ProjectSession.h"

namespace sna {

ConfirmTranslationCommand::ConfirmTranslationCommand(ProjectSession& session, DocumentKind kind,
                                                     const Section& section)
    : m_session(session)
    , m_kind(kind)
    , m_sectionId(section.id)
    , m_target(otherLang(section.sourceLanguage))
    , m_text(section.body.in(m_target))
    , m_revisionBefore(section.revision(m_target))
{
    setText(tr("Confirm translation of “%1”").arg(section.title.in(m_target)));
}

void ConfirmTranslationCommand::redo()
{
    m_session.applyConfirmation(m_kind, m_sectionId);
}

void ConfirmTranslationCommand::undo()
{
    m_session.restoreSectionText(m_kind, m_sectionId, m_target, m_text, m_revisionBefore);
}

} // namespace sna
