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

    ChartTextObject(const ChartPainter& painter, QString fontFamily, QObject* parent = nullptr);
    // Returns the index to store in the format. Each chart has its language: a document in
    // parallel columns holds both.
    int addSpec(const ChartSpec& spec, Lang lang);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    const ChartPainter& m_painter;
    QString m_fontFamily;
    QList<QPair<ChartSpec, Lang>> m_specs;
};

} // namespace sna
