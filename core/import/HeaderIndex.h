#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <string_view>
#include <vector>

namespace sna {

// Finds columns by name, never by position. Names are compared by their letters and digits
// only, in lower case, so "Officer-defined ethnicity", "Officer defined ethnicity" and
// "officer_defined_ethnicity" are the same column, and a byte-order mark or stray spaces in
// a header do not matter.
class HeaderIndex {
public:
    explicit HeaderIndex(const QStringList& header = {});

    static QString key(const QString& name);
    const QStringList& header() const { return m_header; }
    qsizetype size() const { return m_header.size(); }

    // The first of `names` the header has; -1 when none.
    int find(std::initializer_list<const char*> names) const;
    int find(const QString& name) const;
    // The first column whose key starts with (or contains) `fragment`'s key.
    int findPrefix(const char* fragment) const;
    int findContaining(const char* fragment) const;
    bool has(std::initializer_list<const char*> names) const { return find(names) >= 0; }
    QString name(int index) const { return index >= 0 ? m_header.value(index) : QString(); }
    const QString& keyAt(int index) const { return m_keys[size_t(index)]; }

    // The field at `index`, or an empty view when the row is short or the column is missing.
    static std::string_view field(const std::vector<std::string_view>& fields, int index)
    {
        return index >= 0 && size_t(index) < fields.size() ? fields[size_t(index)]
                                                           : std::string_view();
    }

private:
    QStringList m_header;
    std::vector<QString> m_keys;
};

} // namespace sna
