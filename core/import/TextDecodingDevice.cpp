#include "import/TextDecodingDevice.h"

#include <QByteArrayView>

#include <cstring>

namespace sna {

namespace {
constexpr qint64 kChunk = 1 << 16;

qsizetype firstNonAscii(const char* data, qsizetype size)
{
    qsizetype i = 0;
    // Eight bytes at a time: most files are mostly ASCII.
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            break;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return i;
    }
    return size;
}

// Length of the UTF-8 sequence a lead byte announces; 0 when it cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}
} // namespace

TextDecodingDevice::TextDecodingDevice(QIODevice* source, TextEncoding encoding)
    : m_source(source)
    , m_encoding(encoding)
    , m_windows1252("windows-1252")
{
}

bool TextDecodingDevice::open(OpenMode mode)
{
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

bool TextDecodingDevice::canDecode() const
{
    return m_windows1252.isValid();
}

qint64 TextDecodingDevice::serve(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_output.size() - m_outputPos);
    std::memcpy(data, m_output.constData() + m_outputPos, size_t(n));
    m_outputPos += n;
    if (m_outputPos == m_output.size()) {
        m_output.clear();
        m_outputPos = 0;
    }
    return n;
}

void TextDecodingDevice::decide(QByteArray& input, bool atEnd)
{
    // Called in Auto mode with the input from the first non-ASCII byte on.
    const auto lead = static_cast<unsigned char>(input.at(0));
    const int length = sequenceLength(lead);
    if (length > 0 && input.size() < length && !atEnd) {
        m_held = input; // wait for the rest of the sequence
        input.clear();
        return;
    }
    // Without a Windows-1252 decoder (a Qt built without ICU or iconv) the file is read as
    // UTF-8, and its rows that are not are rejected with their lines, never garbled.
    if ((length > 0 && input.size() >= length &&
         QByteArrayView(input.constData(), length).isValidUtf8()) ||
        !m_windows1252.isValid())
        m_encoding = TextEncoding::Utf8;
    else
        m_encoding = TextEncoding::Windows1252;
}

qint64 TextDecodingDevice::readData(char* data, qint64 maxSize)
{
    while (true) {
        if (m_outputPos < m_output.size())
            return serve(data, maxSize);
        if (m_sourceDone && m_held.isEmpty())
            return 0;

        if (m_encoding != TextEncoding::Windows1252 && m_held.isEmpty()) {
            // Straight into the caller's buffer: no copy for UTF-8 or ASCII.
            const qint64 got = m_source->read(data, maxSize);
            if (got <= 0) {
                m_sourceDone = true;
                return got < 0 ? -1 : 0;
            }
            if (m_encoding == TextEncoding::Utf8)
                return got;
            const qsizetype ascii = firstNonAscii(data, got);
            if (ascii == got)
                return got;
            QByteArray rest(data + ascii, got - ascii);
            decide(rest, false);
            if (m_encoding == TextEncoding::Utf8)
                return got;
            if (m_encoding == TextEncoding::Windows1252)
                m_output = m_windows1252.decode(rest).operator QString().toUtf8();
            if (ascii > 0)
                return ascii;
            continue;
        }

        QByteArray input = m_held;
        m_held.clear();
        if (!m_sourceDone) {
            QByteArray more(kChunk, Qt::Uninitialized);
            const qint64 got = m_source->read(more.data(), kChunk);
            if (got <= 0)
                m_sourceDone = true;
            else
                input.append(more.constData(), got);
        }
        if (input.isEmpty())
            continue;
        if (m_encoding == TextEncoding::Auto) {
            const qsizetype ascii = firstNonAscii(input.constData(), input.size());
            QByteArray rest = input.mid(ascii);
            m_output = input.left(ascii);
            if (!rest.isEmpty()) {
                decide(rest, m_sourceDone);
                if (m_encoding == TextEncoding::Windows1252)
                    m_output += m_windows1252.decode(rest).operator QString().toUtf8();
                else
                    m_output += rest;
            }
        } else if (m_encoding == TextEncoding::Windows1252) {
            m_output = m_windows1252.decode(input).operator QString().toUtf8();
        } else {
            m_output = input;
        }
    }
}

} // namespace sna
