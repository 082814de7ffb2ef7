#pragma once

#include "foundation/BilingualText.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sna {

// The areas the analysis can report on and how they nest: LSOA → ward → local authority →
// Community Safety Partnership → police force area. Built from the lookups the project
// imported (geo_link, geo_name), the bundled ONS local authority → CSP → force lookup, and —
// for LSOAs no imported lookup places — the local authority named in the LSOA's name
// ("Carmarthenshire 001A"), as data.police.uk and ONS name them.
class Geography {
public:
    enum Level { Lsoa, Ward, Lad, Csp, Pfa };
    static constexpr int kLevels = 5;
    static QString levelCode(Level level); // "lsoa", "ward", "lad", "csp", "pfa"
    static std::optional<Level> levelFromCode(const QString& code);
    static QList<Level> levels() { return {Lsoa, Ward, Lad, Csp, Pfa}; }

    struct Area {
        Level level = Lsoa;
        QString code;
        BilingualText name;
        std::array<int, kLevels> ancestor{-1, -1, -1, -1, -1}; // self at its own level
        bool inPartnership = false;
        bool placedByName = false; // an LSOA placed in its local authority by its name
        bool fromLookup = false;   // named by an imported lookup
    };

    int add(Level level, const QString& code, const QString& name = {},
            const QString& welshName = {});
    void link(int child, int parent);
    // Fills in ancestors through the chain, places unplaced LSOAs by name, and marks what lies
    // within the partnership's local authorities (everything, when none are given).
    void finish(const QStringList& partnershipLads);

    int find(const QString& code) const { return m_index.value(code, -1); }
    const Area& area(int index) const { return m_areas[index]; }
    int size() const { return int(m_areas.size()); }
    int ancestor(int area, Level level) const
    {
        return area < 0 ? -1 : m_areas[area].ancestor[level];
    }
    // Areas of a level within the partnership (or with records, for LSOAs not in a lookup).
    QList<int> areasAt(Level level) const;
    // The LSOAs of the partnership from the imported lookups; empty when no lookup gives them.
    const QList<int>& partnershipLsoasFromLookup() const { return m_lookupLsoas; }
    // LSOAs below an area (itself, for an LSOA), from every source.
    QList<int> lsoasWithin(int area) const;
    bool partnershipDefined() const { return m_partnershipDefined; }
    int lsoasPlacedByName() const { return m_placedByName; }
    void markFromLookup(int area)
    {
        if (area >= 0)
            m_areas[area].fromLookup = true;
    }

private:
    QList<Area> m_areas;
    QHash<QString, int> m_index;
    QList<int> m_lookupLsoas;
    bool m_partnershipDefined = false;
    int m_placedByName = 0;
};

} // namespace sna
