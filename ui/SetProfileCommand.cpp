#include "SetProfileCommand.h"

#include "ProjectSession.h"

namespace sna {

SetProfileCommand::SetProfileCommand(ProjectSession& session, PartnershipProfile before,
                                     PartnershipProfile after, const QString& description)
    : QUndoCommand(description)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetProfileCommand::undo()
{
    m_session.applyProfile(m_before);
}

void SetProfileCommand::redo()
{
    m_session.applyProfile(m_after);
}

} // namespace sna
