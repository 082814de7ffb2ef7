#pragma once

#include "analysis/AnalysisSettings.h"

#include <QUndoCommand>

namespace sna {

class ProjectSession;

// A change to the project's disclosure control (thresholds, rounding, the minimum events for
// a rate) or baseline year; everything published follows it, and undo puts it back.
class SetAnalysisSettingsCommand : public QUndoCommand {
public:
    SetAnalysisSettingsCommand(ProjectSession& session, const AnalysisSettings& before,
                               const AnalysisSettings& after, const QString& description);
    void undo() override;
    void redo() override;

private:
    ProjectSession& m_session;
    AnalysisSettings m_before;
    AnalysisSettings m_after;
};

} // namespace sna
