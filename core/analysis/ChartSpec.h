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
    enum class Kind { MonthlyLine };

    QString reference; // e.g. "monthly-trend"
    Kind kind = Kind::MonthlyLine;
    BilingualText title;
    BilingualText xAxisTitle;
    BilingualText yAxisTitle;
    BilingualText source;
    BilingualText altText;
    QList<QPair<QDate, double>> points; // first day of each month

    bool isEmpty() const { return points.isEmpty(); }
};

} // namespace sna
