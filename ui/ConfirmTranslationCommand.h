#pragma once

#include "document/Document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sna {

class ProjectSession;

// Marks a section's translation as current without editing it (the source changed in a way
// that needs no change in the translation).
class ConfirmTranslationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(sna::ConfirmTranslationCommand)
public:
    ConfirmTranslationCommand(ProjectSession& session, DocumentKind kind, const Section& section);
    void undo() override;
    void redo() override;

private:
    ProjectSession& m_session;
    DocumentKind m_kind;
    QString m_sectionId;
    Lang m_target;
    QString m_text;
    int m_revisionBefore;
};

} // namespace sna
