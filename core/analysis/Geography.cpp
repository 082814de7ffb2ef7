#include "analysis/Geography.h"

#include "project/AreaCatalogue.h"

#include <QRegularExpression>

#include <algorithm>

namespace sna {

namespace {
const char* const kLevelCodes[Geography::kLevels] = {"lsoa", "ward", "lad", "csp", "pfa"};
} // namespace

QString Geography::levelCode(Level level)
{
    return QString::fromLatin1(kLevelCodes[level]);
}

std::optional<Geography::Level> Geography::levelFromCode(const QString& code)
{
    for (int i = 0; i < kLevels; ++i) {
        if (code == QLatin1String(kLevelCodes[i]))
            return Level(i);
    }
    return std::nullopt;
}

int Geography::add(Level level, const QString& code, const QString& name, const QString& welshName)
{
    if (code.isEmpty())
        return -1;
    auto it = m_index.constFind(code);
    if (it != m_index.constEnd()) {
        Area& existing = m_areas[*it];
        if (existing.name.en.isEmpty() && !name.isEmpty())
            existing.name = BilingualText{name, welshName.isEmpty() ? name : welshName};
        else if (!welshName.isEmpty() && existing.name.cy == existing.name.en)
            existing.name.cy = welshName;
        return *it;
    }
    Area area;
    area.level = level;
    area.code = code;
    area.name = BilingualText{name, welshName.isEmpty() ? name : welshName};
    area.ancestor[level] = int(m_areas.size());
    m_areas.append(area);
    m_index.insert(code, int(m_areas.size() - 1));
    return int(m_areas.size() - 1);
}

void Geography::link(int child, int parent)
{
    if (child < 0 || parent < 0)
        return;
    Area& c = m_areas[child];
    const Level level = m_areas[parent].level;
    if (level > c.level && c.ancestor[level] < 0)
        c.ancestor[level] = parent;
}

void Geography::finish(const QStringList& partnershipLads)
{
    const AreaCatalogue& catalogue = AreaCatalogue::instance();
    // Local authorities take their CSP and force from the bundled lookup where no imported
    // lookup gave them; their names, in both languages, too.
    const auto placeLad = [&](int lad) {
        const auto entry = catalogue.find(m_areas[lad].code);
        if (!entry)
            return;
        if (m_areas[lad].name.en.isEmpty() || m_areas[lad].name.en == m_areas[lad].code)
            m_areas[lad].name = BilingualText{entry->name, entry->welshName};
        else if (m_areas[lad].name.cy == m_areas[lad].name.en)
            m_areas[lad].name.cy = entry->welshName;
        if (!entry->cspCodes.isEmpty())
            link(lad, add(Csp, entry->cspCodes.first(), entry->cspNames.value(0)));
        if (!entry->forceCode.isEmpty())
            link(lad, add(Pfa, entry->forceCode, entry->forceName));
    };
    // LSOAs no lookup placed: the local authority their name starts with.
    static const QRegularExpression suffix(QStringLiteral("\\s+\\d{3}[A-Z]$"));
    const int count = int(m_areas.size());
    for (int i = 0; i < count; ++i) {
        const int ward = m_areas[i].ancestor[Ward];
        if (m_areas[i].level != Lsoa || m_areas[i].ancestor[Lad] >= 0 ||
            (ward >= 0 && m_areas[ward].ancestor[Lad] >= 0))
            continue;
        QString name = m_areas[i].name.en;
        const auto match = suffix.match(name);
        if (!match.hasMatch())
            continue;
        name.truncate(match.capturedStart());
        if (const auto entry = catalogue.findByName(name)) {
            link(i, add(Lad, entry->code, entry->name, entry->welshName));
            m_areas[i].placedByName = true;
            ++m_placedByName;
        }
    }
    for (int i = 0; i < int(m_areas.size()); ++i) {
        if (m_areas[i].level == Lad)
            placeLad(i);
    }
    // Ancestors through the chain, coarser levels first so each is complete when used.
    for (int level = Pfa; level >= Lsoa; --level) {
        for (Area& area : m_areas) {
            if (area.level != level)
                continue;
            for (int above = level + 1; above < kLevels; ++above) {
                for (int via = level + 1; via < above && area.ancestor[above] < 0; ++via) {
                    if (area.ancestor[via] >= 0)
                        area.ancestor[above] = m_areas[area.ancestor[via]].ancestor[above];
                }
            }
        }
    }
    // The partnership: its local authorities and everything within them. A CSP or force area
    // counts as within only when every local authority of it is (the partnership is that CSP).
    QSet<int> lads;
    for (const QString& code : partnershipLads) {
        const int lad = find(code);
        if (lad >= 0)
            lads.insert(lad);
    }
    m_partnershipDefined = !lads.isEmpty();
    QHash<int, QList<int>> ladsOf; // CSP or force → its local authorities in the catalogue
    if (m_partnershipDefined) {
        for (const AreaCatalogue::Entry& entry : catalogue.entries()) {
            for (const QString& code : {entry.cspCodes.value(0), entry.forceCode}) {
                const int above = find(code);
                if (above >= 0)
                    ladsOf[above].append(find(entry.code));
            }
        }
    }
    m_lookupLsoas.clear();
    for (int i = 0; i < int(m_areas.size()); ++i) {
        Area& area = m_areas[i];
        if (!m_partnershipDefined) {
            area.inPartnership = true;
        } else if (area.level <= Lad) {
            area.inPartnership = lads.contains(area.ancestor[Lad]);
        } else {
            const QList<int> members = ladsOf.value(i);
            area.inPartnership =
                !members.isEmpty() && std::all_of(members.begin(), members.end(),
                                                  [&](int lad) { return lads.contains(lad); });
        }
        if (area.level == Lsoa && area.inPartnership && area.fromLookup)
            m_lookupLsoas.append(i);
    }
}

QList<int> Geography::areasAt(Level level) const
{
    QList<int> found;
    for (int i = 0; i < int(m_areas.size()); ++i) {
        if (m_areas[i].level == level && m_areas[i].inPartnership)
            found.append(i);
    }
    return found;
}

QList<int> Geography::lsoasWithin(int area) const
{
    QList<int> found;
    if (area < 0)
        return found;
    const Level level = m_areas[area].level;
    for (int i = 0; i < int(m_areas.size()); ++i) {
        if (m_areas[i].level == Lsoa && m_areas[i].ancestor[level] == area)
            found.append(i);
    }
    return found;
}

} // namespace sna
