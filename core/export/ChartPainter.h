#pragma once

#include "analysis/ChartSpec.h"
#include "foundation/Language.h"

#include <QRectF>

class QPainter;

namespace sna {

// Draws a chart as vector graphics. Core's exporters depend on this interface only; the Qt
// Charts implementation lives in the separate sna_charts target because Qt Charts needs
// QtWidgets, which the rest of core must not link.
class ChartPainter {
public:
    virtual ~ChartPainter() = default;
    // `fontFamily` is the document's typeface, so figures match the text around them.
    virtual void paint(QPainter& painter, const QRectF& target, const ChartSpec& spec, Lang lang,
                       const QString& fontFamily) const = 0;
};

} // namespace sna
