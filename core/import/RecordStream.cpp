#include "import/RecordStream.h"

#include "import/CsvReader.h"
#include "import/HashingDevice.h"
#include "import/TextDecodingDevice.h"

#include <QByteArrayView>
#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace sna {

namespace {
bool allAscii(const char* data, size_t size)
{
    size_t i = 0;
    quint64 high = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        high |= word;
    }
    for (; i < size; ++i)
        high |= static_cast<unsigned char>(data[i]);
    return (high & 0x8080808080808080ULL) == 0 && (high & 0x80) == 0;
}

bool isValidUtf8(std::string_view text)
{
    return allAscii(text.data(), text.size()) ||
           QByteArrayView(text.data(), qsizetype(text.size())).isValidUtf8();
}
} // namespace

RecordStream::RecordStream(const QString& path, TextEncoding encoding)
    : m_path(path)
    , m_requested(encoding)
{
}

RecordStream::~RecordStream()
{
    stop();
}

Status RecordStream::open()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!info.exists())
        return makeError(tr("The file “%1” does not exist.").arg(shown));
    if (!info.isFile())
        return makeError(tr("“%1” is not a file.").arg(shown));
    m_file = std::make_unique<HashingDevice>(m_path);
    if (!m_file->open(QIODevice::ReadOnly))
        return makeError(tr("Could not read “%1”: %2").arg(shown, m_file->fileErrorString()));
    m_totalBytes = m_file->size();
    m_decoder = std::make_unique<TextDecodingDevice>(m_file.get(), m_requested);
    m_decoder->open(QIODevice::ReadOnly);
    if (m_requested == TextEncoding::Windows1252 && !m_decoder->canDecode())
        return makeError(tr("This build of SNA Studio cannot decode Windows-1252 text; save "
                            "“%1” as UTF-8 and import it again.")
                             .arg(info.fileName()));
    m_reader = std::make_unique<CsvReader>(m_decoder.get());
    const QString fileName = info.fileName();
    if (!m_reader->next()) {
        if (m_reader->hasError())
            return makeError(
                tr("“%1” could not be read as CSV: %2").arg(fileName, m_reader->errorString()));
        return makeError(tr("“%1” is empty.").arg(fileName));
    }
    for (qsizetype i = 0; i < m_reader->fieldCount(); ++i)
        m_header << m_reader->field(i).trimmed();
    m_line = m_reader->lineNumber();
    return {};
}

TextEncoding RecordStream::encoding() const
{
    return m_decoder ? m_decoder->encoding() : m_requested;
}

bool RecordStream::windows1252Available() const
{
    return m_decoder && m_decoder->canDecode();
}

void RecordStream::start(Inspector inspect, bool threaded)
{
    if (m_started || !m_reader)
        return;
    m_started = true;
    m_inspect = std::move(inspect);
    m_threaded = threaded;
    if (threaded)
        m_thread = std::thread([this] { produce(); });
}

std::unique_ptr<RecordStream::Chunk> RecordStream::takeFreeChunk()
{
    std::unique_ptr<Chunk> chunk;
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            chunk = std::move(m_free.back());
            m_free.pop_back();
        }
    }
    if (!chunk) {
        chunk = std::make_unique<Chunk>();
        chunk->bytes.reserve(kChunkBytes + (kChunkBytes >> 2));
    }
    chunk->bytes.clear();
    chunk->fields.clear();
    chunk->records.clear();
    chunk->last = false;
    chunk->validUtf8 = true;
    chunk->error.clear();
    chunk->sha256.clear();
    return chunk;
}

void RecordStream::finishReading(Chunk& chunk)
{
    chunk.last = true;
    if (m_reader->hasError())
        chunk.error = m_reader->errorString();
    else
        chunk.sha256 = m_file->hexDigest();
    chunk.bytesRead = m_reader->bytesConsumed();
}

void RecordStream::produce()
{
    std::unique_ptr<Chunk> chunk = takeFreeChunk();
    const auto push = [this](std::unique_ptr<Chunk> full) {
        // Fields split at ASCII delimiters, so the chunk is valid UTF-8 exactly when every
        // field in it is.
        full->validUtf8 = isValidUtf8(full->bytes);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kQueueChunks || m_stop; });
        if (m_stop)
            return false;
        m_queue.push_back(std::move(full));
        m_changed.notify_all();
        return true;
    };
    while (!m_stop) {
        if (!m_reader->next()) {
            finishReading(*chunk);
            push(std::move(chunk));
            return;
        }
        const auto& fields = m_reader->fields();
        if (m_inspect)
            m_inspect(fields, m_reader->lineNumber());
        const auto first = quint32(chunk->fields.size());
        for (std::string_view field : fields) {
            chunk->fields.emplace_back(quint32(chunk->bytes.size()), quint32(field.size()));
            chunk->bytes.append(field.data(), field.size());
        }
        chunk->records.push_back({m_reader->lineNumber(), first, quint32(fields.size())});
        if (chunk->bytes.size() >= kChunkBytes || chunk->records.size() >= 16384) {
            chunk->bytesRead = m_reader->bytesConsumed();
            if (!push(std::move(chunk)))
                return;
            chunk = takeFreeChunk();
        }
    }
}

bool RecordStream::next()
{
    if (!m_started || m_finished)
        return false;
    if (!m_threaded) {
        if (!m_reader->next()) {
            m_finished = true;
            if (m_reader->hasError())
                m_error = m_reader->errorString();
            else
                m_sha256 = m_file->hexDigest();
            m_bytesRead = m_reader->bytesConsumed();
            return false;
        }
        if (m_inspect)
            m_inspect(m_reader->fields(), m_reader->lineNumber());
        m_fields = m_reader->fields();
        m_line = m_reader->lineNumber();
        m_bytesRead = m_reader->bytesConsumed();
        return true;
    }

    while (!m_current || m_nextRecord >= m_current->records.size()) {
        if (m_current) {
            if (m_current->last) {
                m_finished = true;
                m_error = m_current->error;
                m_sha256 = m_current->sha256;
                return false;
            }
            std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(m_current));
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        m_nextRecord = 0;
        m_bytesRead = m_current->bytesRead;
    }
    const Chunk::Record& record = m_current->records[m_nextRecord++];
    m_fields.resize(record.fieldCount);
    const char* base = m_current->bytes.data();
    for (quint32 i = 0; i < record.fieldCount; ++i) {
        const auto& [offset, length] = m_current->fields[record.firstField + i];
        m_fields[i] = std::string_view(base + offset, length);
    }
    m_line = record.line;
    return true;
}

int RecordStream::firstInvalidField() const
{
    if (m_threaded && m_current && m_current->validUtf8)
        return -1;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (!isValidUtf8(m_fields[i]))
            return int(i);
    }
    return -1;
}

void RecordStream::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace sna
