#include "charts/QtChartPainter.h"

#include "charts/ChartFactory.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace sna {

void QtChartPainter::paint(QPainter& painter, const QRectF& target, const ChartSpec& spec,
                           Lang lang, const QString& fontFamily) const
{
    // Lay the chart out at a logical width, as on screen, then scale the whole drawing into
    // the target: labels keep their proportions whatever the device resolution.
    // The logical width follows the printed width (about 110 units an inch, as on screen), so
    // a half-width chart in parallel columns keeps readable labels.
    const qreal dpi = painter.device() ? painter.device()->logicalDpiX() : 96;
    const qreal logicalWidth =
        std::clamp(target.width() / std::max<qreal>(dpi, 1) * 110, 560.0, 720.0);
    const QSizeF logical(logicalWidth, logicalWidth * target.height() / target.width());
    QGraphicsScene scene;
    QChart* chart = ChartFactory::create(spec, lang, ChartFactory::Title::Hidden, fontFamily);
    scene.addItem(chart); // the scene owns the chart
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

} // namespace sna
