#pragma once

#include "project/PartnershipProfile.h"

#include <QUndoCommand>

namespace sna {

class ProjectSession;

class SetProfileCommand : public QUndoCommand {
public:
    SetProfileCommand(ProjectSession& session, PartnershipProfile before, PartnershipProfile after,
                      const QString& description);
    void undo() override;
    void redo() override;

private:
    ProjectSession& m_session;
    PartnershipProfile m_before;
    PartnershipProfile m_after;
};

} // namespace sna
