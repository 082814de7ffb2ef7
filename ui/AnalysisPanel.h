#pragma once

#include "analysis/AnalysisData.h"
#include "analysis/AnalysisFilter.h"
#include "analysis/ChartSpec.h"
#include "analysis/TableSpec.h"
#include "document/Document.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sna {

class ProjectSession;
class TableSpecModel;

// The analysis for one filter — period, area, category of the local definition, cohort — as
// one chart (trend, categories, areas, age and sex, hour × weekday heatmap, deciles,
// seasonality) with the table of its figures beneath. A change of filter recomputes both in a
// worker thread (the snapshot of the data is immutable and shared), so the interface never
// waits; only the latest request is drawn. Chart and table can each be added to the SNA.
class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPanel(QWidget* parent = nullptr);
    ~AnalysisPanel() override;
    void setSession(ProjectSession* session);

    QComboBox* periodChoice() const { return m_period; }
    QComboBox* areaChoice() const { return m_area; }
    QComboBox* categoryChoice() const { return m_category; }
    QComboBox* cohortChoice() const { return m_cohort; }
    QComboBox* chartChoice() const { return m_chart; }
    // The chart's own choice: months, quarters, financial years or rolling years for the trend;
    // the level of geography for areas. Disabled for other charts.
    QComboBox* showByChoice() const { return m_by; }
    QChartView* chartView() const { return m_view; }
    QLabel* status() const { return m_status; }
    QPushButton* addToSnaButton() const { return m_addToSna; }
    QPushButton* addTableToSnaButton() const { return m_addTableToSna; }
    QTableView* tableView() const { return m_tableView; }
    const ChartSpec& currentSpec() const { return m_spec; }
    const TableSpec& currentTable() const;
    AnalysisFilter filter() const;
    QString currentReference() const;
    bool isComputing() const { return m_watcher.isRunning(); }
    // Drill down from a bar of the categories or areas chart: that category or area becomes the
    // filter and its months are shown. Returns false where a bar has nothing to drill into.
    bool drillDown(int barIndex);

Q_SIGNALS:
    void refreshed(); // the chart for the latest filter is drawn
    // The chart or table as shown, with its filter, to be placed in the SNA's current section.
    void addToSnaRequested(const sna::EmbeddedItem& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void fillChoices();
    void fillShowBy();
    void requestRefresh();
    void showResult();
    void retranslateUi();

    ProjectSession* m_session = nullptr;
    std::shared_ptr<const AnalysisData> m_data;
    struct Result {
        ChartSpec chart;
        TableSpec table;
    };
    QFutureWatcher<Result> m_watcher;
    QString m_pending; // a reference asked for while another was computing
    ChartSpec m_spec;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_areaLabel;
    QComboBox* m_area;
    QLabel* m_categoryLabel;
    QComboBox* m_category;
    QLabel* m_cohortLabel;
    QComboBox* m_cohort;
    QLabel* m_chartLabel;
    QComboBox* m_chart;
    QLabel* m_byLabel;
    QComboBox* m_by;
    QChartView* m_view;
    QLabel* m_status;
    QTableView* m_tableView;
    TableSpecModel* m_tableModel;
    QPushButton* m_addToSna;
    QPushButton* m_addTableToSna;
};

} // namespace sna
