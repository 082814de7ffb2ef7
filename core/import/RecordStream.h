#pragma once

#include "foundation/Result.h"
#include "import/TextEncoding.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace sna {

class CsvReader;
class HashingDevice;
class TextDecodingDevice;

// The records of a CSV file, read, hashed, decoded and parsed on a thread of its own while the
// caller validates and stores them: on a large import the two halves take about as long as each
// other, so the wall time is the longer of the two rather than their sum. Records travel in
// chunks through a short bounded queue, so memory stays flat whatever the file size.
//
// `inspect` (the personal-data guard) runs on the reader thread over every raw record before
// the caller sees it.
class RecordStream {
    Q_DECLARE_TR_FUNCTIONS(sna::RecordStream)
public:
    using Inspector = std::function<void(const std::vector<std::string_view>&, qint64 line)>;

    RecordStream(const QString& path, TextEncoding encoding);
    ~RecordStream();
    RecordStream(const RecordStream&) = delete;
    RecordStream& operator=(const RecordStream&) = delete;

    // Opens the file and reads the header row. Errors name the file.
    Status open();
    const QStringList& header() const { return m_header; }
    qint64 totalBytes() const { return m_totalBytes; }

    // Starts delivering data records; with `threaded` false they are read on the caller's
    // thread (previews, small files, tests).
    void start(Inspector inspect, bool threaded = true);
    bool next();
    const std::vector<std::string_view>& fields() const { return m_fields; }
    // The index of the first field of the current record that is not valid UTF-8, or -1.
    // (Checked a chunk at a time on the reader thread, so valid text costs next to nothing.)
    int firstInvalidField() const;
    qint64 lineNumber() const { return m_line; }
    // Bytes parsed so far (of the decoded text; a little more than the file's for Windows-1252).
    qint64 bytesRead() const { return std::min(m_bytesRead, m_totalBytes); }
    void stop();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Valid once next() has returned false without an error: the whole file was read.
    QByteArray sha256Hex() const { return m_sha256; }
    TextEncoding encoding() const; // as decided (Auto if every byte was ASCII)
    bool windows1252Available() const;

private:
    struct Chunk {
        std::string bytes;
        std::vector<std::pair<quint32, quint32>> fields; // offset, length in bytes
        struct Record {
            qint64 line;
            quint32 firstField;
            quint32 fieldCount;
        };
        std::vector<Record> records;
        qint64 bytesRead = 0;
        bool validUtf8 = true;
        bool last = false;
        QString error;
        QByteArray sha256;
    };
    void produce();
    void finishReading(Chunk& chunk);
    std::unique_ptr<Chunk> takeFreeChunk();

    QString m_path;
    TextEncoding m_requested;
    std::unique_ptr<HashingDevice> m_file;
    std::unique_ptr<TextDecodingDevice> m_decoder;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    qint64 m_totalBytes = 0;
    Inspector m_inspect;
    bool m_threaded = false;
    bool m_started = false;

    // Consumer side.
    std::unique_ptr<Chunk> m_current;
    size_t m_nextRecord = 0;
    std::vector<std::string_view> m_fields;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    QString m_error;
    QByteArray m_sha256;
    bool m_finished = false;

    // Shared between the threads.
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Chunk>> m_queue;
    std::vector<std::unique_ptr<Chunk>> m_free;
    std::atomic<bool> m_stop{false};
    static constexpr size_t kQueueChunks = 4;
    static constexpr size_t kChunkBytes = 1 << 20;
};

} // namespace sna
