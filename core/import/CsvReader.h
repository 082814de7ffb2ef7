#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <string_view>
#include <vector>

namespace sna {

// A streaming RFC 4180 reader over any QIODevice: quoted fields with embedded commas, quotes
// and line breaks; CRLF or LF; a UTF-8 byte-order mark is skipped. Memory is bounded by the
// buffer size (and grows only for a single record longer than that).
//
// Written by hand because no Debian-packaged C/C++ CSV library gives both streaming with
// physical line numbers for error messages and zero-copy fields at the speed the importer
// needs (several hundred MB/s); Qt itself has no CSV reader.
class CsvReader {
public:
    explicit CsvReader(QIODevice* device, qsizetype bufferSize = 1 << 20);

    // Advances to the next record. Returns false at the end of input or on a malformed record
    // (then hasError() is true). Field views stay valid until the next call.
    bool next();

    const std::vector<std::string_view>& fields() const { return m_fields; }
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QString field(qsizetype index) const; // UTF-8 decoded

    // The physical line (1-based) on which the current record starts.
    qint64 lineNumber() const { return m_recordLine; }
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }
    bool hadByteOrderMark() const { return m_hadBom; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

private:
    enum class Parse { Record, NeedMore, End, Error };
    Parse parseRecord();
    bool refill();

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_bufferSize;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_consumedBefore = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_hadBom = false;

    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    std::vector<std::string_view> m_fields;
    std::vector<std::pair<qsizetype, qsizetype>>
        m_spans; // offset, length; negative offset = scratch
    std::string m_scratch;

    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace sna
