#include "export/ChartTextObject.h"

#include "export/ChartPainter.h"

#include <QPainter>

namespace sna {

ChartTextObject::ChartTextObject(const ChartPainter& painter, QString fontFamily, QObject* parent)
    : QObject(parent)
    , m_painter(painter)
    , m_fontFamily(std::move(fontFamily))
{
}

int ChartTextObject::addSpec(const ChartSpec& spec, Lang lang)
{
    m_specs.append({spec, lang});
    return int(m_specs.size() - 1);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return QSizeF(format.doubleProperty(Width), format.doubleProperty(Height));
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat& format)
{
    const int index = format.intProperty(SpecIndex);
    if (index < 0 || index >= m_specs.size())
        return;
    painter->save();
    m_painter.paint(*painter, rect, m_specs[index].first, m_specs[index].second, m_fontFamily);
    painter->restore();
}

} // namespace sna
