#include "analysis/Disclosure.h"

namespace sna {

QList<std::optional<qint64>> Disclosure::control(const QList<qint64>& counts, int threshold,
                                                 bool withTotal)
{
    QList<std::optional<qint64>> shown;
    int withheld = 0;
    for (qint64 count : counts) {
        if (isSmall(count, threshold)) {
            shown.append(std::nullopt);
            ++withheld;
        } else {
            shown.append(count);
        }
    }
    // With the total printed, a single withheld cell is the total minus the others: withhold
    // the smallest remaining non-zero cell as well (secondary suppression).
    if (withTotal && withheld == 1) {
        qsizetype smallest = -1;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown[i] && *shown[i] > 0 && (smallest < 0 || *shown[i] < *shown[smallest]))
                smallest = i;
        }
        if (smallest >= 0)
            shown[smallest] = std::nullopt;
    }
    return shown;
}

std::optional<qint64> Disclosure::controlTotal(qint64 total, int threshold)
{
    if (isSmall(total, threshold))
        return std::nullopt;
    return total;
}

} // namespace sna
