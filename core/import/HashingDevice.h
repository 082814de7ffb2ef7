#pragma once

#include "import/Sha256.h"

#include <QFile>
#include <QIODevice>

namespace sna {

// Reads a file and hashes every byte on the way through, so the content hash that identifies
// an import costs no second pass over the file.
class HashingDevice : public QIODevice {
public:
    explicit HashingDevice(const QString& path)
        : m_file(path)
    {
    }

    bool open(OpenMode mode) override
    {
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return false;
        return QIODevice::open(mode | QIODevice::Unbuffered);
    }
    void close() override
    {
        m_file.close();
        QIODevice::close();
    }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_file.size(); }
    QString fileErrorString() const { return m_file.errorString(); }
    QByteArray hexDigest() { return m_hash.hexDigest(); }
    qint64 bytesRead() const { return m_bytesRead; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 got = m_file.read(data, maxSize);
        if (got > 0) {
            m_hash.add(data, got);
            m_bytesRead += got;
        }
        return got;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    Sha256 m_hash;
    qint64 m_bytesRead = 0;
};

} // namespace sna
