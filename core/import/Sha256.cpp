#include "import/Sha256.h"

#include <openssl/evp.h>

namespace sna {

struct Sha256::State {
    EVP_MD_CTX* context = nullptr;
    QByteArray digest;
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    m_state->context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_state->context);
}

void Sha256::add(const char* data, qint64 size)
{
    if (size > 0 && m_state->digest.isEmpty())
        EVP_DigestUpdate(m_state->context, data, size_t(size));
}

QByteArray Sha256::hexDigest()
{
    if (m_state->digest.isEmpty()) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_state->context, digest, &length);
        m_state->digest =
            QByteArray(reinterpret_cast<const char*>(digest), qsizetype(length)).toHex();
    }
    return m_state->digest;
}

QByteArray Sha256::hexOf(const QByteArray& data)
{
    Sha256 hash;
    hash.add(data.constData(), data.size());
    return hash.hexDigest();
}

} // namespace sna
