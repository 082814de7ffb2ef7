#pragma once

#include "import/TextEncoding.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

namespace sna {

// Hands on a text file as UTF-8 whatever it was written in, so everything after it (the CSV
// reader, the guard, the importers) sees one encoding. UTF-8 passes through untouched.
// Windows-1252 is converted with QStringDecoder (Debian's Qt decodes it through ICU).
//
// In Auto mode the choice is made at the first byte that is not ASCII: a valid UTF-8 sequence
// means UTF-8, anything else Windows-1252. Everything before that byte is ASCII, which both
// encodings write alike, so the choice is exact without reading the file twice. A file that
// mixes the two is read as UTF-8 and its invalid rows are rejected with their line numbers.
class TextDecodingDevice : public QIODevice {
public:
    TextDecodingDevice(QIODevice* source, TextEncoding encoding);

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    // Auto until the first non-ASCII byte decides it.
    TextEncoding encoding() const { return m_encoding; }
    bool canDecode() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void decide(QByteArray& input, bool atEnd);
    qint64 serve(char* data, qint64 maxSize);

    QIODevice* m_source;
    TextEncoding m_encoding;
    QStringDecoder m_windows1252;
    QByteArray m_output; // converted bytes not yet handed on
    qsizetype m_outputPos = 0;
    QByteArray m_held; // the start of a multi-byte sequence split by a read
    bool m_sourceDone = false;
};

} // namespace sna
