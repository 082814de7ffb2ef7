#pragma once

#include "project/Timetable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace sna {

class ProjectSession;

// The partnership's milestones: due and done dates (editable), the date the Duty sets and the
// state of each.
class MilestoneTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Milestone, Due, Done, Latest, State, ColumnCount };
    explicit MilestoneTableModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);
    void setToday(const QDate& today);
    const QList<Timetable::Entry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void refresh();

Q_SIGNALS:
    void refused(const QString& message);

private:
    ProjectSession* m_session = nullptr;
    QDate m_today = QDate::currentDate();
    QList<Timetable::Entry> m_entries;
};

// The milestones drawn along a line of time, with today marked.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget* parent = nullptr);
    void setEntries(const QList<Timetable::Entry>& entries, const QDate& today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Timetable::Entry> m_entries;
    QDate m_today;
};

class TimetablePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimetablePanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);
    void setToday(const QDate& today); // for tests and screenshots
    MilestoneTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* nextDueLabel() const { return m_next; }
    TimelineWidget* timeline() const { return m_timeline; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();

    ProjectSession* m_session = nullptr;
    QDate m_today = QDate::currentDate();
    QLabel* m_intro;
    QLabel* m_next;
    TimelineWidget* m_timeline;
    MilestoneTableModel* m_model;
    QTableView* m_view;
    QLabel* m_problem;
};

} // namespace sna
