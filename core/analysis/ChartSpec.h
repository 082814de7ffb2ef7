#pragma once

#include "foundation/BilingualText.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sna {

// Everything needed to draw one chart, in both languages, independent of any toolkit: the
// screen (Qt Charts in a view) and the PDF (Qt Charts painted as vectors) draw the same spec.
struct ChartSpec {
    // MonthlyLine: a line by month, broken (and shaded) where a month has no data.
    // CategoryBars: horizontal bars, one per label (categories, areas).
    // ColumnBars: vertical bars (periods, deciles, calendar months); `marked` bars (incomplete
    //   periods) are hatched.
    // StackedBars: vertical bars of `categories`, each stacked from `series`.
    // Pyramid: `categories` are age bands, bottom-up; series[0] female (left), series[1] male
    //   (right) of a central zero, on a value axis labelled with magnitudes either side.
    // Heatmap: series are rows (days), `columnLabels` the columns (hours); a negative value is
    //   a hidden count, drawn hatched.
    enum class Kind { MonthlyLine, CategoryBars, ColumnBars, StackedBars, Pyramid, Heatmap };
    struct Series {
        BilingualText name;
        QList<double> values;
    };

    QString reference; // e.g. "monthly-trend"
    Kind kind = Kind::MonthlyLine;
    BilingualText title;
    BilingualText xAxisTitle;
    BilingualText yAxisTitle;
    BilingualText source;
    BilingualText altText;
    QList<QPair<QDate, double>> points;       // MonthlyLine: first day of each month
    QList<QPair<BilingualText, double>> bars; // CategoryBars, ColumnBars: label and value
    QList<bool> marked;                       // ColumnBars: drawn hatched (incomplete)
    QList<BilingualText> categories;          // StackedBars, Pyramid, Heatmap rows
    QList<Series> series;                     // StackedBars, Pyramid, Heatmap
    QList<BilingualText> columnLabels;        // Heatmap columns
    // CategoryBars a click drills into: what each bar stands for, in `bars` order — a
    // definition category id or an area's "level:code" (labels are not unique: a CSP often
    // has its local authority's name). Empty for other charts.
    QStringList barKeys;
    QString filter; // the analysis filter the chart was drawn for (AnalysisFilter::toQuery)
    BilingualText emptyNote; // why an empty chart is empty; none: no data imported yet

    bool isEmpty() const
    {
        switch (kind) {
        case Kind::MonthlyLine:
            return points.isEmpty();
        case Kind::CategoryBars:
        case Kind::ColumnBars:
            return bars.isEmpty();
        default:
            return series.isEmpty() || categories.isEmpty();
        }
    }
};

} // namespace sna
