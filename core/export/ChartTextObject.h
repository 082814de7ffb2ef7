#pragma once

#include "analysis/ChartSpec.h"
#include "foundation/Language.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

namespace sna {

class ChartPainter;

// Lets a QTextDocument carry a chart as an inline object that is painted, not rasterised: on a
// PDF device the chart stays vector graphics with real text.
class ChartTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    enum Property { SpecIndex = QTextFormat::UserProperty + 1, Width, Height };

    ChartTextObject(const ChartPainter& painter, Lang lang, QString fontFamily,
                    QObject* parent = nullptr);
    int addSpec(const ChartSpec& spec); // returns the index to store in the format

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    const ChartPainter& m_painter;
    Lang m_lang;
    QString m_fontFamily;
    QList<ChartSpec> m_specs;
};

} // namespace sna
