#include "import/ValueParsers.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <charconv>
#include <cstring>

namespace sna {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int digitsValue(std::string_view text)
{
    int value = 0;
    for (char c : text)
        value = value * 10 + (c - '0');
    return value;
}

// Month names and abbreviations in English and Welsh → 1–12.
int monthNumber(const QString& name)
{
    static const char* const kNames[12][6] = {
        {"jan", "january", "ion", "ionawr", "", ""},
        {"feb", "february", "chwe", "chwef", "chwefror", ""},
        {"mar", "march", "maw", "mawrth", "", ""},
        {"apr", "april", "ebr", "ebrill", "", ""},
        {"may", "mai", "", "", "", ""},
        {"jun", "june", "meh", "mehefin", "", ""},
        {"jul", "july", "gor", "gorff", "gorffennaf", ""},
        {"aug", "august", "aws", "awst", "", ""},
        {"sep", "sept", "september", "medi", "", ""},
        {"oct", "october", "hyd", "hydref", "", ""},
        {"nov", "november", "tach", "tachwedd", "", ""},
        {"dec", "december", "rhag", "rhagfyr", "", ""},
    };
    const QString lowered = name.toLower();
    for (int m = 0; m < 12; ++m) {
        for (const char* candidate : kNames[m]) {
            if (*candidate && lowered == QLatin1String(candidate))
                return m + 1;
        }
    }
    return 0;
}

int twoDigitYear(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

bool plausibleYear(int year)
{
    return year >= 1900 && year <= 2200;
}

MonthSpan yearSpan(int firstYear, YearSpanStyle style)
{
    if (style == YearSpanStyle::Academic)
        return {firstYear * 100 + 9, (firstYear + 1) * 100 + 8};
    return {firstYear * 100 + 4, (firstYear + 1) * 100 + 3};
}

// The second year of "2019/20" must follow the first.
bool followingYear(int firstYear, int secondDigits, int secondLength)
{
    if (secondLength == 2)
        return (firstYear + 1) % 100 == secondDigits;
    return firstYear + 1 == secondDigits;
}

} // namespace

std::string_view ValueParsers::trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                             text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

QString ValueParsers::text(std::string_view utf8)
{
    const std::string_view t = trimmed(utf8);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

bool ValueParsers::isDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

int ValueParsers::month(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-' || !isDigits(text.substr(0, 4)) ||
        !isDigits(text.substr(5, 2)))
        return 0;
    const int year = digitsValue(text.substr(0, 4));
    const int month = digitsValue(text.substr(5, 2));
    if (month < 1 || month > 12 || !plausibleYear(year))
        return 0;
    return year * 100 + month;
}

int ValueParsers::addMonths(int yyyymm, int months)
{
    const int index = (yyyymm / 100) * 12 + (yyyymm % 100 - 1) + months;
    return (index / 12) * 100 + index % 12 + 1;
}

std::optional<QDate> ValueParsers::date(std::string_view raw, const QString& format)
{
    const QString value = text(raw);
    if (value.isEmpty())
        return std::nullopt;
    if (!format.isEmpty()) {
        QDate date = QDate::fromString(value, format);
        if (!date.isValid()) {
            const QDateTime dateTime = QDateTime::fromString(value, format);
            date = dateTime.date();
        }
        if (date.isValid() && plausibleYear(date.year()))
            return date;
        return std::nullopt;
    }
    // ISO first (with or without a time), then the day-first forms UK spreadsheets write.
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$"));
    static const QRegularExpression dayFirst(QStringLiteral(
        "^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    QRegularExpressionMatch match = iso.match(value);
    QDate date;
    if (match.hasMatch()) {
        date =
            QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else if ((match = dayFirst.match(value)).hasMatch()) {
        int year = match.captured(3).toInt();
        if (match.captured(3).size() == 2)
            year = twoDigitYear(year);
        date = QDate(year, match.captured(2).toInt(), match.captured(1).toInt());
    }
    if (date.isValid() && plausibleYear(date.year()))
        return date;
    return std::nullopt;
}

std::optional<int> ValueParsers::hour(std::string_view raw)
{
    const QString value = text(raw).toLower();
    if (value.isEmpty())
        return std::nullopt;
    // A time on its own, or after the date of a date-time.
    static const QRegularExpression clock(
        QStringLiteral("(?:^|[t ])(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2}(?:\\.\\d+)?)?\\s*(am|pm)?"
                       "(?:z|[+-]\\d{2}:?\\d{2})?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})$"));
    static const QRegularExpression twelve(QStringLiteral("^(\\d{1,2})\\s*(am|pm)$"));
    QRegularExpressionMatch match;
    int hour = -1;
    int minute = 0;
    QString half;
    if ((match = clock.match(value)).hasMatch()) {
        hour = match.captured(1).toInt();
        minute = match.captured(2).toInt();
        half = match.captured(3);
    } else if ((match = compact.match(value)).hasMatch()) {
        hour = match.captured(1).toInt();
        minute = match.captured(2).toInt();
    } else if ((match = twelve.match(value)).hasMatch()) {
        hour = match.captured(1).toInt();
        half = match.captured(2);
    } else {
        return std::nullopt;
    }
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (half == QLatin1String("pm") ? 12 : 0);
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return hour;
}

std::optional<MonthSpan> ValueParsers::period(std::string_view raw, YearSpanStyle twoYear)
{
    const QString value = text(raw).simplified();
    if (value.isEmpty())
        return std::nullopt;
    QRegularExpressionMatch m;

    // 2024-01, 2024/01 (a month).
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})[-/](\\d{2})$"));
    if ((m = yearMonth.match(value)).hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        // "2019/20" is a financial or academic year, not month 20.
        if (month >= 1 && month <= 12 && plausibleYear(year) &&
            !(value.at(4) == QLatin1Char('/') && followingYear(year, month, 2)))
            return MonthSpan{year * 100 + month, year * 100 + month};
    }
    // Jan 2024, January 2024, Ionawr 2024, Jan-24, Jan-2024.
    static const QRegularExpression nameYear(
        QStringLiteral("^([A-Za-z\\x{00C0}-\\x{017F}]+)\\.?[ -](\\d{4}|\\d{2})$"));
    if ((m = nameYear.match(value)).hasMatch()) {
        const int month = monthNumber(m.captured(1));
        int year = m.captured(2).toInt();
        if (m.captured(2).size() == 2)
            year = twoDigitYear(year);
        if (month > 0 && plausibleYear(year))
            return MonthSpan{year * 100 + month, year * 100 + month};
    }
    // 2024 Q1, Q1 2024 (calendar quarters).
    static const QRegularExpression quarterAfter(QStringLiteral("^(\\d{4}) ?[Qq]([1-4])$"));
    static const QRegularExpression quarterBefore(QStringLiteral("^[Qq]([1-4]) ?(\\d{4})$"));
    int quarterYear = 0, quarter = 0;
    if ((m = quarterAfter.match(value)).hasMatch()) {
        quarterYear = m.captured(1).toInt();
        quarter = m.captured(2).toInt();
    } else if ((m = quarterBefore.match(value)).hasMatch()) {
        quarterYear = m.captured(2).toInt();
        quarter = m.captured(1).toInt();
    }
    if (quarter > 0 && plausibleYear(quarterYear)) {
        const int start = quarterYear * 100 + (quarter - 1) * 3 + 1;
        return MonthSpan{start, addMonths(start, 2)};
    }
    // 2024 (a calendar year).
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    if ((m = year.match(value)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (plausibleYear(y))
            return MonthSpan{y * 100 + 1, y * 100 + 12};
    }
    // 2019/20, 2019-20, 2019/2020, 201920 (financial or academic years).
    static const QRegularExpression twoYears(QStringLiteral("^(\\d{4})[/-]?(\\d{2}|\\d{4})$"));
    if ((m = twoYears.match(value)).hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        if (plausibleYear(first) && followingYear(first, second, int(m.captured(2).size())))
            return yearSpan(first, twoYear);
    }
    // 2016 - 18 (pooled calendar years), 2015/16 - 17/18 (pooled financial years).
    static const QRegularExpression pooled(QStringLiteral("^(\\d{4}) ?- ?(\\d{2}|\\d{4})$"));
    if ((m = pooled.match(value)).hasMatch()) {
        const int first = m.captured(1).toInt();
        int last = m.captured(2).toInt();
        if (m.captured(2).size() == 2)
            last = first / 100 * 100 + last;
        if (plausibleYear(first) && last > first && last - first < 20)
            return MonthSpan{first * 100 + 1, last * 100 + 12};
    }
    static const QRegularExpression pooledYears(
        QStringLiteral("^(\\d{4})/(\\d{2}) ?- ?(\\d{2})/(\\d{2})$"));
    if ((m = pooledYears.match(value)).hasMatch()) {
        const int first = m.captured(1).toInt();
        const int lastStart = first / 100 * 100 + m.captured(3).toInt();
        if (plausibleYear(first) && followingYear(first, m.captured(2).toInt(), 2) &&
            followingYear(lastStart, m.captured(4).toInt(), 2) && lastStart >= first)
            return MonthSpan{yearSpan(first, twoYear).start, yearSpan(lastStart, twoYear).end};
    }
    return std::nullopt;
}

std::optional<double> ValueParsers::number(std::string_view raw)
{
    std::string_view t = trimmed(raw);
    if (t.empty())
        return std::nullopt;
    std::string cleaned;
    if (t.find(',') != std::string_view::npos) {
        // Thousands separators only: "1,234,567".
        cleaned.reserve(t.size());
        for (char c : t) {
            if (c != ',')
                cleaned += c;
        }
        t = cleaned;
    }
    if (!t.empty() && t.front() == '+')
        t.remove_prefix(1);
    double value = 0;
    const auto result = std::from_chars(t.data(), t.data() + t.size(), value);
    if (result.ec != std::errc() || result.ptr != t.data() + t.size())
        return std::nullopt;
    if (value != value) // NaN
        return std::nullopt;
    return value;
}

std::optional<qint64> ValueParsers::integer(std::string_view raw)
{
    const auto value = number(raw);
    if (!value || *value != double(qint64(*value)))
        return std::nullopt;
    return qint64(*value);
}

bool ValueParsers::isSuppressionMark(std::string_view raw)
{
    const std::string_view t = trimmed(raw);
    if (t.empty() || t.size() > 5)
        return false;
    if (t == ":" || t == ".." || t == "." || t == "*" || t == "**" || t == "-" || t == "~" ||
        t == "#" || t == "[c]" || t == "[x]" || t == "[z]" || t == "[low]" || t == "[u]")
        return true;
    if (t.front() == '<' && t.size() >= 2 && isDigits(t.substr(1)))
        return true;
    for (char c : t) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

std::optional<bool> ValueParsers::flag(std::string_view raw)
{
    const QString value = text(raw).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("yes") ||
        value == QLatin1String("y") || value == QLatin1String("1") || value == QLatin1String("t") ||
        value == QLatin1String("ie") || value == QLatin1String("gwir"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("no") ||
        value == QLatin1String("n") || value == QLatin1String("0") || value == QLatin1String("f") ||
        value == QLatin1String("na") || value == QLatin1String("nac ydy") ||
        value == QLatin1String("gau"))
        return false;
    return std::nullopt;
}

QString ValueParsers::levelOfCode(std::string_view raw)
{
    const std::string_view t = trimmed(raw);
    if (t.size() != 9 || (t[0] != 'E' && t[0] != 'W') || !isDigits(t.substr(1)))
        return {};
    const int prefix = digitsValue(t.substr(1, 2));
    const bool wales = t[0] == 'W';
    switch (prefix) {
    case 0:
        return QStringLiteral("oa");
    case 1:
        return QStringLiteral("lsoa");
    case 2:
        return QStringLiteral("msoa");
    case 5:
        return QStringLiteral("ward");
    case 6:
        return QStringLiteral("lad");
    case 7:
    case 8:
    case 9:
        return wales ? QString() : QStringLiteral("lad");
    case 10:
        return wales ? QString() : QStringLiteral("utla");
    case 12:
        return wales ? QString() : QStringLiteral("region");
    case 14: // Welsh Community Safety Partnerships
        return wales ? QStringLiteral("csp") : QString();
    case 15:
        return wales ? QStringLiteral("pfa") : QString();
    case 22:
        return wales ? QString() : QStringLiteral("csp");
    case 23:
        return wales ? QString() : QStringLiteral("pfa");
    case 92:
        return QStringLiteral("country");
    }
    return {};
}

bool ValueParsers::isAreaCode(std::string_view text, const QString& level)
{
    const QString found = levelOfCode(text);
    if (found.isEmpty())
        return false;
    if (found == level)
        return true;
    const std::string_view t = trimmed(text);
    // Upper-tier authorities are unitary (E06, W06), metropolitan (E08), London (E09) or
    // counties (E10); a lower tier may be any district code.
    if (level == QLatin1String("utla"))
        return found == QLatin1String("lad") && t.substr(1, 2) != "07";
    return false;
}

} // namespace sna
