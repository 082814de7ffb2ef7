#include "import/CsvReader.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace sna {

namespace {
// The bytes that end an unquoted field, for a table lookup per byte.
constexpr std::array<bool, 256> makeDelimiters()
{
    std::array<bool, 256> table{};
    table[','] = table['\n'] = table['\r'] = true;
    return table;
}
constexpr std::array<bool, 256> kDelimiter = makeDelimiters();
} // namespace

CsvReader::CsvReader(QIODevice* device, qsizetype bufferSize)
    : m_device(device)
    , m_bufferSize(std::max<qsizetype>(bufferSize, 64))
{
    m_buffer.resize(m_bufferSize);
}

QString CsvReader::field(qsizetype index) const
{
    if (index < 0 || index >= fieldCount())
        return {};
    const std::string_view view = m_fields[size_t(index)];
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    // Keep the unparsed tail (the start of a record) and read after it.
    const qsizetype tail = m_end - m_pos;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(tail));
        m_consumedBefore += m_pos;
        m_pos = 0;
        m_end = tail;
    }
    if (m_end == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2); // one record longer than the buffer
    const qint64 got = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_end += got;
    if (!m_started && m_end >= 3) {
        m_started = true;
        if (std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0) {
            m_hadBom = true;
            m_pos = 3;
        }
    }
    return true;
}

CsvReader::Parse CsvReader::parseRecord()
{
    const char* data = m_buffer.constData();
    qsizetype pos = m_pos;
    const qsizetype end = m_end;
    qint64 line = m_line;
    m_spans.clear();
    m_scratch.clear();

    if (pos >= end)
        return m_eof ? Parse::End : Parse::NeedMore;

    while (true) {
        if (pos >= end) {
            if (!m_eof)
                return Parse::NeedMore;
            // A final record without a line break.
            m_spans.emplace_back(pos, 0);
            break;
        }
        if (data[pos] == '"') {
            // Quoted field: copy into scratch only when it holds an escaped quote.
            const qsizetype start = pos + 1;
            qsizetype scan = start;
            bool escaped = false;
            qsizetype scratchStart = -1;
            while (true) {
                const void* hit = std::memchr(data + scan, '"', size_t(end - scan));
                // Count line breaks inside the quoted text for accurate line numbers.
                const qsizetype stop = hit ? static_cast<const char*>(hit) - data : end;
                for (qsizetype i = scan; i < stop; ++i)
                    line += data[i] == '\n';
                if (!hit) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error = QCoreApplication::translate(
                                  "sna::CsvReader",
                                  "A quoted field that starts on line %1 is never closed.")
                                  .arg(m_line);
                    m_errorLine = m_line;
                    return Parse::Error;
                }
                if (stop + 1 >= end && !m_eof)
                    return Parse::NeedMore; // cannot yet tell "" from a closing quote
                if (stop + 1 < end && data[stop + 1] == '"') {
                    if (!escaped) {
                        escaped = true;
                        scratchStart = qsizetype(m_scratch.size());
                    }
                    m_scratch.append(data + scan, size_t(stop + 1 - scan));
                    scan = stop + 2;
                    continue;
                }
                if (escaped) {
                    m_scratch.append(data + scan, size_t(stop - scan));
                    m_spans.emplace_back(-1 - scratchStart,
                                         qsizetype(m_scratch.size()) - scratchStart);
                } else {
                    m_spans.emplace_back(start, stop - start);
                }
                pos = stop + 1;
                break;
            }
            if (pos < end && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
                m_error = QCoreApplication::translate(
                              "sna::CsvReader",
                              "Line %1, field %2: unexpected text after a closing quote.")
                              .arg(line)
                              .arg(m_spans.size());
                m_errorLine = line;
                return Parse::Error;
            }
        } else {
            qsizetype scan = pos;
            while (scan < end && !kDelimiter[static_cast<unsigned char>(data[scan])])
                ++scan;
            if (scan >= end && !m_eof)
                return Parse::NeedMore;
            m_spans.emplace_back(pos, scan - pos);
            pos = scan;
        }

        if (pos >= end) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        const char delimiter = data[pos];
        if (delimiter == ',') {
            ++pos;
            if (pos >= end && m_eof) {
                m_spans.emplace_back(pos, 0); // trailing empty field at end of file
                break;
            }
            continue;
        }
        if (delimiter == '\r') {
            if (pos + 1 >= end && !m_eof)
                return Parse::NeedMore;
            pos += (pos + 1 < end && data[pos + 1] == '\n') ? 2 : 1;
        } else {
            ++pos;
        }
        ++line;
        break;
    }

    m_recordLine = m_line;
    m_line = line;
    m_pos = pos;
    m_fields.clear();
    for (const auto& [offset, length] : m_spans) {
        if (offset < 0)
            m_fields.emplace_back(m_scratch.data() + (-1 - offset), size_t(length));
        else
            m_fields.emplace_back(data + offset, size_t(length));
    }
    return Parse::Record;
}

bool CsvReader::next()
{
    if (hasError())
        return false;
    if (!m_started && m_end == 0)
        refill();
    while (true) {
        switch (parseRecord()) {
        case Parse::Record:
            if (m_fields.size() == 1 && m_fields.front().empty())
                continue; // a blank line is not a record
            return true;
        case Parse::End:
            return false;
        case Parse::Error:
            return false;
        case Parse::NeedMore:
            if (!refill() && !m_eof)
                return false;
            break;
        }
    }
}

} // namespace sna
