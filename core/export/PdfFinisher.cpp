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

Result<QByteArray> PdfFinisher::finish(const QByteArray& pdf, const PdfMetadata& metadata)
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
        edits.append(Edit{start + 2, 0, "\n/Lang (" + metadata.languages.first().toLatin1() + ")"});
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
    const qsizetype newXref = body.size();
    body += "xref\n0 " + QByteArray::number(count) + "\n";
    body += "0000000000 65535 f \n";
    for (int i = 1; i < count; ++i)
        body += QByteArray::number(shifted(offsets[i])).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex().toUpper();
    body += "trailer\n<<\n/Size " + QByteArray::number(count) + "\n/Info " +
            QByteArray::number(infoObject) + " 0 R\n/Root " + QByteArray::number(rootObject) +
            " 0 R\n/ID [<" + id + "> <" + id + ">]\n>>\nstartxref\n" + QByteArray::number(newXref) +
            "\n%%EOF\n";
    return body;
}

} // namespace sna
