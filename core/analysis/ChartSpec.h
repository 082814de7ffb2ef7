#pragma once

#include "foundation/BilingualText.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace sna {

// Everything needed to draw one chart, in both languages, independent of any toolkit: the
// screen (Qt Charts in a view) and the PDF (Qt Charts painted as vectors) draw the same spec.
struct ChartSpec {
    enum class Kind { MonthlyLine, CategoryBars };

    QString reference; // e.g. "monthly-trend"
    Kind kind = Kind::MonthlyLine;
    BilingualText title;
    BilingualText xAxisTitle;
    BilingualText yAxisTitle;
    BilingualText source;
    BilingualText altText;
    QList<QPair<QDate, double>> points;       // MonthlyLine: first day of each month
    QList<QPair<BilingualText, double>> bars; // CategoryBars: label and value, in order

    bool isEmpty() const { return kind == Kind::CategoryBars ? bars.isEmpty() : points.isEmpty(); }
};

} // namespace sna
