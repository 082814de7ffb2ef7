#include "SetAnalysisSettingsCommand.h"

#include "ProjectSession.h"

namespace sna {

SetAnalysisSettingsCommand::SetAnalysisSettingsCommand(ProjectSession& session,
                                                       const AnalysisSettings& before,
                                                       const AnalysisSettings& after,
                                                       const QString& description)
    : QUndoCommand(description)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{
}

void SetAnalysisSettingsCommand::undo()
{
    m_session.applyAnalysisSettings(m_before);
}

void SetAnalysisSettingsCommand::redo()
{
    m_session.applyAnalysisSettings(m_after);
}

} // namespace sna
