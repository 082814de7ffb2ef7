// libFuzzer target for the CSV reading path every import goes through: text decoding (UTF-8 /
// Windows-1252 detection), the streaming RFC 4180 reader with a read buffer of varying size,
// and the personal-data guard over every record. Checks the reader's invariants; the
// sanitizers (address, undefined) check the rest.
//   ./packaging/dev.sh fuzz [SECONDS]
#include "import/CsvReader.h"
#include "import/PersonalDataGuard.h"
#include "import/TextDecodingDevice.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace sna;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the read buffer size (so records straddle reads everywhere) and
    // the encoding; the rest is the file.
    const qsizetype bufferSize = 64 + (data[0] & 0x3F) * 7;
    const TextEncoding encoding = (data[0] & 0xC0) == 0x40   ? TextEncoding::Utf8
                                  : (data[0] & 0xC0) == 0x80 ? TextEncoding::Windows1252
                                                             : TextEncoding::Auto;
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextDecodingDevice decoded(&buffer, encoding);
    decoded.open(QIODevice::ReadOnly);
    CsvReader reader(&decoded, bufferSize);

    std::unique_ptr<PersonalDataGuard> guard;
    qint64 lastLine = 0;
    qint64 lastConsumed = 0;
    size_t checksum = 0;
    while (reader.next()) {
        const auto& fields = reader.fields();
        if (fields.empty() || reader.lineNumber() <= lastLine || reader.lineNumber() < 1)
            std::abort(); // records start on increasing lines
        if (reader.bytesConsumed() < lastConsumed)
            std::abort();
        lastLine = reader.lineNumber();
        lastConsumed = reader.bytesConsumed();
        for (std::string_view field : fields) {
            for (char c : field) // every byte of every view must be readable
                checksum += static_cast<unsigned char>(c);
        }
        if (!guard) {
            QStringList header;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                header << reader.field(i);
            guard = std::make_unique<PersonalDataGuard>(header);
        } else {
            guard->inspect(fields, reader.lineNumber());
        }
    }
    if (reader.hasError() && (reader.errorLine() < 1 || reader.errorString().isEmpty()))
        std::abort();
    if (guard)
        checksum += size_t(guard->report().findings.size());
    static volatile size_t sink;
    sink = checksum; // keeps the reads of every field
    return 0;
}
