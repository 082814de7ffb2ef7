#pragma once

#include "analysis/AnalysisData.h"
#include "analysis/DataGaps.h"
#include "analysis/Summary.h"

#include <QJsonObject>

namespace sna {

// `sna summary --json`: the foundation figures (total_records, by_month, by_category — every
// imported record, unchanged), the figures under the local definition (serious_violence) and
// every measure of the analysis under "analysis", for every source over the latest twelve
// months. Published, every count of the whole document goes through one SuppressionNetwork
// with the sums that hold between the figures, so that nothing hidden can be recovered from
// what is shown; a hidden count is the string "*", a rounded one stays a number, and rates,
// shares and changes are worked out from the published counts (or hidden with them).
class AnalysisJson {
public:
    static QJsonObject build(const Summary& summary, const AnalysisData& data,
                             const QList<DataGapNote>& notes, bool published);
};

} // namespace sna
