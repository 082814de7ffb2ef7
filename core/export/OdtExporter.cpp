#include "export/OdtExporter.h"

#include "export/DocumentComposer.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace sna {

Result<QByteArray> OdtExporter::render(const Publication& publication, Layout layout, Lang lang,
                                       const ChartPainter* charts, const QString& fontFamily)
{
    QTextDocument document;
    document.setMetaInformation(
        QTextDocument::DocumentTitle,
        publication.metadataTitle(layout == Layout::Separate ? lang : Lang::Cy));
    // A4 less 25 mm margins, in points: figures are sized to the text width.
    DocumentComposer composer(document, 453.5, fontFamily, nullptr, charts);
    switch (layout) {
    case Layout::Separate:
        composer.composeLanguage(publication, lang, false);
        break;
    case Layout::WelshFirst:
        composer.composeFront(publication, Lang::Cy, false, true);
        composer.composeBody(publication, Lang::Cy);
        composer.breakPage();
        composer.composeFront(publication, Lang::En, false, true);
        composer.composeBody(publication, Lang::En);
        break;
    case Layout::Columns:
        composer.composeColumns(publication);
        break;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return makeError(tr("The OpenDocument file could not be written. Nothing was written."));
    return bytes;
}

} // namespace sna
