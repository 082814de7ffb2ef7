#include "charts/QtChartPainter.h"

#include "charts/ChartFactory.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace sna {

void QtChartPainter::paint(QPainter& painter, const QRectF& target, const ChartSpec& spec,
                           Lang lang, const QString& fontFamily) const
{
    // Lay the chart out at a fixed logical width, as on screen, then scale the whole drawing
    // into the target: labels keep their proportions whatever the device resolution.
    constexpr qreal kLogicalWidth = 720;
    const QSizeF logical(kLogicalWidth, kLogicalWidth * target.height() / target.width());
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
