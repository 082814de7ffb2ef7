#pragma once

#include "document/Document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sna {

class ProjectSession;

// Typing in one section's text, in one language. Consecutive edits of the same text merge
// into one step, as in any editor.
class SetSectionTextCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(sna::SetSectionTextCommand)
public:
    static constexpr int kMergeId = 0x5e77;

    SetSectionTextCommand(ProjectSession& session, DocumentKind kind, const Section& section,
                          Lang lang, QString after);
    void undo() override;
    void redo() override;
    int id() const override { return kMergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectSession& m_session;
    DocumentKind m_kind;
    QString m_sectionId;
    Lang m_lang;
    QString m_before;
    QString m_after;
    int m_revisionBefore;
};

} // namespace sna
