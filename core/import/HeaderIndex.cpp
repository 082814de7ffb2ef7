#include "import/HeaderIndex.h"

namespace sna {

HeaderIndex::HeaderIndex(const QStringList& header)
    : m_header(header)
{
    for (const QString& name : header)
        m_keys.push_back(key(name));
}

QString HeaderIndex::key(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

int HeaderIndex::find(std::initializer_list<const char*> names) const
{
    for (const char* name : names) {
        const QString wanted = key(QString::fromUtf8(name));
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == wanted)
                return int(i);
        }
    }
    return -1;
}

int HeaderIndex::find(const QString& name) const
{
    const QString wanted = key(name);
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == wanted)
            return int(i);
    }
    return -1;
}

int HeaderIndex::findPrefix(const char* fragment) const
{
    const QString wanted = key(QString::fromUtf8(fragment));
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].startsWith(wanted))
            return int(i);
    }
    return -1;
}

int HeaderIndex::findContaining(const char* fragment) const
{
    const QString wanted = key(QString::fromUtf8(fragment));
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].contains(wanted))
            return int(i);
    }
    return -1;
}

} // namespace sna
