#pragma once

#include "analysis/AnalysisContext.h"
#include "analysis/Summary.h"
#include "compliance/ComplianceChecklist.h"
#include "document/Document.h"
#include "document/Glossary.h"
#include "document/PublishableForm.h"
#include "document/TranslationPack.h"
#include "foundation/Result.h"
#include "plan/ActionPlan.h"
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
    const Summary& summary() const { return m_analysis.summary; }
    const AnalysisContext& analysis() const { return m_analysis; }
    const ActionPlan& actionPlan() const { return m_plan; }
    const QList<GlossaryTerm>& projectGlossary() const { return m_projectTerms; }
    // The bundled glossary with the project's terms applied.
    const QList<GlossaryTerm>& glossary() const { return m_glossary; }
    PublicationData publicationData() const;
    TranslatableContent translatableContent() const;
    ComplianceInput complianceInput(const QDate& today) const;
    const ViolenceDefinition& definition() const { return m_analysis.summary.definition; }

    // Used by undo commands only: they apply states, they do not record them.
    void applyProfile(const PartnershipProfile& profile);
    void applySectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                          const QString& markdown);
    void restoreSectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                            const QString& markdown, int revision);
    void applyConfirmation(DocumentKind kind, const QString& sectionId);
    void applyDefinition(const ViolenceDefinition& definition);
    void applyAnalysisSettings(const AnalysisSettings& settings);
    void applyDocument(DocumentKind kind, const Document& document);
    void applyActionPlan(const ActionPlan& plan);
    void applyGlossary(const QList<GlossaryTerm>& projectTerms);

    // Recorded edits (undoable). Edits that can be invalid are checked first and refused with
    // the reason, so that nothing invalid ever waits to be saved.
    Status editProfile(const PartnershipProfile& profile, const QString& description);
    void editSectionText(DocumentKind kind, const QString& sectionId, Lang lang,
                         const QString& markdown);
    void confirmTranslation(DocumentKind kind, const QString& sectionId);
    // Refused (nothing recorded) when the definition is not valid; the error says why.
    Status editDefinition(const ViolenceDefinition& definition, const QString& description);
    // Disclosure control and baseline year; refused (nothing recorded) when not valid.
    Status editAnalysisSettings(const AnalysisSettings& settings, const QString& description);
    // Any other change of a document (titles, flags, outline, items) as one step; edits with
    // the same non-empty merge key in a row (typing a title) are one step.
    void editDocument(DocumentKind kind, const Document& after, const QString& description,
                      const QString& mergeKey = {});
    Status editActionPlan(const ActionPlan& after, const QString& description,
                          const QString& mergeKey = {});
    Status editGlossary(const QList<GlossaryTerm>& projectTerms, const QString& description);
    // Both documents and the plan at once (a translation pack), as one step.
    void editTranslations(const TranslatableContent& after, const QString& description);

    Status save();
    // Re-reads what the file holds after another connection changed it (an import).
    Status reloadData();

    static constexpr int kAutosaveDelayMs = 2000;

Q_SIGNALS:
    void profileChanged();
    void sectionTextChanged(sna::DocumentKind kind, const QString& sectionId, sna::Lang lang);
    // Anything else in a document changed: sections added, removed, moved, retitled, flagged.
    void documentChanged(sna::DocumentKind kind);
    void actionPlanChanged();
    void glossaryChanged();
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
    ActionPlan m_plan;
    QList<GlossaryTerm> m_projectTerms;
    QList<GlossaryTerm> m_glossary;
    AnalysisContext m_analysis;
    QUndoStack m_undoStack;
    QTimer m_autosave;
};

} // namespace sna
