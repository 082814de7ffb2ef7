#pragma once

#include <QByteArray>

#include <memory>

namespace sna {

// Incremental SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA extensions:
// about 1 GB/s here against 150 MB/s for QCryptographicHash (measured on a 472 MB file:
// 0.49 s against 3.3 s), which would otherwise be a third of a large import.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qint64 size);
    QByteArray hexDigest(); // finishes the hash; later calls return the same digest
    static QByteArray hexOf(const QByteArray& data);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace sna
