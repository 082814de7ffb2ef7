#pragma once

#include "foundation/Language.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sna {

// Names of local government areas and the Community Safety Partnership and police force area
// each belongs to, from the ONS lookup bundled in resources/data (Open Government Licence).
class AreaCatalogue {
public:
    struct Entry {
        QString code;
        QString name;      // English name as published by ONS
        QString welshName; // for Welsh principal areas; equals `name` where the same
        // A local authority can belong to more than one CSP (East Suffolk, for instance).
        QStringList cspCodes;
        QStringList cspNames;
        QString forceCode;
        QString forceName;
        QString nameIn(Lang lang) const { return lang == Lang::Cy ? welshName : name; }
    };

    static const AreaCatalogue& instance();
    std::optional<Entry> find(const QString& code) const;
    // By English or Welsh name, ignoring case ("Carmarthenshire", "Sir Gaerfyrddin").
    std::optional<Entry> findByName(const QString& name) const;
    QList<Entry> entries() const { return m_entries.values(); }
    qsizetype size() const { return m_entries.size(); }

private:
    AreaCatalogue();
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_codesByName; // lower-case name → code
};

} // namespace sna
