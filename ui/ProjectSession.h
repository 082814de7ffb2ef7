#pragma once

#include "analysis/Summary.h"
#include "document/Document.h"
#include "foundation/Result.h"
#include "project/PartnershipProfile.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace sna {

class Project;

// An open project as the interface sees it: the file, the documents and profile being edited,
// the undo stack and autosave. Every edit goes through an undo command; the stack's clean
// state is the "saved" state, and autosave writes pending changes a few seconds after the last
// edit, in one transaction.
class ProjectSession : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<ProjectSession>> open(const QString& path);
    ~ProjectSession() override;

    QString path() const;
    Project& project() { return *m_project; }
    QUndoStack* undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }

    const PartnershipProfile& profile() const { return m_profile; }
    const Document& document(DocumentKind kind) const;
    const Summary& summary() const { return m_summary; }
    const ViolenceDefinition& definition() const { return m_summary.definition; }

    // Used by undo commands only: they apply states, they do not record them.
    void applyProfile(const PartnershipProfile& profile);
    void applySectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                          const QString& markdown);
    void restoreSectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                            const QString& markdown, int revision);
    void applyConfirmation(DocumentKind kind, const QString& sectionId);
    void applyDefinition(const ViolenceDefinition& definition);

    // Recorded edits (undoable).
    void editProfile(const PartnershipProfile& profile, const QString& description);
    void editSectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                         const QString& markdown);
    void confirmTranslation(DocumentKind kind, const QString& sectionId);
    // Refused (nothing recorded) when the definition is not valid; the error says why.
    Status editDefinition(const ViolenceDefinition& definition, const QString& description);

    Status save();
    // Re-reads what the file holds after another connection changed it (an import).
    Status reloadData();

    static constexpr int kAutosaveDelayMs = 2000;

Q_SIGNALS:
    void profileChanged();
    void sectionTextChanged(sna::DocumentKind kind, const QString& sectionId, sna::Lang lang);
    void dataChanged();
    void definitionChanged();
    void saveFailed(const QString& message);

private:
    explicit ProjectSession(std::unique_ptr<Project> project);
    Document& mutableDocument(DocumentKind kind);

    std::unique_ptr<Project> m_project;
    PartnershipProfile m_profile;
    Document m_strategy{DocumentKind::Strategy};
    Document m_sna{DocumentKind::Sna};
    Summary m_summary;
    QUndoStack m_undoStack;
    QTimer m_autosave;
};

} // namespace sna
