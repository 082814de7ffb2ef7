#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace sna {

class ProjectSession;

// The project at a glance: serious violence under the local definition — how much, how it is
// changing (stated only when beyond chance), by month with gaps shown, by category — and the
// data it rests on.
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);

    QChartView* chartView() const { return m_trend; }
    QChartView* categoryChartView() const { return m_categories; }
    QLabel* headline() const { return m_headline; }
    QLabel* changeLabel() const { return m_change; }
    QLabel* coverageLabel() const { return m_coverage; }
    QComboBox* periodChoice() const { return m_period; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslateUi();
    void fillPeriods(bool keepSelection);
    QPair<int, int> selectedPeriod() const; // first, last yyyymm; {0, 0} for everything

    ProjectSession* m_session = nullptr;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_headline;
    QLabel* m_change;
    QLabel* m_coverage;
    QChartView* m_trend;
    QChartView* m_categories;
};

} // namespace sna
