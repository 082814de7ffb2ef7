#include "project/AreaCatalogue.h"

#include "import/CsvReader.h"

#include <QFile>

namespace sna {

namespace {
// Welsh names of the 22 principal areas (Welsh Language Commissioner's list of place names).
// ONS publishes them in other lookups; the bundled 2019 lookup carries English names only.
const std::pair<const char*, const char*> kWelshNames[] = {
    {"W06000001", "Ynys Môn"},
    {"W06000002", "Gwynedd"},
    {"W06000003", "Conwy"},
    {"W06000004", "Sir Ddinbych"},
    {"W06000005", "Sir y Fflint"},
    {"W06000006", "Wrecsam"},
    {"W06000008", "Ceredigion"},
    {"W06000009", "Sir Benfro"},
    {"W06000010", "Sir Gaerfyrddin"},
    {"W06000011", "Abertawe"},
    {"W06000012", "Castell-nedd Port Talbot"},
    {"W06000013", "Pen-y-bont ar Ogwr"},
    {"W06000014", "Bro Morgannwg"},
    {"W06000015", "Caerdydd"},
    {"W06000016", "Rhondda Cynon Taf"},
    {"W06000018", "Caerffili"},
    {"W06000019", "Blaenau Gwent"},
    {"W06000020", "Tor-faen"},
    {"W06000021", "Sir Fynwy"},
    {"W06000022", "Casnewydd"},
    {"W06000023", "Powys"},
    {"W06000024", "Merthyr Tudful"},
};
} // namespace

const AreaCatalogue& AreaCatalogue::instance()
{
    static const AreaCatalogue catalogue;
    return catalogue;
}

AreaCatalogue::AreaCatalogue()
{
    QFile file(QStringLiteral(":/sna/data/LAD19_CSP19_PFA19_EW_lookup_Dec2019.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    CsvReader reader(&file);
    if (!reader.next())
        return;
    // Columns by name prefix: the year suffix differs between releases (LAD19CD, LAD21CD …).
    int lad = -1, ladName = -1, csp = -1, cspName = -1, pfa = -1, pfaName = -1;
    for (int i = 0; i < reader.fieldCount(); ++i) {
        const QString column = reader.field(i).toUpper();
        auto is = [&](const char* prefix, const char* suffix) {
            return column.startsWith(QLatin1String(prefix)) &&
                   column.endsWith(QLatin1String(suffix));
        };
        if (is("LAD", "CD"))
            lad = i;
        else if (is("LAD", "NM"))
            ladName = i;
        else if (is("CSP", "CD"))
            csp = i;
        else if (is("CSP", "NM"))
            cspName = i;
        else if (is("PFA", "CD"))
            pfa = i;
        else if (is("PFA", "NM"))
            pfaName = i;
    }
    if (lad < 0 || ladName < 0)
        return;
    while (reader.next()) {
        Entry& entry = m_entries[reader.field(lad)];
        entry.code = reader.field(lad);
        entry.name = reader.field(ladName);
        entry.welshName = entry.name;
        if (csp >= 0 && !entry.cspCodes.contains(reader.field(csp))) {
            entry.cspCodes << reader.field(csp);
            entry.cspNames << reader.field(cspName);
        }
        entry.forceCode = reader.field(pfa);
        entry.forceName = reader.field(pfaName);
    }
    for (const auto& [code, welsh] : kWelshNames) {
        auto it = m_entries.find(QString::fromLatin1(code));
        if (it != m_entries.end())
            it->welshName = QString::fromUtf8(welsh);
    }
    for (const Entry& entry : std::as_const(m_entries)) {
        m_codesByName.insert(entry.name.toLower(), entry.code);
        m_codesByName.insert(entry.welshName.toLower(), entry.code);
    }
}

std::optional<AreaCatalogue::Entry> AreaCatalogue::findByName(const QString& name) const
{
    const auto it = m_codesByName.constFind(name.trimmed().toLower());
    if (it == m_codesByName.constEnd())
        return std::nullopt;
    return find(*it);
}

std::optional<AreaCatalogue::Entry> AreaCatalogue::find(const QString& code) const
{
    auto it = m_entries.constFind(code.trimmed().toUpper());
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace sna
