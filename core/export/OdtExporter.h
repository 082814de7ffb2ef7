#pragma once

#include "export/Publication.h"
#include "foundation/Language.h"
#include "foundation/Result.h"

#include <QCoreApplication>

namespace sna {

class ChartPainter;

// Writes a publication as an OpenDocument text (which Word opens): the same contents,
// numbered headings, lists, numbered tables and figures as the PDF, with charts as pictures;
// the word processor paginates, so the contents has no page numbers.
class OdtExporter {
    Q_DECLARE_TR_FUNCTIONS(sna::OdtExporter)
public:
    static Result<QByteArray> render(const Publication& publication, Layout layout, Lang lang,
                                     const ChartPainter* charts, const QString& fontFamily);
};

} // namespace sna
