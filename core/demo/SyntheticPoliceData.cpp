#include "demo/SyntheticPoliceData.h"

#include "project/AreaCatalogue.h"

#include <QByteArray>

#include <cmath>
#include <cstring>
#include <numbers>

namespace sna {

namespace {

// SplitMix64: tiny, fast and identical everywhere.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

struct Category {
    const char* name;
    double share;
    bool antiSocial;
};

const Category kCategories[] = {
    {"Anti-social behaviour", 0.22, true},
    {"Violence and sexual offences", 0.33, false},
    {"Criminal damage and arson", 0.08, false},
    {"Public order", 0.08, false},
    {"Shoplifting", 0.06, false},
    {"Other theft", 0.05, false},
    {"Burglary", 0.04, false},
    {"Vehicle crime", 0.03, false},
    {"Drugs", 0.03, false},
    {"Other crime", 0.025, false},
    {"Possession of weapons", 0.012, false},
    {"Robbery", 0.008, false},
    {"Theft from the person", 0.007, false},
    {"Bicycle theft", 0.006, false},
};

const char* const kOutcomes[] = {
    "Investigation complete; no suspect identified",
    "Unable to prosecute suspect",
    "Under investigation",
    "Awaiting court outcome",
    "Offender given a caution",
    "Local resolution",
    "Action to be taken by another organisation",
    "Further investigation is not in the public interest",
};

// Street names with Welsh letters, so the demo and the benchmark carry real UTF-8.
const char* const kStreets[] = {
    "On or near High Street",
    "On or near Heol y Bont",
    "On or near Ffordd Pen-y-bryn",
    "On or near Stryd y Gŵyr",
    "On or near Parking Area",
    "On or near Lôn Glan-y-môr",
    "On or near Sports/Recreation Area",
    "On or near Supermarket",
    "On or near Ffordd yr Orsaf",
    "On or near Maes yr Ysgol",
    "On or near Church Street",
    "On or near Nightclub",
    "On or near Heol Dŵr",
    "On or near Petrol Station",
    "On or near Rhodfa'r Môr",
    "On or near Stryd Fawr, Llanbed",
};

struct AreaInfo {
    QByteArray name;
    QByteArray lsoaPrefix;
    double longitude;
    double latitude;
};

AreaInfo areaInfo(const QString& code, int index)
{
    const auto entry = AreaCatalogue::instance().find(code);
    AreaInfo info;
    info.name = (entry ? entry->name : code).toUtf8();
    // Synthetic LSOA codes: the area's country letter, 01, then a block of numbers per area.
    info.lsoaPrefix = QByteArray(1, code.isEmpty() ? 'E' : code.at(0).toLatin1()) + "019" +
                      QByteArray::number(100 + index % 900);
    info.longitude = -4.2 + 0.35 * (index % 5);
    info.latitude = 51.8 + 0.3 * (index % 4);
    return info;
}

double seasonal(int monthOfYear)
{
    // Summer peak, as in most police series.
    return 1.0 + 0.12 * std::sin(2 * std::numbers::pi * (monthOfYear - 4) / 12.0);
}

void appendHex(QByteArray& out, Random& random)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 4; ++i) {
        quint64 value = random.next();
        for (int j = 0; j < 16; ++j) {
            out.append(digits[value & 0xF]);
            value >>= 4;
        }
    }
}

class Writer {
public:
    Writer(QIODevice& device, const SyntheticPoliceSpec& spec)
        : m_device(device)
        , m_spec(spec)
        , m_random(spec.seed)
    {
        for (int i = 0; i < spec.areaCodes.size(); ++i)
            m_areas.append(areaInfo(spec.areaCodes[i], i));
        if (m_areas.isEmpty())
            m_areas.append(areaInfo(QStringLiteral("W06000008"), 0));
        m_buffer.reserve(1 << 20);
        m_buffer.append(SyntheticPoliceData::kHeader);
        m_buffer.append('\n');
    }

    bool record(int yyyymm)
    {
        double pick = m_random.uniform() * m_totalShare;
        const Category* category = &kCategories[0];
        for (const Category& c : kCategories) {
            if (pick < c.share) {
                category = &c;
                break;
            }
            pick -= c.share;
        }
        const AreaInfo& area = m_areas[m_random.below(int(m_areas.size()))];
        if (!category->antiSocial)
            appendHex(m_buffer, m_random);
        m_buffer.append(',');
        m_buffer.append(QByteArray::number(yyyymm / 100));
        m_buffer.append('-');
        if (yyyymm % 100 < 10)
            m_buffer.append('0');
        m_buffer.append(QByteArray::number(yyyymm % 100));
        m_buffer.append(",Demo Constabulary (synthetic),Demo Constabulary (synthetic),");
        const bool noLocation = m_random.below(100) < 2;
        if (noLocation) {
            m_buffer.append(",,No Location,,,");
        } else {
            m_buffer.append(
                QByteArray::number(area.longitude + (m_random.uniform() - 0.5) * 0.3, 'f', 6));
            m_buffer.append(',');
            m_buffer.append(
                QByteArray::number(area.latitude + (m_random.uniform() - 0.5) * 0.2, 'f', 6));
            m_buffer.append(',');
            const char* street = kStreets[m_random.below(int(std::size(kStreets)))];
            // Quote locations as data.police.uk does when they contain a comma or quote.
            if (std::strchr(street, ',')) {
                m_buffer.append('"');
                m_buffer.append(street);
                m_buffer.append('"');
            } else {
                m_buffer.append(street);
            }
            m_buffer.append(',');
            // A skewed choice of neighbourhood: a few LSOAs see much of the violence.
            const double u = m_random.uniform();
            const int lsoa = int(std::floor(u * u * m_spec.lsoasPerArea));
            QByteArray number = QByteArray::number(lsoa + 1).rightJustified(3, '0');
            m_buffer.append(area.lsoaPrefix);
            m_buffer.append(QByteArray::number(lsoa).rightJustified(2, '0'));
            m_buffer.append(',');
            m_buffer.append(area.name);
            m_buffer.append(' ');
            m_buffer.append(number);
            m_buffer.append(char('A' + lsoa % 5));
            m_buffer.append(',');
        }
        m_buffer.append(category->name);
        m_buffer.append(',');
        if (!category->antiSocial)
            m_buffer.append(kOutcomes[m_random.below(int(std::size(kOutcomes)))]);
        m_buffer.append(",\n");
        ++m_written;
        if (m_buffer.size() > (1 << 20) - 512)
            return flush();
        return true;
    }

    bool flush()
    {
        if (m_buffer.isEmpty())
            return true;
        const bool ok = m_device.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }
    qint64 written() const { return m_written; }

private:
    QIODevice& m_device;
    const SyntheticPoliceSpec& m_spec;
    Random m_random;
    QList<AreaInfo> m_areas;
    QByteArray m_buffer;
    qint64 m_written = 0;
    double m_totalShare = [] {
        double total = 0;
        for (const Category& c : kCategories)
            total += c.share;
        return total;
    }();
};

int addMonths(int yyyymm, int months)
{
    const int index = (yyyymm / 100) * 12 + (yyyymm % 100 - 1) + months;
    return (index / 12) * 100 + index % 12 + 1;
}

} // namespace

qint64 SyntheticPoliceData::write(QIODevice& device, const SyntheticPoliceSpec& spec)
{
    Writer writer(device, spec);
    for (int m = 0; m < spec.months; ++m) {
        const int month = addMonths(spec.firstMonth, m);
        const double trend = 1.0 - 0.1 * m / std::max(1, spec.months); // a slow decline
        const qint64 count =
            qint64(std::llround(spec.recordsPerMonth * seasonal(month % 100) * trend));
        for (qint64 i = 0; i < count; ++i) {
            if (!writer.record(month))
                return -1;
        }
    }
    return writer.flush() ? writer.written() : -1;
}

qint64 SyntheticPoliceData::writeRows(QIODevice& device, const SyntheticPoliceSpec& spec,
                                      qint64 rows)
{
    Writer writer(device, spec);
    const int months = std::max(1, spec.months);
    for (qint64 i = 0; i < rows; ++i) {
        if (!writer.record(addMonths(spec.firstMonth, int(i * months / rows))))
            return -1;
    }
    return writer.flush() ? writer.written() : -1;
}

} // namespace sna
