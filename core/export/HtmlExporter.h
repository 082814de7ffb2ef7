#pragma once

#include "export/Publication.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sna {

class ChartPainter;

// Writes a publication as one self-contained, accessible HTML page (WCAG 2.2 AA in mind):
// a skip link, semantic landmarks and headings in order, lang="cy"/lang="en" on every block,
// charts as inline SVG with role="img" and the chart's alt text, data tables with captions and
// header cells, readable without the small embedded style sheet and with no script at all.
class HtmlExporter {
    Q_DECLARE_TR_FUNCTIONS(sna::HtmlExporter)
public:
    // `layout`: Separate writes `lang` only; WelshFirst and Columns write both languages.
    static QByteArray render(const Publication& publication, Layout layout, Lang lang,
                             const ChartPainter* charts, const QString& fontFamily);
    // The SVG of one chart, as an element to place inline.
    static QString chartSvg(const ChartSpec& spec, Lang lang, const ChartPainter& charts,
                            const QString& fontFamily, const QString& id);
};

} // namespace sna
