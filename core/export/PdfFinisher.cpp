#include "export/PdfFinisher.h"

#include "foundation/BuildInfo.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace sna {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

QByteArray pdfDate(const QDate& date)
{
    return "(D:" + date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000Z)";
}

// A text string as UTF-16BE with a byte order mark, in hex: safe for any letter.
QByteArray pdfText(const QString& text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

struct Edit {
    qsizetype position;
    qsizetype length; // bytes replaced
    QByteArray text;
};

} // namespace

QString PdfFinisher::producer()
{
    return QStringLiteral("%1 %2 (Qt %3)")
        .arg(QString::fromLatin1(kApplicationName), QString::fromLatin1(kVersion),
             QString::fromLatin1(qVersion()));
}

QByteArray PdfFinisher::xmp(const PdfMetadata& metadata)
{
    const QString adobe = QStringLiteral("adobe:ns:meta/");
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString xmpMM = QStringLiteral("http://ns.adobe.com/xap/1.0/mm/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString pdfaid = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
    const QString xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");
    const QString date = isoDate(metadata.date);
    // The same publication always gets the same identifier.
    const QUuid id = QUuid::createUuidV5(
        QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")),
        QStringLiteral("%1|%2|%3|%4")
            .arg(metadata.title, metadata.author, metadata.languages.join(QLatin1Char(',')), date));

    QByteArray content;
    QBuffer output(&content);
    output.open(QIODevice::WriteOnly);
    output.write("<?xpacket begin='\xEF\xBB\xBF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n");
    QXmlStreamWriter w(&output);
    w.setAutoFormatting(true);
    w.writeNamespace(adobe, QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(xmpNs, QStringLiteral("xmp"));
    w.writeNamespace(xmpMM, QStringLiteral("xmpMM"));
    w.writeNamespace(pdf, QStringLiteral("pdf"));
    w.writeNamespace(pdfaid, QStringLiteral("pdfaid"));
    w.writeStartElement(adobe, QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeStartElement(dc, QStringLiteral("format"));
    w.writeCharacters(QStringLiteral("application/pdf"));
    w.writeEndElement();
    w.writeStartElement(dc, QStringLiteral("title"));
    w.writeStartElement(rdf, QStringLiteral("Alt"));
    w.writeStartElement(rdf, QStringLiteral("li"));
    w.writeAttribute(xml, QStringLiteral("lang"), QStringLiteral("x-default"));
    w.writeCharacters(metadata.title);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(dc, QStringLiteral("creator"));
    w.writeStartElement(rdf, QStringLiteral("Seq"));
    w.writeStartElement(rdf, QStringLiteral("li"));
    w.writeCharacters(metadata.author);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(dc, QStringLiteral("description"));
    w.writeStartElement(rdf, QStringLiteral("Alt"));
    w.writeStartElement(rdf, QStringLiteral("li"));
    w.writeAttribute(xml, QStringLiteral("lang"), QStringLiteral("x-default"));
    w.writeCharacters(metadata.subject);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(dc, QStringLiteral("language"));
    w.writeStartElement(rdf, QStringLiteral("Bag"));
    for (const QString& language : metadata.languages) {
        w.writeStartElement(rdf, QStringLiteral("li"));
        w.writeCharacters(language);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(pdf, QStringLiteral("Producer"), producer());
    w.writeAttribute(pdf, QStringLiteral("Trapped"), QStringLiteral("False"));
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(xmpNs, QStringLiteral("CreatorTool"), metadata.creator);
    w.writeAttribute(xmpNs, QStringLiteral("CreateDate"), date);
    w.writeAttribute(xmpNs, QStringLiteral("ModifyDate"), date);
    w.writeAttribute(xmpNs, QStringLiteral("MetadataDate"), date);
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(xmpMM, QStringLiteral("DocumentID"),
                     QStringLiteral("uuid:") + id.toString(QUuid::WithoutBraces));
    w.writeAttribute(xmpMM, QStringLiteral("VersionID"), QStringLiteral("1"));
    w.writeAttribute(xmpMM, QStringLiteral("RenditionClass"), QStringLiteral("default"));
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(pdfaid, QStringLiteral("part"), QStringLiteral("1"));
    w.writeAttribute(pdfaid, QStringLiteral("conformance"), QStringLiteral("B"));
    w.writeEndElement();

    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeEndDocument();
    output.write("\n<?xpacket end='w'?>");
    return content;
}

Result<QByteArray> PdfFinisher::finish(const QByteArray& pdf, const PdfMetadata& metadata,
                                       const QList<PdfOutlineEntry>& outline)
{
    const Error malformed = makeError(tr("The PDF could not be finished: its structure was not "
                                         "as expected. Nothing was written."));
    // Cross-reference table.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return malformed;
    bool ok = false;
    const qsizetype xref =
        pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= pdf.size() || !pdf.mid(xref).startsWith("xref"))
        return malformed;
    const qsizetype sectionLine = pdf.indexOf('\n', xref) + 1;
    const qsizetype entriesStart = pdf.indexOf('\n', sectionLine) + 1;
    const QList<QByteArray> section =
        pdf.mid(sectionLine, entriesStart - sectionLine).trimmed().split(' ');
    const int count = section.value(1).toInt();
    if (section.value(0) != "0" || count <= 0)
        return malformed;
    QList<qsizetype> offsets;
    for (int i = 0; i < count; ++i)
        offsets.append(pdf.mid(entriesStart + qsizetype(i) * 20, 10).toLongLong());
    const qsizetype trailer = pdf.indexOf("trailer", entriesStart);
    if (trailer < 0)
        return malformed;
    const QByteArray trailerText = pdf.mid(trailer, startxref - trailer);
    const auto info = QRegularExpression(QStringLiteral("/Info (\\d+) 0 R"))
                          .match(QString::fromLatin1(trailerText));
    const auto root = QRegularExpression(QStringLiteral("/Root (\\d+) 0 R"))
                          .match(QString::fromLatin1(trailerText));
    if (!info.hasMatch() || !root.hasMatch())
        return malformed;
    const int infoObject = info.captured(1).toInt();
    const int rootObject = root.captured(1).toInt();
    if (infoObject >= count || rootObject >= count)
        return malformed;

    // The pages, in order, from the page tree (QPdfWriter writes one flat /Kids array).
    QList<int> pageObjects;
    {
        const qsizetype catalog = offsets[rootObject];
        const auto pages = QRegularExpression(QStringLiteral("/Pages (\\d+) 0 R"))
                               .match(QString::fromLatin1(pdf.mid(catalog, 400)));
        if (!pages.hasMatch() || pages.captured(1).toInt() >= count)
            return malformed;
        const qsizetype tree = offsets[pages.captured(1).toInt()];
        const qsizetype kids = pdf.indexOf("/Kids", tree);
        const qsizetype open = pdf.indexOf('[', kids);
        const qsizetype close = pdf.indexOf(']', open);
        if (kids < 0 || open < 0 || close < 0)
            return malformed;
        const QString list = QString::fromLatin1(pdf.mid(open + 1, close - open - 1));
        for (const auto& match : QRegularExpression(QStringLiteral("(\\d+) 0 R")).globalMatch(list))
            pageObjects.append(match.captured(1).toInt());
    }
    // Bookmarks: new objects after the existing ones.
    QList<QByteArray> added;
    int outlineRoot = 0;
    {
        struct Node {
            int entry;
            int parent; // index into nodes, -1 for the root's children
            QList<int> children;
        };
        QList<Node> nodes;
        QList<int> top;
        for (int i = 0; i < outline.size(); ++i) {
            if (outline[i].page < 0 || outline[i].page >= pageObjects.size())
                continue;
            if (outline[i].level > 1 && !top.isEmpty()) {
                nodes.append(Node{i, top.last(), {}});
                nodes[top.last()].children.append(int(nodes.size() - 1));
            } else {
                nodes.append(Node{i, -1, {}});
                top.append(int(nodes.size() - 1));
            }
        }
        if (!top.isEmpty()) {
            outlineRoot = count;
            auto id = [&](int node) { return QByteArray::number(count + 1 + node); };
            auto siblingsOf = [&](int node) -> const QList<int>& {
                return nodes[node].parent < 0 ? top : nodes[nodes[node].parent].children;
            };
            added.append("<<\n/Type /Outlines\n/First " + id(top.first()) + " 0 R\n/Last " +
                         id(top.last()) + " 0 R\n/Count " + QByteArray::number(top.size()) +
                         "\n>>\n");
            for (int node = 0; node < nodes.size(); ++node) {
                const PdfOutlineEntry& entry = outline[nodes[node].entry];
                const QList<int>& siblings = siblingsOf(node);
                const qsizetype at = siblings.indexOf(node);
                QByteArray object = "<<\n/Title " + pdfText(entry.title) + "\n/Parent " +
                                    (nodes[node].parent < 0 ? QByteArray::number(outlineRoot)
                                                            : id(nodes[node].parent)) +
                                    " 0 R\n/Dest [" + QByteArray::number(pageObjects[entry.page]) +
                                    " 0 R /XYZ null null null]\n";
                if (at > 0)
                    object += "/Prev " + id(siblings[at - 1]) + " 0 R\n";
                if (at + 1 < siblings.size())
                    object += "/Next " + id(siblings[at + 1]) + " 0 R\n";
                if (!nodes[node].children.isEmpty())
                    object += "/First " + id(nodes[node].children.first()) + " 0 R\n/Last " +
                              id(nodes[node].children.last()) + " 0 R\n/Count -" +
                              QByteArray::number(nodes[node].children.size()) + "\n";
                added.append(object + ">>\n");
            }
        }
    }

    QList<Edit> edits;
    {
        const qsizetype start = offsets[infoObject];
        const qsizetype end = pdf.indexOf("endobj", start);
        if (end < 0)
            return malformed;
        QByteArray dictionary = QByteArray::number(infoObject) + " 0 obj\n<<\n/Title " +
                                pdfText(metadata.title) + "\n/Author " + pdfText(metadata.author) +
                                "\n/Subject " + pdfText(metadata.subject) + "\n/Creator " +
                                pdfText(metadata.creator) + "\n/Producer " + pdfText(producer()) +
                                "\n/CreationDate " + pdfDate(metadata.date) + "\n/ModDate " +
                                pdfDate(metadata.date) + "\n/Trapped /False\n>>\n";
        edits.append(Edit{start, end - start, dictionary});
    }
    {
        const qsizetype start = pdf.indexOf("<<", offsets[rootObject]);
        if (start < 0 || !metadata.languages.size())
            return malformed;
        QByteArray catalogue = "\n/Lang (" + metadata.languages.first().toLatin1() + ")";
        if (outlineRoot)
            catalogue +=
                "\n/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines";
        edits.append(Edit{start + 2, 0, catalogue});
    }
    std::sort(edits.begin(), edits.end(),
              [](const Edit& a, const Edit& b) { return a.position < b.position; });

    QByteArray body;
    body.reserve(pdf.size() + 1024);
    qsizetype at = 0;
    for (const Edit& edit : std::as_const(edits)) {
        body += pdf.mid(at, edit.position - at);
        body += edit.text;
        at = edit.position + edit.length;
    }
    body += pdf.mid(at, xref - at);
    auto shifted = [&](qsizetype offset) {
        qsizetype result = offset;
        for (const Edit& edit : std::as_const(edits)) {
            if (edit.position < offset)
                result += edit.text.size() - edit.length;
        }
        return result;
    };
    QList<qsizetype> addedOffsets;
    for (int i = 0; i < added.size(); ++i) {
        addedOffsets.append(body.size());
        body += QByteArray::number(count + i) + " 0 obj\n" + added[i] + "endobj\n";
    }
    const int size = count + int(added.size());
    const qsizetype newXref = body.size();
    body += "xref\n0 " + QByteArray::number(size) + "\n";
    body += "0000000000 65535 f \n";
    for (int i = 1; i < count; ++i)
        body += QByteArray::number(shifted(offsets[i])).rightJustified(10, '0') + " 00000 n \n";
    for (qsizetype offset : std::as_const(addedOffsets))
        body += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex().toUpper();
    body += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Info " +
            QByteArray::number(infoObject) + " 0 R\n/Root " + QByteArray::number(rootObject) +
            " 0 R\n/ID [<" + id + "> <" + id + ">]\n>>\nstartxref\n" + QByteArray::number(newXref) +
            "\n%%EOF\n";
    return body;
}

} // namespace sna
