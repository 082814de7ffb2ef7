#pragma once

#include "analysis/ChartSpec.h"
#include "foundation/Language.h"

#include <QBrush>
#include <QPen>

class QBrush;
class QChart;
class QColor;
class QFont;
class QString;

namespace sna {

// Builds the Qt Charts chart for a spec in one language. Screen and PDF use the same chart,
// so what the analyst sees is what is published. Fonts are set in pixels so the chart scales
// as one drawing onto any device (a PDF's 1200 dpi included).
class ChartFactory {
public:
    enum class Title { Shown, Hidden }; // a document figure has its caption instead
    // `fontFamily` empty: the application font (on screen); a PDF passes its document font.
    static QChart* create(const ChartSpec& spec, Lang lang, Title title = Title::Shown,
                          const QString& fontFamily = {});

    // Okabe–Ito colours: distinguishable with colour-vision deficiency and in greyscale order.
    static QColor seriesColour(int index);
    // A bar of an incomplete period: a pale tint of `colour`, outlined dashed in `colour`.
    static QBrush incompleteBrush(const QColor& colour);
    static QPen incompletePen(const QColor& colour);

private:
    static void addBars(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                        const QFont& titles);
    static void addColumns(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                           const QFont& titles);
    static void addStackedBars(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                               const QFont& titles);
    static void addPyramid(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                           const QFont& titles);
    static void addHeatmap(QChart& chart, const ChartSpec& spec, Lang lang, const QFont& labels,
                           const QFont& titles);
};

} // namespace sna
