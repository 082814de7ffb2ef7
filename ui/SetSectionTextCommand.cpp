#include "SetSectionTextCommand.h"

#include "ProjectSession.h"

namespace sna {

SetSectionTextCommand::SetSectionTextCommand(ProjectSession& session, DocumentKind kind,
                                             const Section& section, Lang lang, QString after)
    : m_session(session)
    , m_kind(kind)
    , m_sectionId(section.id)
    , m_lang(lang)
    , m_before(section.body.in(lang))
    , m_after(std::move(after))
    , m_revisionBefore(section.revision(lang))
{
    setText(lang == Lang::Cy ? tr("Edit Welsh text of “%1”").arg(section.title.in(lang))
                             : tr("Edit English text of “%1”").arg(section.title.in(lang)));
}

void SetSectionTextCommand::redo()
{
    m_session.applySectionText(m_kind, m_sectionId, m_lang, m_after);
}

void SetSectionTextCommand::undo()
{
    // The revision comes back with the text, so translation status is exactly as before.
    m_session.restoreSectionText(m_kind, m_sectionId, m_lang, m_before, m_revisionBefore);
}

bool SetSectionTextCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetSectionTextCommand*>(other);
    if (next->m_kind != m_kind || next->m_sectionId != m_sectionId || next->m_lang != m_lang)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace sna
