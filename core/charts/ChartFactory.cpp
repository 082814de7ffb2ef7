#include "charts/ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sna {

namespace {
QFont chartFont(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    // No ligatures: "ff" is a letter in Welsh and must extract from a PDF as two characters.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// A round step (1, 2 or 5 times a power of ten, at least 1: counts are whole) that divides
// `value` into about `parts` intervals.
double niceStep(double value, int parts)
{
    const double raw = std::max(1.0, value / parts);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 5.0}) {
        if (step * magnitude >= raw)
            return step * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

void ChartFactory::addBars(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                           const QFont& titles)
{
    // Horizontal bars: category names are long, and read better on their own lines.
    auto* set = new QBarSet(spec.yAxisTitle.in(lang));
    set->setColor(seriesColour(0));
    set->setBorderColor(seriesColour(0));
    QStringList names;
    double maximum = 0;
    // Qt draws the first category at the bottom; list them top-down as the spec orders them.
    for (auto it = spec.bars.crbegin(); it != spec.bars.crend(); ++it) {
        names << it->first.in(lang);
        set->append(it->second);
        maximum = std::max(maximum, it->second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart.addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setLabelsFont(labels);
    categories->setGridLineVisible(false);
    auto* values = new QValueAxis;
    values->setTitleText(spec.yAxisTitle.in(lang));
    values->setTitleFont(titles);
    values->setLabelsFont(labels);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setRange(0, niceCeiling(maximum * 1.15));
    values->setTickCount(5);
    chart.addAxis(categories, Qt::AlignLeft);
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

void ChartFactory::addStackedBars(QChart& chart, const ChartSpec& spec, Lang lang,
                                  const QFont& labels, const QFont& titles)
{
    auto* series = new QHorizontalStackedBarSeries;
    double maximum = 0;
    QList<double> totals(spec.categories.size(), 0.0);
    for (int i = 0; i < int(spec.series.size()); ++i) {
        const ChartSpec::Series& s = spec.series[i];
        auto* set = new QBarSet(s.name.in(lang));
        set->setColor(seriesColour(i));
        set->setBorderColor(seriesColour(i));
        for (int c = int(s.values.size()) - 1; c >= 0; --c) {
            const double value = std::max(0.0, s.values[c]); // a hidden count (-1) is not drawn
            set->append(value);
            if (c < int(totals.size()))
                totals[c] += value;
        }
        series->append(set);
    }
    for (double total : std::as_const(totals))
        maximum = std::max(maximum, total);
    chart.addSeries(series);
    QStringList names;
    for (auto it = spec.categories.crbegin(); it != spec.categories.crend(); ++it)
        names << it->in(lang);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setLabelsFont(labels);
    categories->setGridLineVisible(false);
    categories->setTitleText(spec.xAxisTitle.in(lang));
    categories->setTitleFont(titles);
    auto* values = new QValueAxis;
    values->setTitleText(spec.yAxisTitle.in(lang));
    values->setTitleFont(titles);
    values->setLabelsFont(labels);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setRange(0, niceCeiling(maximum * 1.1));
    chart.addAxis(categories, Qt::AlignLeft);
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart.legend()->show();
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.legend()->setFont(labels);
}

// A population pyramid: one row per age band, the youngest at the bottom, females to the left
// of a central zero line and males to the right. Female values are negated so that Qt stacks
// them leftwards; the value axis is a category axis so that both sides read as magnitudes.
void ChartFactory::addPyramid(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                              const QFont& titles)
{
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.9); // rows nearly touch, as a pyramid's outline should
    double maximum = 0;
    for (int i = 0; i < int(spec.series.size()) && i < 2; ++i) {
        const ChartSpec::Series& s = spec.series[i];
        auto* set = new QBarSet(s.name.in(lang));
        set->setColor(seriesColour(i));
        set->setBorderColor(seriesColour(i));
        const double sign = i == 0 ? -1 : 1;
        // Qt draws the first category at the bottom, which is where the youngest band goes.
        for (int c = 0; c < int(spec.categories.size()); ++c) {
            // A hidden count (-1) is not drawn.
            const double value = c < int(s.values.size()) ? std::max(0.0, s.values[c]) : 0.0;
            set->append(sign * value);
            maximum = std::max(maximum, value);
        }
        series->append(set);
    }
    chart.addSeries(series);
    QStringList names;
    for (const BilingualText& band : spec.categories)
        names << band.in(lang);
    auto* bands = new QBarCategoryAxis;
    bands->append(names);
    bands->setLabelsFont(labels);
    bands->setGridLineVisible(false);
    bands->setTitleText(spec.xAxisTitle.in(lang));
    bands->setTitleFont(titles);
    // The same round ticks either side of zero, so zero sits in the middle.
    const double step = niceStep(maximum * 1.05, 3);
    const int ticks = std::max(1, int(std::ceil(maximum * 1.05 / step)));
    const double limit = ticks * step;
    const QLocale locale = localeFor(lang);
    auto* values = new QCategoryAxis;
    values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    values->setStartValue(-limit);
    for (int t = -ticks; t <= ticks; ++t) {
        const QString magnitude = locale.toString(qint64(std::abs(t) * step));
        // A category axis needs distinct labels: the female side's are padded with a space
        // each side, which keeps them centred on their tick and reads the same.
        values->append(t < 0 ? QLatin1Char(' ') + magnitude + QLatin1Char(' ') : magnitude,
                       t * step);
    }
    values->setRange(-limit, limit);
    values->setTitleText(spec.yAxisTitle.in(lang));
    values->setTitleFont(titles);
    values->setLabelsFont(labels);
    chart.addAxis(bands, Qt::AlignLeft);
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(bands);
    series->attachAxis(values);
    chart.legend()->show();
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.legend()->setFont(labels);
}

// A grid of squares shaded in five steps of one hue from light to dark, so the order reads in
// greyscale and with colour-vision deficiency; a hidden count is drawn as an outlined square.
void ChartFactory::addHeatmap(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                              const QFont& titles)
{
    static const QColor shades[] = {QColor(0xDE, 0xEB, 0xF7), QColor(0x9E, 0xCA, 0xE1),
                                    QColor(0x42, 0x92, 0xC6), QColor(0x21, 0x66, 0xAC),
                                    QColor(0x08, 0x30, 0x6B)};
    double maximum = 0;
    for (const ChartSpec::Series& row : spec.series) {
        for (double v : row.values)
            maximum = std::max(maximum, v);
    }
    QList<QScatterSeries*> bins;
    for (const QColor& shade : shades) {
        auto* bin = new QScatterSeries;
        bin->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        bin->setMarkerSize(14);
        bin->setColor(shade);
        bin->setBorderColor(shade);
        bins.append(bin);
    }
    auto* hidden = new QScatterSeries;
    hidden->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    hidden->setMarkerSize(14);
    hidden->setColor(Qt::white);
    hidden->setBorderColor(Qt::black);
    const int rows = int(spec.series.size());
    for (int r = 0; r < rows; ++r) {
        const QList<double>& values = spec.series[r].values;
        const int y = rows - 1 - r; // the first row at the top
        for (int c = 0; c < int(values.size()); ++c) {
            if (values[c] < 0) {
                hidden->append(c, y);
                continue;
            }
            if (values[c] == 0)
                continue; // no events: the background shows through
            const int bin = maximum > 0 ? std::min(4, int(values[c] / maximum * 5)) : 0;
            bins[bin]->append(c, y);
        }
    }
    for (QScatterSeries* bin : std::as_const(bins))
        chart.addSeries(bin);
    chart.addSeries(hidden);
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int c = 0; c < int(spec.columnLabels.size()); c += 3)
        xAxis->append(spec.columnLabels[c].in(lang), c);
    xAxis->setRange(-0.5, std::max(0, int(spec.columnLabels.size()) - 1) + 0.5);
    xAxis->setTitleText(spec.xAxisTitle.in(lang));
    xAxis->setTitleFont(titles);
    xAxis->setLabelsFont(labels);
    xAxis->setGridLineVisible(false);
    auto* yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A category axis takes its labels in increasing order (it drops any other), so from the
    // bottom row, the last, up.
    for (int r = rows - 1; r >= 0; --r)
        yAxis->append(spec.series[r].name.in(lang), rows - 1 - r);
    yAxis->setRange(-0.5, std::max(0, rows - 1) + 0.5);
    yAxis->setTitleText(spec.yAxisTitle.in(lang));
    yAxis->setTitleFont(titles);
    yAxis->setLabelsFont(labels);
    yAxis->setGridLineVisible(false);
    chart.addAxis(xAxis, Qt::AlignBottom);
    chart.addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart.series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
}

QColor ChartFactory::seriesColour(int index)
{
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9)};
    return palette[index % int(std::size(palette))];
}

QChart* ChartFactory::create(const ChartSpec& spec, Lang lang, Title title,
                             const QString& fontFamily)
{
    const auto font = [&](int pixelSize, bool bold = false) {
        QFont f = chartFont(pixelSize, bold);
        if (!fontFamily.isEmpty())
            f.setFamily(fontFamily);
        return f;
    };
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setLocale(localeFor(lang));
    chart->setLocalizeNumbers(true);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 16, 4));
    if (title == Title::Shown) {
        chart->setTitleFont(font(15, true));
        chart->setTitle(spec.title.in(lang));
    }
    if (spec.kind == ChartSpec::Kind::CategoryBars || spec.kind == ChartSpec::Kind::ColumnBars) {
        addBars(*chart, spec, lang, font(11), font(12));
        return chart;
    }
    if (spec.kind == ChartSpec::Kind::StackedBars) {
        addStackedBars(*chart, spec, lang, font(11), font(12));
        return chart;
    }
    if (spec.kind == ChartSpec::Kind::Pyramid) {
        addPyramid(*chart, spec, lang, font(11), font(12));
        return chart;
    }
    if (spec.kind == ChartSpec::Kind::Heatmap) {
        addHeatmap(*chart, spec, lang, font(11), font(12));
        return chart;
    }

    // x is the number of months since the first month, so a missing month leaves a gap in the
    // line instead of being drawn as zero or bridged.
    const QDate first = spec.points.isEmpty() ? QDate::currentDate() : spec.points.first().first;
    const auto monthIndex = [&](const QDate& date) {
        return (date.year() - first.year()) * 12 + date.month() - first.month();
    };
    QPen pen(seriesColour(0));
    pen.setWidthF(2.5);
    auto* markers = new QScatterSeries;
    markers->setMarkerSize(6);
    markers->setColor(seriesColour(0));
    markers->setBorderColor(seriesColour(0));
    QList<QLineSeries*> segments;
    double maximum = 0;
    int previous = -2;
    for (const auto& [date, value] : spec.points) {
        const int x = monthIndex(date);
        if (x != previous + 1 || segments.isEmpty()) {
            segments.append(new QLineSeries);
            segments.last()->setPen(pen);
        }
        segments.last()->append(x, value);
        markers->append(x, value);
        maximum = std::max(maximum, value);
        previous = x;
    }
    for (QLineSeries* segment : segments)
        chart->addSeries(segment);
    chart->addSeries(markers);

    // Labels on exact months: every 1, 3, 6 or 12 months, whichever keeps them readable.
    const int span = spec.points.isEmpty() ? 0 : monthIndex(spec.points.last().first);
    int step = 1;
    for (int candidate : {1, 3, 6, 12, 24}) {
        step = candidate;
        if (span / candidate <= 7)
            break;
    }
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale = localeFor(lang);
    for (int m = 0; m <= span; m += step)
        xAxis->append(locale.toString(first.addMonths(m), QStringLiteral("MMM yyyy")), m);
    xAxis->setRange(-0.5, span + 0.5);
    xAxis->setTitleText(spec.xAxisTitle.in(lang));
    xAxis->setTitleFont(font(12));
    xAxis->setLabelsFont(font(11));
    xAxis->setGridLineVisible(false);

    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(spec.yAxisTitle.in(lang));
    yAxis->setTitleFont(font(12));
    yAxis->setLabelsFont(font(11));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setRange(0, niceCeiling(maximum * 1.05));
    yAxis->setTickCount(6);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

} // namespace sna
