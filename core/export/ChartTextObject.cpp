#include "export/ChartTextObject.h"

#include "export/ChartPainter.h"

#include <QPainter>

namespace sna {

ChartTextObject::ChartTextObject(const ChartPainter& painter, Lang lang, QString fontFamily,
                                 QObject* parent)
    : QObject(parent)
    , m_painter(painter)
    , m_lang(lang)
    , m_fontFamily(std::move(fontFamily))
{
}

int ChartTextObject::addSpec(const ChartSpec& spec)
{
    m_specs.append(spec);
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
    m_painter.paint(*painter, rect, m_specs[index], m_lang, m_fontFamily);
    painter->restore();
}

} // namespace sna
