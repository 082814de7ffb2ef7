#include "foundation/Utf8.h"

namespace sna {

qsizetype Utf8::firstInvalidByte(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // allowed range of the second byte
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + 1 >= size || data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (i + k >= size || data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

Result<QString> Utf8::decode(const QByteArray& bytes, const QString& what)
{
    const qsizetype bad = firstInvalidByte(bytes);
    if (bad >= 0) {
        // Line and column help in an editor; the byte offset and value help in a hex viewer.
        const QByteArray before = bytes.left(bad);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const QString column =
            QString::number(QString::fromUtf8(bytes.mid(lineStart, bad - lineStart)).size() + 1);
        return makeError(tr("%1 is not valid UTF-8 text: the first bad byte (0x%2) is at byte "
                            "offset %3 (line %4, column %5). Save the file as UTF-8 and try again; "
                            "nothing was changed.")
                             .arg(what)
                             .arg(QString::number(quint8(bytes[bad]), 16)
                                      .toUpper()
                                      .rightJustified(2, QLatin1Char('0')))
                             .arg(bad)
                             .arg(line)
                             .arg(column),
                         {}, QStringLiteral("invalid-utf8"));
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    return QString::fromUtf8(text);
}

} // namespace sna
