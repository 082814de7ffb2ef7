#pragma once

#include <QIODevice>
#include <QStringList>

namespace sna {

// Writes made-up records in the data.police.uk street-level crime format: the demo project's
// data and the benchmark's input. Deterministic for a given seed (its own generator, not the
// standard library's distributions, whose output differs between implementations).
struct SyntheticPoliceSpec {
    int firstMonth = 202104; // yyyymm
    int months = 36;
    qint64 recordsPerMonth = 2400; // on average; seasonality and a slow trend vary it
    QStringList areaCodes{QStringLiteral("W06000008")};
    quint64 seed = 20240131;
    int lsoasPerArea = 40; // at most 100
};

class SyntheticPoliceData {
public:
    static constexpr const char* kHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
        "Crime type,Last outcome category,Context";
    // Returns the number of records written, or -1 when the device refused a write.
    static qint64 write(QIODevice& device, const SyntheticPoliceSpec& spec);
    // Exactly `rows` records spread over the spec's months (for benchmarks).
    static qint64 writeRows(QIODevice& device, const SyntheticPoliceSpec& spec, qint64 rows);
};

} // namespace sna
