#include "DashboardPanel.h"

#include "ProjectSession.h"
#include "analysis/ChangeTest.h"
#include "analysis/ChartCatalogue.h"
#include "analysis/Periods.h"
#include "charts/ChartFactory.h"
#include "foundation/UiLanguage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sna {

namespace {
void replaceChart(QChartView* view, QChart* chart, const ChartSpec& spec, Lang lang)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    view->setAccessibleName(spec.title.in(lang));
    view->setAccessibleDescription(spec.altText.in(lang));
}

QString monthName(int yyyymm)
{
    return QLocale().toString(QDate(yyyymm / 100, yyyymm % 100, 1), QStringLiteral("MMMM yyyy"));
}
} // namespace

DashboardPanel::DashboardPanel(QWidget* parent)
    : QWidget(parent)
{
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_periodLabel->setBuddy(m_period);
    m_headline = new QLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_change = new QLabel(this);
    m_change->setWordWrap(true);
    m_coverage = new QLabel(this);
    m_coverage->setWordWrap(true);
    m_trend = new QChartView(this);
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(260);
    m_categories = new QChartView(this);
    m_categories->setRenderHint(QPainter::Antialiasing);
    m_categories->setMinimumHeight(260);

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch();
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_trend, 1);
    charts->addWidget(m_categories, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(periodRow);
    layout->addWidget(m_headline);
    layout->addWidget(m_change);
    layout->addWidget(m_coverage);
    layout->addLayout(charts, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPanel::refresh);
    retranslateUi();
}

void DashboardPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ProjectSession::dataChanged, this, [this] {
            fillPeriods(true);
            refresh();
        });
    }
    fillPeriods(false);
    refresh();
}

// The periods offered: the latest twelve months, each financial year the data touches, and
// everything. The data item holds "first:last".
void DashboardPanel::fillPeriods(bool keepSelection)
{
    const QSignalBlocker blocker(m_period);
    const QString previous = m_period->currentData().toString();
    m_period->clear();
    const Lang lang = UiLanguage::instance().current();
    const Summary summary = m_session ? m_session->summary() : Summary{};
    auto add = [&](const QString& text, int first, int last) {
        m_period->addItem(text, QStringLiteral("%1:%2").arg(first).arg(last));
    };
    if (!summary.byMonth.isEmpty()) {
        const int last = summary.byMonth.last().first;
        add(tr("Latest 12 months (to %1)").arg(monthName(last)), Periods::addMonths(last, -11),
            last);
        const QList<Period> years =
            Periods::cover(PeriodKind::FinancialYear, summary.byMonth.first().first, last);
        for (auto it = years.crbegin(); it != years.crend(); ++it)
            add(it->label(lang), it->first, it->last);
    }
    add(tr("All months"), 0, 0);
    const int keep = keepSelection ? m_period->findData(previous) : -1;
    m_period->setCurrentIndex(keep >= 0 ? keep : 0);
}

QPair<int, int> DashboardPanel::selectedPeriod() const
{
    const QStringList parts = m_period->currentData().toString().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return {0, 0};
    return {parts[0].toInt(), parts[1].toInt()};
}

void DashboardPanel::refresh()
{
    const Lang lang = UiLanguage::instance().current();
    const Summary summary = m_session ? m_session->summary() : Summary{};
    const QLocale locale = localeFor(lang);
    auto [first, last] = selectedPeriod();
    const bool everything = first == 0;
    if (everything && !summary.byMonth.isEmpty()) {
        first = summary.byMonth.first().first;
        last = summary.byMonth.last().first;
    }
    const SeriousViolenceSummary& serious = summary.seriousViolence;

    if (!m_session) {
        m_headline->setText(tr("No project is open."));
        m_change->clear();
        m_coverage->clear();
    } else if (summary.totalRecords == 0) {
        m_headline->setText(tr("No data has been imported yet."));
        m_change->setText(tr("Import a data.police.uk street-level crime file to see the trend."));
        m_coverage->clear();
    } else {
        m_headline->setText(
            tr("Serious violence (local definition): %1 · All police records: %2 · Datasets: %3")
                .arg(locale.toString(serious.totalBetween(first, last)))
                .arg(locale.toString(summary.totalRecords))
                .arg(locale.toString(summary.datasetCount)));
        // Change: this period against the one before it, only when both are complete.
        const int months = Periods::index(last) - Periods::index(first) + 1;
        const int previousLast = Periods::addMonths(first, -1);
        const int previousFirst = Periods::addMonths(first, -months);
        QMap<int, qint64> monthly;
        for (const auto& [month, count] : summary.byMonth)
            monthly.insert(month, count);
        auto complete = [&](int from, int to) {
            for (int m = from; m <= to; m = Periods::addMonths(m, 1)) {
                if (!monthly.contains(m))
                    return false;
            }
            return true;
        };
        if (!everything && complete(first, last) && complete(previousFirst, previousLast)) {
            const ChangeAssessment change =
                ChangeTest::compare(serious.totalBetween(previousFirst, previousLast),
                                    serious.totalBetween(first, last));
            m_change->setText(tr("Compared with the %1 months before: %2")
                                  .arg(months)
                                  .arg(change.describe(lang)));
        } else {
            m_change->setText(
                tr("Change is shown when this period and the one before it both have every "
                   "month of data."));
        }
        QStringList notes;
        if (!summary.missingMonths.isEmpty()) {
            QStringList names;
            for (int month : summary.missingMonths)
                names << monthName(month);
            notes << tr("Months with no data (left as gaps, never drawn as zero): %1")
                         .arg(names.join(QStringLiteral(", ")));
        }
        if (!serious.unmappedCategories.isEmpty())
            notes << tr("Police categories not yet mapped to the definition: %1 — see the "
                        "Definition tab.")
                         .arg(serious.unmappedCategories.join(QStringLiteral(", ")));
        m_coverage->setText(notes.join(QLatin1Char('\n')));
        m_coverage->setStyleSheet(notes.isEmpty() ? QString() : QStringLiteral("color: #A33B00;"));
    }

    const ChartSpec trend = ChartCatalogue::seriousViolenceTrend(summary);
    replaceChart(m_trend, ChartFactory::create(trend, lang), trend, lang);
    // The category chart follows the chosen period.
    const ChartSpec categories = ChartCatalogue::seriousViolenceByCategory(summary, first, last);
    replaceChart(m_categories, ChartFactory::create(categories, lang), categories, lang);
}

void DashboardPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPanel::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_period->setAccessibleName(tr("Period"));
    fillPeriods(true);
    refresh();
}

} // namespace sna
