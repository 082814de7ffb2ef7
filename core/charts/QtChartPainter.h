#pragma once

#include "export/ChartPainter.h"

namespace sna {

// Paints Qt Charts charts through a QGraphicsScene, which keeps them as vector graphics and
// their labels as text on a PDF device. Needs a QApplication.
class QtChartPainter : public ChartPainter {
public:
    void paint(QPainter& painter, const QRectF& target, const ChartSpec& spec, Lang lang,
               const QString& fontFamily) const override;
};

} // namespace sna
