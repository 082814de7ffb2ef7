#include "DashboardPanel.h"

#include "ProjectSession.h"
#include "analysis/ChartCatalogue.h"
#include "charts/ChartFactory.h"
#include "foundation/UiLanguage.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sna {

DashboardPanel::DashboardPanel(QWidget* parent)
    : QWidget(parent)
{
    m_headline = new QLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(280);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 1);
    refresh();
}

void DashboardPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ProjectSession::dataChanged, this, &DashboardPanel::refresh);
    refresh();
}

void DashboardPanel::refresh()
{
    const Lang lang = UiLanguage::instance().current();
    const Summary summary = m_session ? m_session->summary() : Summary{};
    const QLocale locale = localeFor(lang);
    if (!m_session) {
        m_headline->setText(tr("No project is open."));
        m_note->clear();
    } else if (summary.totalRecords == 0) {
        m_headline->setText(tr("No data has been imported yet."));
        m_note->setText(tr("Import a data.police.uk street-level crime file to see the trend."));
    } else {
        const auto first = summary.byMonth.first().first;
        const auto last = summary.byMonth.last().first;
        m_headline->setText(tr("Records: %1 · Months: %2 · Datasets: %3")
                                .arg(locale.toString(summary.totalRecords))
                                .arg(locale.toString(qint64(summary.byMonth.size())))
                                .arg(locale.toString(summary.datasetCount)));
        m_note->setText(tr("From %1 to %2. Every imported record counts here, before the local "
                           "definition of serious violence is applied.")
                            .arg(locale.toString(QDate(first / 100, first % 100, 1),
                                                 QStringLiteral("MMMM yyyy")),
                                 locale.toString(QDate(last / 100, last % 100, 1),
                                                 QStringLiteral("MMMM yyyy"))));
    }
    const ChartSpec spec = ChartCatalogue::monthlyTrend(summary);
    QChart* chart = ChartFactory::create(spec, lang);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_chart->setAccessibleName(spec.title.in(lang));
    m_chart->setAccessibleDescription(spec.altText.in(lang));
}

void DashboardPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace sna
