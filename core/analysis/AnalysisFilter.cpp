#include "analysis/AnalysisFilter.h"

#include "analysis/Periods.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace sna {

namespace {
struct CohortInfo {
    Cohort cohort;
    const char* code;
    const char* label;
    const char* en;
    const char* cy;
};
const CohortInfo kCohorts[] = {
    {Cohort::All, "all", QT_TRANSLATE_NOOP("sna::Cohorts", "Everyone"), "everyone", "pawb"},
    {Cohort::Under25, "under-25", QT_TRANSLATE_NOOP("sna::Cohorts", "Under 25"), "under 25",
     "dan 25 oed"},
    {Cohort::Under18, "under-18", QT_TRANSLATE_NOOP("sna::Cohorts", "Under 18"), "under 18",
     "dan 18 oed"},
    {Cohort::Age18To24, "18-24", QT_TRANSLATE_NOOP("sna::Cohorts", "Aged 18 to 24"),
     "aged 18 to 24", "rhwng 18 a 24 oed"},
    {Cohort::Female, "female", QT_TRANSLATE_NOOP("sna::Cohorts", "Women and girls"),
     "women and girls", "menywod a merched"},
    {Cohort::Male, "male", QT_TRANSLATE_NOOP("sna::Cohorts", "Men and boys"), "men and boys",
     "dynion a bechgyn"},
};

const CohortInfo& infoOf(Cohort cohort)
{
    for (const CohortInfo& info : kCohorts) {
        if (info.cohort == cohort)
            return info;
    }
    return kCohorts[0];
}
} // namespace

QList<Cohort> Cohorts::all()
{
    QList<Cohort> list;
    for (const CohortInfo& info : kCohorts)
        list << info.cohort;
    return list;
}

QString Cohorts::code(Cohort cohort)
{
    return QString::fromLatin1(infoOf(cohort).code);
}

std::optional<Cohort> Cohorts::fromCode(const QString& code)
{
    for (const CohortInfo& info : kCohorts) {
        if (code == QLatin1String(info.code))
            return info.cohort;
    }
    return std::nullopt;
}

QString Cohorts::label(Cohort cohort)
{
    return tr(infoOf(cohort).label);
}

QString Cohorts::documentLabel(Cohort cohort, Lang lang)
{
    return QString::fromUtf8(lang == Lang::Cy ? infoOf(cohort).cy : infoOf(cohort).en);
}

bool Cohorts::needsAge(Cohort cohort)
{
    return cohort == Cohort::Under25 || cohort == Cohort::Under18 || cohort == Cohort::Age18To24;
}

bool Cohorts::needsSex(Cohort cohort)
{
    return cohort == Cohort::Female || cohort == Cohort::Male;
}

std::pair<int, int> Cohorts::ages(Cohort cohort)
{
    switch (cohort) {
    case Cohort::Under25:
        return {0, 24};
    case Cohort::Under18:
        return {0, 17};
    case Cohort::Age18To24:
        return {18, 24};
    default:
        return {0, -1};
    }
}

char Cohorts::sex(Cohort cohort)
{
    return cohort == Cohort::Female ? 'F' : cohort == Cohort::Male ? 'M' : 'P';
}

QString AnalysisFilter::toQuery() const
{
    QUrlQuery query;
    const AnalysisFilter defaults;
    if (source != defaults.source)
        query.addQueryItem(QStringLiteral("source"), source);
    if (period != defaults.period)
        query.addQueryItem(QStringLiteral("period"), period);
    if (!areaCode.isEmpty())
        query.addQueryItem(QStringLiteral("area"), areaLevel + QLatin1Char(':') + areaCode);
    if (!category.isEmpty())
        query.addQueryItem(QStringLiteral("category"), category);
    if (cohort != Cohort::All)
        query.addQueryItem(QStringLiteral("cohort"), Cohorts::code(cohort));
    return query.toString(QUrl::FullyEncoded);
}

AnalysisFilter AnalysisFilter::fromQuery(const QString& text)
{
    AnalysisFilter filter;
    const QUrlQuery query(text);
    if (query.hasQueryItem(QStringLiteral("source")))
        filter.source = query.queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("period")))
        filter.period = query.queryItemValue(QStringLiteral("period"), QUrl::FullyDecoded);
    const QString area = query.queryItemValue(QStringLiteral("area"), QUrl::FullyDecoded);
    if (const qsizetype colon = area.indexOf(QLatin1Char(':')); colon > 0) {
        filter.areaLevel = area.left(colon);
        filter.areaCode = area.mid(colon + 1);
    }
    filter.category = query.queryItemValue(QStringLiteral("category"), QUrl::FullyDecoded);
    filter.cohort =
        Cohorts::fromCode(query.queryItemValue(QStringLiteral("cohort"))).value_or(Cohort::All);
    return filter;
}

std::optional<std::pair<int, int>> AnalysisFilter::resolvePeriod(int firstMonth,
                                                                 int lastMonth) const
{
    if (firstMonth == 0 || lastMonth == 0)
        return std::nullopt;
    if (period == QLatin1String("latest-12") || period.isEmpty())
        return std::pair{std::max(firstMonth, Periods::addMonths(lastMonth, -11)), lastMonth};
    if (period == QLatin1String("all"))
        return std::pair{firstMonth, lastMonth};
    static const QRegularExpression fy(QStringLiteral("^fy-(\\d{4})$"));
    static const QRegularExpression cy(QStringLiteral("^cy-(\\d{4})$"));
    static const QRegularExpression quarter(QStringLiteral("^q-(\\d{4})-([1-4])$"));
    static const QRegularExpression span(QStringLiteral("^(\\d{6})-(\\d{6})$"));
    QRegularExpressionMatch m;
    if ((m = fy.match(period)).hasMatch()) {
        const Period p = Periods::financialYear(m.captured(1).toInt() * 100 + 4);
        return std::pair{p.first, p.last};
    }
    if ((m = cy.match(period)).hasMatch())
        return std::pair{m.captured(1).toInt() * 100 + 1, m.captured(1).toInt() * 100 + 12};
    if ((m = quarter.match(period)).hasMatch()) {
        const Period p =
            Periods::quarter(m.captured(1).toInt() * 100 + (m.captured(2).toInt() - 1) * 3 + 1);
        return std::pair{p.first, p.last};
    }
    if ((m = span.match(period)).hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        if (Periods::isValidMonth(a) && Periods::isValidMonth(b) && a <= b)
            return std::pair{a, b};
    }
    return std::nullopt;
}

} // namespace sna
