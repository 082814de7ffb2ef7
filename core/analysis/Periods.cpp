#include "analysis/Periods.h"

#include "document/FixedText.h"

#include <QDate>

namespace sna {

int Period::months() const
{
    return Periods::index(last) - Periods::index(first) + 1;
}

QString Period::key() const
{
    const int year = first / 100;
    switch (kind) {
    case PeriodKind::Month:
        return QStringLiteral("%1-%2").arg(year).arg(first % 100, 2, 10, QLatin1Char('0'));
    case PeriodKind::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg((first % 100 - 1) / 3 + 1);
    case PeriodKind::FinancialYear:
        return QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
    case PeriodKind::CalendarYear:
        return QString::number(year);
    case PeriodKind::Rolling12:
        return QStringLiteral("12m-%1-%2").arg(last / 100).arg(last % 100, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString Period::label(Lang lang) const
{
    switch (kind) {
    case PeriodKind::Month:
        return FixedText::monthYear(first / 100, first % 100, lang);
    case PeriodKind::Quarter: {
        const QLocale locale = localeFor(lang);
        return QStringLiteral("%1–%2 %3")
            .arg(locale.monthName(first % 100, QLocale::ShortFormat),
                 locale.monthName(last % 100, QLocale::ShortFormat))
            .arg(first / 100);
    }
    case PeriodKind::FinancialYear:
        return FixedText::text(FixedText::FinancialYear, lang).arg(key());
    case PeriodKind::CalendarYear:
        return key();
    case PeriodKind::Rolling12:
        return FixedText::text(FixedText::TwelveMonthsTo, lang)
            .arg(FixedText::date(QDate(last / 100, last % 100, 1).addMonths(1).addDays(-1), lang));
    }
    return {};
}

bool Periods::isValidMonth(int yyyymm)
{
    const int month = yyyymm % 100;
    return yyyymm >= 190001 && yyyymm <= 220012 && month >= 1 && month <= 12;
}

Period Periods::month(int yyyymm)
{
    return Period{PeriodKind::Month, yyyymm, yyyymm};
}

Period Periods::quarter(int yyyymm)
{
    const int year = yyyymm / 100;
    const int firstMonth = ((yyyymm % 100 - 1) / 3) * 3 + 1;
    return Period{PeriodKind::Quarter, year * 100 + firstMonth, year * 100 + firstMonth + 2};
}

Period Periods::financialYear(int yyyymm)
{
    const int startYear = yyyymm % 100 >= 4 ? yyyymm / 100 : yyyymm / 100 - 1;
    return Period{PeriodKind::FinancialYear, startYear * 100 + 4, (startYear + 1) * 100 + 3};
}

Period Periods::calendarYear(int yyyymm)
{
    const int year = yyyymm / 100;
    return Period{PeriodKind::CalendarYear, year * 100 + 1, year * 100 + 12};
}

Period Periods::rolling12(int lastMonth)
{
    return Period{PeriodKind::Rolling12, addMonths(lastMonth, -11), lastMonth};
}

QList<Period> Periods::cover(PeriodKind kind, int first, int last)
{
    QList<Period> periods;
    if (!isValidMonth(first) || !isValidMonth(last) || last < first)
        return periods;
    if (kind == PeriodKind::Rolling12) {
        // Only whole windows: the first ends twelve months after the data starts.
        for (int end = addMonths(first, 11); end <= last; end = addMonths(end, 1))
            periods.append(rolling12(end));
        return periods;
    }
    int month = first;
    while (month <= last) {
        Period period;
        switch (kind) {
        case PeriodKind::Month:
            period = Periods::month(month);
            break;
        case PeriodKind::Quarter:
            period = quarter(month);
            break;
        case PeriodKind::FinancialYear:
            period = financialYear(month);
            break;
        case PeriodKind::CalendarYear:
        case PeriodKind::Rolling12:
            period = calendarYear(month);
            break;
        }
        periods.append(period);
        month = addMonths(period.last, 1);
    }
    return periods;
}

QList<PeriodCount> Periods::aggregate(PeriodKind kind, const QMap<int, qint64>& monthly)
{
    QList<PeriodCount> result;
    if (monthly.isEmpty())
        return result;
    for (const Period& period : cover(kind, monthly.firstKey(), monthly.lastKey())) {
        PeriodCount count{period, 0, 0};
        for (auto it = monthly.lowerBound(period.first);
             it != monthly.end() && it.key() <= period.last; ++it) {
            count.count += it.value();
            ++count.monthsWithData;
        }
        result.append(count);
    }
    return result;
}

QList<int> Periods::missingMonths(const QMap<int, qint64>& monthly)
{
    QList<int> missing;
    if (monthly.isEmpty())
        return missing;
    for (int m = monthly.firstKey(); m <= monthly.lastKey(); m = addMonths(m, 1)) {
        if (!monthly.contains(m))
            missing.append(m);
    }
    return missing;
}

} // namespace sna
