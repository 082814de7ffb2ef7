#include "charts/ChartFactory.h"

#include "document/FixedText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFont>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLinearGradient>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QStackedBarSeries>
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

// A round step (1, 2 or 5 times a power of ten, at least `least`: counts are whole) that
// divides `value` into about `parts` intervals.
double niceStep(double value, int parts, double least = 1)
{
    const double raw = std::max(least, value / parts);
    if (raw <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 5.0}) {
        if (step * magnitude >= raw)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// A value axis from zero with round ticks (0, 10, 20… not 0, 13, 25…): Qt spreads a tick count
// evenly over the range, so the range is made a whole number of round steps. `headroom` leaves
// space for the value labels beyond the longest bar.
void setRoundTicks(QValueAxis& axis, const QList<double>& values, double headroom)
{
    double maximum = 0;
    bool whole = true;
    for (double v : values) {
        maximum = std::max(maximum, v);
        whole = whole && v == std::floor(v);
    }
    const double top = maximum * headroom;
    // Rates may be fractions, and fractional steps then; counts step by whole numbers.
    const double step = top > 0 ? niceStep(top, 6, whole ? 1.0 : 0.0) : 1.0;
    const int intervals = std::max(1, int(std::ceil(top / step - 1e-9)));
    axis.setRange(0, intervals * step);
    axis.setTickType(QValueAxis::TicksFixed);
    axis.setTickCount(intervals + 1);
    axis.setMinorTickCount(0);
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    axis.setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f'));
}
// The axis of bar labels (categories, periods, age bands), without grid lines.
QBarCategoryAxis* labelAxis(const QStringList& names, const QString& title, const QFont& labels,
                            const QFont& titles)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setLabelsFont(labels);
    axis->setGridLineVisible(false);
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(titles);
    }
    return axis;
}

// The axis of counts (or rates), titled.
QValueAxis* countAxis(const QString& title, const QFont& labels, const QFont& titles)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(titles);
    axis->setLabelsFont(labels);
    return axis;
}

void showLegendBelow(QChart& chart, const QFont& font)
{
    chart.legend()->show();
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.legend()->setFont(font);
}

} // namespace

void ChartFactory::addBars(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                           const QFont& titles)
{
    // Horizontal bars: category names are long, and read better on their own lines.
    auto* set = new QBarSet(spec.yAxisTitle.in(lang));
    set->setColor(seriesColour(0));
    set->setBorderColor(seriesColour(0));
    set->setLabelColor(Qt::black); // the theme's white is lost on the white background
    QStringList names;
    QList<double> barValues;
    // Qt draws the first category at the bottom; list them top-down as the spec orders them.
    for (auto it = spec.bars.crbegin(); it != spec.bars.crend(); ++it) {
        names << it->first.in(lang);
        set->append(it->second);
        barValues << it->second;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart.addSeries(series);
    auto* categories = labelAxis(names, QString(), labels, titles);
    auto* values = countAxis(spec.yAxisTitle.in(lang), labels, titles);
    setRoundTicks(*values, barValues, 1.15);
    chart.addAxis(categories, Qt::AlignLeft);
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

// Vertical columns, one per bar in the spec's order from left to right; a `marked` bar (an
// incomplete period) is drawn as a pale tint of the same colour with a dashed outline, and the
// legend says what that means. Those bars are a second set stacked on the first: each bar is in
// exactly one of them, the other holding zero there, so each column keeps its full width.
void ChartFactory::addColumns(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                              const QFont& titles)
{
    const QColor colour = seriesColour(0);
    auto* solid = new QBarSet(spec.yAxisTitle.in(lang));
    solid->setColor(colour);
    solid->setBorderColor(colour);
    auto* hatched = new QBarSet(FixedText::text(FixedText::IncompletePeriodKey, lang));
    hatched->setBrush(incompleteBrush(colour));
    hatched->setPen(incompletePen(colour));
    solid->setLabelColor(Qt::black);
    hatched->setLabelColor(Qt::black);
    QStringList names;
    QList<double> barValues;
    bool anyMarked = false;
    for (int i = 0; i < int(spec.bars.size()); ++i) {
        const double value = spec.bars[i].second;
        const bool marked = i < int(spec.marked.size()) && spec.marked[i];
        anyMarked = anyMarked || marked;
        names << spec.bars[i].first.in(lang);
        solid->append(marked ? 0 : value);
        hatched->append(marked ? value : 0);
        barValues << value;
    }
    auto* series = new QStackedBarSeries;
    series->append(solid);
    series->append(hatched);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart.addSeries(series);
    auto* categories = labelAxis(names, spec.xAxisTitle.in(lang), labels, titles);
    // Qt elides a label wider than its column ("2021 …" for every quarter): slanted labels
    // keep them whole. The plot is at least about 460 pixels wide, on screen and in a PDF.
    const QFontMetricsF metrics(labels);
    qreal widest = 0;
    for (const QString& name : std::as_const(names))
        widest = std::max(widest, metrics.horizontalAdvance(name));
    if (!names.isEmpty() && widest + 8 > 460.0 / names.size())
        categories->setLabelsAngle(-90);
    auto* values = countAxis(spec.yAxisTitle.in(lang), labels, titles);
    setRoundTicks(*values, barValues, 1.1);
    chart.addAxis(categories, Qt::AlignBottom);
    chart.addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    if (anyMarked) {
        // Only the hatching needs a key: the solid bars are what the axis title says.
        showLegendBelow(chart, labels);
        for (QLegendMarker* marker : chart.legend()->markers(series))
            marker->setVisible(marker->label() == hatched->label());
    }
}

// Vertical columns of `categories` from left to right, each stacked from `series` bottom-up.
void ChartFactory::addStackedBars(QChart& chart, const ChartSpec& spec, Lang lang,
                                  const QFont& labels, const QFont& titles)
{
    auto* series = new QStackedBarSeries;
    QList<double> totals(spec.categories.size(), 0.0);
    for (int i = 0; i < int(spec.series.size()); ++i) {
        const ChartSpec::Series& s = spec.series[i];
        auto* set = new QBarSet(s.name.in(lang));
        set->setColor(seriesColour(i));
        set->setBorderColor(seriesColour(i));
        for (int c = 0; c < int(spec.categories.size()); ++c) {
            // A hidden count (-1) is not drawn.
            const double value = c < int(s.values.size()) ? std::max(0.0, s.values[c]) : 0.0;
            set->append(value);
            totals[c] += value;
        }
        series->append(set);
    }
    chart.addSeries(series);
    QStringList names;
    for (const BilingualText& category : spec.categories)
        names << category.in(lang);
    auto* categories = labelAxis(names, spec.xAxisTitle.in(lang), labels, titles);
    auto* values = countAxis(spec.yAxisTitle.in(lang), labels, titles);
    setRoundTicks(*values, totals, 1.05);
    chart.addAxis(categories, Qt::AlignBottom);
    chart.addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    showLegendBelow(chart, labels);
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
    auto* bands = labelAxis(names, spec.xAxisTitle.in(lang), labels, titles);
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
    showLegendBelow(chart, labels);
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

QBrush ChartFactory::incompleteBrush(const QColor& colour)
{
    // A pale tint of the colour, not hatching: Qt's hatch patterns are drawn in device pixels
    // (too fine to see in a PDF) and a striped gradient is written to PDFs as thousands of
    // steps (megabytes). A tint with a dashed outline reads as "not whole" on screen, on paper
    // and in greyscale.
    const QColor white(Qt::white);
    return QBrush(QColor::fromRgbF(0.3f * colour.redF() + 0.7f * white.redF(),
                                   0.3f * colour.greenF() + 0.7f * white.greenF(),
                                   0.3f * colour.blueF() + 0.7f * white.blueF()));
}

QPen ChartFactory::incompletePen(const QColor& colour)
{
    QPen pen(colour, 1.5, Qt::DashLine);
    pen.setCosmetic(false);
    return pen;
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
    if (spec.kind == ChartSpec::Kind::CategoryBars) {
        addBars(*chart, spec, lang, font(11), font(12));
        return chart;
    }
    if (spec.kind == ChartSpec::Kind::ColumnBars) {
        addColumns(*chart, spec, lang, font(11), font(12));
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
