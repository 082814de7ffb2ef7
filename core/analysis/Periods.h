#pragma once

#include "foundation/Language.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sna {

// Months are yyyymm integers (202403 = March 2024) throughout the analysis.
enum class PeriodKind { Month, Quarter, FinancialYear, CalendarYear, Rolling12 };

struct Period {
    PeriodKind kind = PeriodKind::Month;
    int first = 0; // yyyymm, inclusive
    int last = 0;  // yyyymm, inclusive

    int months() const;
    bool contains(int yyyymm) const { return yyyymm >= first && yyyymm <= last; }
    // Stable keys for JSON and storage: "2024-03", "2024-Q1", "2023/24", "2024", "12m-2024-03".
    QString key() const;
    // "Mawrth 2024", "Ion–Maw 2024", "Blwyddyn ariannol 2023/24", "12 mis hyd at Fawrth 2024"…
    QString label(Lang lang) const;
    friend bool operator==(const Period&, const Period&) = default;
};

// A count for a period, and whether every month of it has data: a period with a missing
// month is reported as incomplete, never summed as if whole.
struct PeriodCount {
    Period period;
    qint64 count = 0;
    int monthsWithData = 0;
    bool complete() const { return monthsWithData == period.months(); }
};

class Periods {
public:
    static int index(int yyyymm) { return (yyyymm / 100) * 12 + yyyymm % 100 - 1; }
    static int fromIndex(int index) { return (index / 12) * 100 + index % 12 + 1; }
    static int addMonths(int yyyymm, int months) { return fromIndex(index(yyyymm) + months); }
    static bool isValidMonth(int yyyymm);

    static Period month(int yyyymm);
    static Period quarter(int yyyymm);       // calendar quarter holding the month
    static Period financialYear(int yyyymm); // April to March
    static Period calendarYear(int yyyymm);
    static Period rolling12(int lastMonth); // the twelve months ending with lastMonth

    // Every period of a kind that overlaps first..last, in order.
    static QList<Period> cover(PeriodKind kind, int first, int last);
    // Sums monthly counts into periods; months absent from `monthly` count as missing data.
    static QList<PeriodCount> aggregate(PeriodKind kind, const QMap<int, qint64>& monthly);
    // Months between the first and the last that have no data.
    static QList<int> missingMonths(const QMap<int, qint64>& monthly);
};

} // namespace sna
