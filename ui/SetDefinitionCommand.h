#pragma once

#include "analysis/ViolenceDefinition.h"

#include <QUndoCommand>

namespace sna {

class ProjectSession;

// A change to the local definition of serious violence or its category mapping; every figure
// under the definition follows it, and undo puts them back.
class SetDefinitionCommand : public QUndoCommand {
public:
    SetDefinitionCommand(ProjectSession& session, ViolenceDefinition before,
                         ViolenceDefinition after, const QString& description);
    void undo() override;
    void redo() override;

private:
    ProjectSession& m_session;
    ViolenceDefinition m_before;
    ViolenceDefinition m_after;
};

} // namespace sna
