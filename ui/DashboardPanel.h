#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace sna {

class ProjectSession;

// The project at a glance: headline figures and the monthly trend chart.
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);
    QChartView* chartView() const { return m_chart; }
    QLabel* headline() const { return m_headline; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    ProjectSession* m_session = nullptr;
    QLabel* m_headline;
    QLabel* m_note;
    QChartView* m_chart;
};

} // namespace sna
