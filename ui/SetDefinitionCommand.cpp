#include "SetDefinitionCommand.h"

#include "ProjectSession.h"

namespace sna {

SetDefinitionCommand::SetDefinitionCommand(ProjectSession& session, ViolenceDefinition before,
                                           ViolenceDefinition after, const QString& description)
    : QUndoCommand(description)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetDefinitionCommand::undo()
{
    m_session.applyDefinition(m_before);
}

void SetDefinitionCommand::redo()
{
    m_session.applyDefinition(m_after);
}

} // namespace sna
