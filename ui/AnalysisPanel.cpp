#include "AnalysisPanel.h"

#include "ProjectSession.h"
#include "TableSpecModel.h"
#include "analysis/AnalysisCharts.h"
#include "analysis/AnalysisTables.h"
#include "analysis/Measures.h"
#include "charts/ChartFactory.h"
#include "document/EmbeddedItems.h"
#include "document/FixedText.h"
#include "foundation/UiLanguage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sna {

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent)
{
    const auto labelled = [this](QLabel*& label, QComboBox*& box) {
        label = new QLabel(this);
        box = new QComboBox(this);
        label->setBuddy(box);
        connect(box, &QComboBox::currentIndexChanged, this, &AnalysisPanel::requestRefresh);
    };
    labelled(m_periodLabel, m_period);
    labelled(m_areaLabel, m_area);
    labelled(m_categoryLabel, m_category);
    labelled(m_cohortLabel, m_cohort);
    labelled(m_chartLabel, m_chart);
    labelled(m_byLabel, m_by);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_tableModel = new TableSpecModel(this);
    m_tableView = new QTableView(this);
    m_tableView->setModel(m_tableModel);
    m_tableView->setTabKeyNavigation(false); // Tab moves on, as everywhere else
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_addToSna = new QPushButton(this);
    connect(m_addToSna, &QPushButton::clicked, this, [this] {
        Q_EMIT addToSnaRequested(EmbeddedItem{EmbeddedItems::kChart, currentReference()});
    });
    m_addTableToSna = new QPushButton(this);
    connect(m_addTableToSna, &QPushButton::clicked, this, [this] {
        Q_EMIT addToSnaRequested(EmbeddedItem{EmbeddedItems::kTable, currentReference()});
    });
    auto* filters = new QGridLayout;
    int column = 0;
    for (auto [label, box] : {std::pair{m_periodLabel, m_period},
                              {m_areaLabel, m_area},
                              {m_categoryLabel, m_category},
                              {m_cohortLabel, m_cohort},
                              {m_chartLabel, m_chart},
                              {m_byLabel, m_by}}) {
        filters->addWidget(label, 0, column);
        filters->addWidget(box, 1, column++);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_addToSna);
    bottom->addWidget(m_addTableToSna);
    layout->addLayout(bottom);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &AnalysisPanel::showResult);
    retranslateUi();
}

AnalysisPanel::~AnalysisPanel()
{
    m_watcher.waitForFinished(); // the worker holds the snapshot, not the panel
}

void AnalysisPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ProjectSession::dataChanged, this, &AnalysisPanel::reload);
    reload();
}

void AnalysisPanel::reload()
{
    // The session's snapshot: it follows the definition and settings as they are edited.
    m_data = m_session ? m_session->analysis().analysis : nullptr;
    fillChoices();
    requestRefresh();
}

void AnalysisPanel::fillChoices()
{
    const Lang lang = UiLanguage::instance().current();
    const auto refill = [](QComboBox* box, const QList<QPair<QString, QString>>& items) {
        const QSignalBlocker blocker(box);
        const QString previous = box->currentData().toString();
        box->clear();
        for (const auto& [text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(std::max(0, box->findData(previous)));
    };
    QList<QPair<QString, QString>> periods{{tr("Latest 12 months"), QStringLiteral("latest-12")},
                                           {tr("All months"), QStringLiteral("all")}};
    QList<QPair<QString, QString>> areas{{tr("Whole partnership"), QString()}};
    QList<QPair<QString, QString>> categories{{tr("All serious violence"), QString()}};
    if (m_data) {
        const int last = Measures::latestMonth(*m_data);
        if (last > 0) {
            const int lastYear = last % 100 >= 4 ? last / 100 : last / 100 - 1;
            for (int year = lastYear; year > lastYear - 5; --year)
                periods.append({tr("Financial year %1/%2")
                                    .arg(year)
                                    .arg((year + 1) % 100, 2, 10, QLatin1Char('0')),
                                QStringLiteral("fy-%1").arg(year)});
        }
        for (Geography::Level level : {Geography::Csp, Geography::Lad, Geography::Ward}) {
            for (int index : m_data->geography.areasAt(level)) {
                const Geography::Area& area = m_data->geography.area(index);
                areas.append({area.name.in(lang).isEmpty() ? area.code : area.name.in(lang),
                              Geography::levelCode(level) + QLatin1Char(':') + area.code});
            }
        }
        for (const QString& id : m_data->includedCategories())
            categories.append({m_data->categoryName(id).in(lang), id});
    }
    refill(m_period, periods);
    refill(m_area, areas);
    refill(m_category, categories);
    QList<QPair<QString, QString>> cohorts;
    for (Cohort cohort : Cohorts::all())
        cohorts.append({Cohorts::label(cohort), Cohorts::code(cohort)});
    refill(m_cohort, cohorts);
    QList<QPair<QString, QString>> charts;
    for (const QString& name : AnalysisCharts::references()) {
        // The trend and the areas chart have their own "Show by": their names here are general.
        const QString title = name == QLatin1String("sv-trend") ? tr("Serious violence over time")
                              : name == QLatin1String("sv-areas")
                                  ? tr("Serious violence by area")
                                  : AnalysisCharts::title(name).in(lang);
        charts.append({title, name});
    }
    refill(m_chart, charts);
    fillShowBy();
}

void AnalysisPanel::fillShowBy()
{
    const QString chart = m_chart->currentData().toString();
    QList<QPair<QString, QString>> items;
    if (chart == QLatin1String("sv-trend"))
        items = {{tr("Month"), QStringLiteral("month")},
                 {tr("Quarter"), QStringLiteral("quarter")},
                 {tr("Financial year"), QStringLiteral("financial-year")},
                 {tr("Rolling 12 months"), QStringLiteral("rolling-12")}};
    else if (chart == QLatin1String("sv-areas"))
        items = {{tr("Local authority"), Geography::levelCode(Geography::Lad)},
                 {tr("Community safety partnership"), Geography::levelCode(Geography::Csp)},
                 {tr("Ward"), Geography::levelCode(Geography::Ward)},
                 {tr("LSOA"), Geography::levelCode(Geography::Lsoa)}};
    const QSignalBlocker blocker(m_by);
    const QString previous = m_by->currentData().toString();
    m_by->clear();
    for (const auto& [text, data] : std::as_const(items))
        m_by->addItem(text, data);
    m_by->setCurrentIndex(std::max(0, m_by->findData(previous)));
    m_by->setEnabled(!items.isEmpty());
}

AnalysisFilter AnalysisPanel::filter() const
{
    AnalysisFilter filter;
    filter.period = m_period->currentData().toString();
    const QString area = m_area->currentData().toString();
    if (!area.isEmpty()) {
        filter.areaLevel = area.section(QLatin1Char(':'), 0, 0);
        filter.areaCode = area.section(QLatin1Char(':'), 1);
    }
    filter.category = m_category->currentData().toString();
    filter.cohort = Cohorts::fromCode(m_cohort->currentData().toString()).value_or(Cohort::All);
    return filter;
}

QString AnalysisPanel::currentReference() const
{
    const QString chart = m_chart->currentData().toString();
    const QString by = m_by->currentData().toString();
    QList<QPair<QString, QString>> options;
    if (chart == QLatin1String("sv-trend") && !by.isEmpty() && by != QLatin1String("month"))
        options = {{QStringLiteral("by"), by}};
    else if (chart == QLatin1String("sv-areas") && !by.isEmpty())
        options = {{QStringLiteral("level"), by}};
    return AnalysisCharts::reference(chart, filter(), options);
}

void AnalysisPanel::requestRefresh()
{
    fillShowBy(); // the chart may have changed: its own choices follow
    if (!m_data || m_chart->count() == 0) {
        m_spec = {};
        m_view->setChart(new QChart);
        m_tableModel->setTable({}, UiLanguage::instance().current());
        m_status->setText(m_session ? tr("No data to analyse yet.") : QString());
        return;
    }
    const QString reference = currentReference();
    if (m_watcher.isRunning()) {
        m_pending = reference; // drawn when the running one ends
        return;
    }
    m_pending.clear();
    m_status->setText(tr("Working…"));
    const std::shared_ptr<const AnalysisData> data = m_data;
    m_watcher.setFuture(QtConcurrent::run([data, reference] {
        return Result{AnalysisCharts::build(reference, *data, false).value_or(ChartSpec{}),
                      AnalysisTables::build(reference, *data, false).value_or(TableSpec{})};
    }));
}

void AnalysisPanel::showResult()
{
    if (!m_pending.isEmpty()) {
        requestRefresh(); // the filter changed meanwhile: only the latest is drawn
        return;
    }
    const Result result = m_watcher.result();
    m_spec = result.chart;
    const Lang lang = UiLanguage::instance().current();
    m_tableModel->setTable(result.table, lang);
    QChart* old = m_view->chart();
    m_view->setChart(ChartFactory::create(m_spec, lang));
    delete old;
    for (QAbstractSeries* series : m_view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            connect(bars, &QAbstractBarSeries::clicked, this,
                    [this](int index, QBarSet*) { drillDown(index); });
    }
    m_view->setAccessibleName(m_spec.title.in(lang));
    m_view->setAccessibleDescription(m_spec.altText.in(lang));
    m_tableView->setAccessibleName(tr("Figures: %1").arg(result.table.title.in(lang)));
    const QString note = result.table.note.in(lang);
    const QString source = FixedText::text(FixedText::SourceNote, lang).arg(m_spec.source.in(lang));
    m_status->setText(note.isEmpty() ? source : source + QLatin1Char(' ') + note);
    Q_EMIT refreshed();
}

const TableSpec& AnalysisPanel::currentTable() const
{
    return m_tableModel->table();
}

bool AnalysisPanel::drillDown(int barIndex)
{
    const QString chart = AnalysisCharts::name(m_spec.reference);
    QComboBox* target = chart == QLatin1String("sv-categories") ? m_category
                        : chart == QLatin1String("sv-areas")    ? m_area
                                                                : nullptr;
    // ChartFactory lists bars bottom-up, the reverse of the spec's order.
    const qsizetype bar = m_spec.bars.size() - 1 - barIndex;
    if (!target || bar < 0 || bar >= m_spec.bars.size() || bar >= m_spec.barKeys.size())
        return false;
    // By what the bar stands for, not its label: Leicester is a CSP and a local authority. An
    // area the choice does not list (a level it does not offer) is left alone.
    const int choice = target->findData(m_spec.barKeys.at(bar));
    const int trend = m_chart->findData(QStringLiteral("sv-trend"));
    if (choice < 0 || trend < 0)
        return false;
    {
        const QSignalBlocker blocker(target); // one refresh for both changes
        target->setCurrentIndex(choice);
    }
    if (m_chart->currentIndex() == trend)
        requestRefresh();
    else
        m_chart->setCurrentIndex(trend);
    return true;
}

void AnalysisPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnalysisPanel::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_areaLabel->setText(tr("&Area:"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_cohortLabel->setText(tr("C&ohort:"));
    m_chartLabel->setText(tr("C&hart:"));
    m_byLabel->setText(tr("Sho&w by:"));
    m_addToSna->setText(tr("Add Chart to &SNA"));
    m_addToSna->setToolTip(tr("Place this chart, with these filters, in the section open in "
                              "the SNA editor. In the document it is always controlled for "
                              "disclosure."));
    m_addTableToSna->setText(tr("Add Ta&ble to SNA"));
    m_addTableToSna->setToolTip(tr("Place the table of these figures, with these filters, in the "
                                   "section open in the SNA editor. In the document small counts "
                                   "are always withheld."));
    m_tableView->setAccessibleName(tr("Figures"));
    fillChoices();
    requestRefresh();
}

} // namespace sna
