#pragma once

#include "analysis/AnalysisSettings.h"
#include "foundation/Result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace sna {

class ProjectSession;

// The project's disclosure control — what is withheld from health and from other sources,
// rounding, the fewest events a published rate may rest on — and the baseline year of change.
// The statement that documents print updates as the figures change; OK records the change as
// one undoable step.
class DisclosureSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit DisclosureSettingsDialog(ProjectSession& session, QWidget* parent = nullptr);

    AnalysisSettings settings() const; // as the form stands
    // Records the form's settings in the session; refused with the reason when not valid.
    Status apply();

    QSpinBox* healthThreshold() const { return m_health; }
    QSpinBox* otherThreshold() const { return m_other; }
    QComboBox* healthRounding() const { return m_healthRound; }
    QComboBox* otherRounding() const { return m_otherRound; }
    QSpinBox* rateMinimum() const { return m_rateMinimum; }
    QComboBox* baselineYear() const { return m_baseline; }
    QLabel* statement() const { return m_statement; }
    QDialogButtonBox* buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillChoices();
    void updateStatement();

    ProjectSession& m_session;
    AnalysisSettings m_initial;
    QLabel* m_intro;
    QLabel* m_healthLabel;
    QSpinBox* m_health;
    QLabel* m_otherLabel;
    QSpinBox* m_other;
    QLabel* m_healthRoundLabel;
    QComboBox* m_healthRound;
    QLabel* m_otherRoundLabel;
    QComboBox* m_otherRound;
    QLabel* m_rateMinimumLabel;
    QSpinBox* m_rateMinimum;
    QLabel* m_baselineLabel;
    QComboBox* m_baseline;
    QLabel* m_statementTitle;
    QLabel* m_statement;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace sna
