#pragma once

#include "document/Document.h"
#include "foundation/BilingualText.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace sna {

enum class ActionStatus { NotStarted, OnTrack, AtRisk, OffTrack, Done };

// The status and sector vocabularies print in the strategy, so their labels exist in both
// languages (like FixedText); codes are stable and stored in project files.
class ActionVocabulary {
    Q_DECLARE_TR_FUNCTIONS(sna::ActionVocabulary)
public:
    static const std::vector<ActionStatus>& statuses();
    static QString statusCode(ActionStatus status); // "not-started", "on-track" …
    static std::optional<ActionStatus> statusFromCode(const QString& code);
    static BilingualText statusLabel(ActionStatus status);

    // Sectors of guidance para 154(m): the whole partnership, each sector, and wider actions.
    static QStringList sectorCodes();
    static bool isSector(const QString& code);
    static BilingualText sectorLabel(const QString& code);
};

// A strategic priority the actions address, linked to the SNA finding or recommendation it
// comes from (an SNA section id).
struct Priority {
    int id = 0;
    BilingualText title;
    QString finding; // SNA section id, or empty
    friend bool operator==(const Priority&, const Priority&) = default;
};

struct Action {
    int id = 0;
    BilingualText title;
    BilingualText description;
    BilingualText measure; // how success is measured
    QString lead;          // the lead authority (a name from the profile, or free text)
    QStringList partners;  // supporting partners
    QString sector;        // ActionVocabulary::sectorCodes()
    int priorityId = 0;    // 0: not linked
    QDate start;
    QDate due;
    ActionStatus status = ActionStatus::NotStarted;
    Lang sourceLanguage = Lang::En;
    int revisionEn = 0; // plan revision at the last change of each language's texts
    int revisionCy = 0;

    enum class Field { Title, Description, Measure };
    static QList<Field> textFields() { return {Field::Title, Field::Description, Field::Measure}; }
    const BilingualText& text(Field field) const;
    BilingualText& text(Field field);
    int revision(Lang lang) const { return lang == Lang::Cy ? revisionCy : revisionEn; }
    // As for sections: missing when a translated field is empty where its source is not,
    // stale when the source texts changed after the translation.
    TranslationStatus translationStatus() const;
    friend bool operator==(const Action&, const Action&) = default;
};

// The action plan of the strategy: priorities and actions in the order the partnership keeps
// them. Text edits take the next revision number, as in documents.
class ActionPlan {
    Q_DECLARE_TR_FUNCTIONS(sna::ActionPlan)
public:
    const QList<Priority>& priorities() const { return m_priorities; }
    const QList<Action>& actions() const { return m_actions; }
    void setContents(QList<Priority> priorities, QList<Action> actions);

    const Action* action(int id) const;
    const Priority* priority(int id) const;
    int priorityNumber(int id) const; // 1-based position, 0 when unknown

    // Adds an action (its id is assigned) and returns the id.
    int addAction(Action action);
    void removeAction(int id);
    // Replaces everything but the texts and revisions of an action.
    void updateAction(const Action& action);
    void setText(int actionId, Action::Field field, Lang lang, const QString& text);
    void confirmTranslation(int actionId);
    // As Document::setRevision: for translations imported against an older source.
    void setRevision(int actionId, Lang lang, int revision);

    int addPriority(Priority priority);
    void updatePriority(const Priority& priority);
    // Removes a priority; its actions are no longer linked to any.
    void removePriority(int id);

    Status validate() const;
    Status validateAction(const Action& action) const;
    int revision() const { return m_revision; }
    friend bool operator==(const ActionPlan&, const ActionPlan&) = default;

private:
    Action* mutableAction(int id);
    QList<Priority> m_priorities;
    QList<Action> m_actions;
    int m_revision = 0;
};

} // namespace sna
