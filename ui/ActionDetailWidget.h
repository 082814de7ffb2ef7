#pragma once

#include "plan/ActionPlan.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace sna {

class ProjectSession;

// Everything about one action, English and Welsh side by side. Each change is an undoable edit
// of the plan; typing in one field is one step.
class ActionDetailWidget : public QWidget {
    Q_OBJECT
public:
    explicit ActionDetailWidget(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);
    void setAction(int id);
    int actionId() const { return m_id; }

    QLineEdit* titleEdit(Lang lang) const { return m_title[lang == Lang::Cy ? 1 : 0]; }
    QPlainTextEdit* descriptionEdit(Lang lang) const
    {
        return m_description[lang == Lang::Cy ? 1 : 0];
    }
    QLineEdit* measureEdit(Lang lang) const { return m_measure[lang == Lang::Cy ? 1 : 0]; }
    QComboBox* leadBox() const { return m_lead; }
    QComboBox* sectorBox() const { return m_sector; }
    QComboBox* priorityBox() const { return m_priority; }
    QComboBox* statusBox() const { return m_status; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* dueEdit() const { return m_due; }
    QStandardItemModel* partnersModel() const { return m_partners; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLabel* problemLabel() const { return m_problem; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void fillChoices();
    const Action* action() const;
    void editText(Action::Field field, Lang lang, const QString& text);
    void update(const std::function<void(Action&)>& change, const QString& description);
    void showProblem(const QString& message);

    ProjectSession* m_session = nullptr;
    int m_id = 0;
    bool m_loading = false;
    QLabel* m_columnLabel[2];
    QLabel* m_titleLabel[2];
    QLineEdit* m_title[2];
    QLabel* m_descriptionLabel[2];
    QPlainTextEdit* m_description[2];
    QLabel* m_measureLabel[2];
    QLineEdit* m_measure[2];
    QLabel* m_leadLabel;
    QComboBox* m_lead;
    QLabel* m_sectorLabel;
    QComboBox* m_sector;
    QLabel* m_priorityLabel;
    QComboBox* m_priority;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_startLabel;
    QDateEdit* m_start;
    QLabel* m_dueLabel;
    QDateEdit* m_due;
    QLabel* m_sourceLabel;
    QComboBox* m_source;
    QLabel* m_partnersLabel;
    QStandardItemModel* m_partners;
    QListView* m_partnersView;
    QLabel* m_translation;
    QPushButton* m_confirm;
    QLabel* m_problem;
};

} // namespace sna
