#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <string_view>

namespace sna {

// A span of whole months, yyyymm at both ends (201904–202003 is the financial year 2019/20).
struct MonthSpan {
    int start = 0;
    int end = 0;
    bool valid() const { return start > 0 && end >= start; }
    friend bool operator==(const MonthSpan&, const MonthSpan&) = default;
};

// How a two-year label such as "2019/20" or "201920" is to be read.
enum class YearSpanStyle { Financial, Academic };

// Parsing of the values partner and open-data files hold. Everything takes raw UTF-8 views
// (the hot paths allocate nothing) and returns nothing on text it does not understand, so the
// caller can reject the row with its own reason.
class ValueParsers {
public:
    static std::string_view trimmed(std::string_view text);
    static QString text(std::string_view utf8); // trimmed, decoded
    static bool isDigits(std::string_view text);

    // "2019-01" → 201901 (data.police.uk months); 0 when malformed.
    static int month(std::string_view text);
    // A date in one of the forms partners write (2024-03-31, 31/03/2024, 31-03-2024, 31.03.2024,
    // 2024-03-31T10:00:00, 31/03/2024 10:00); or in `format` (Qt's date format) when given.
    static std::optional<QDate> date(std::string_view text, const QString& format = {});
    // The hour of a time of day: "23:15", "23:15:00", "9.30", "2315", "11pm", or the time part
    // of a date-time ("2024-03-31T23:15:00", "31/03/2024 23:15"). Nothing when there is none.
    static std::optional<int> hour(std::string_view text);
    // A month, quarter or year label: "2024-01", "Jan 2024", "January 2024", "Ionawr 2024",
    // "Jan-24", "2024 Q1", "Q1 2024", "2024", "2019/20", "2019-20", "201920", "2016 - 18",
    // "2015/16 - 17/18".
    static std::optional<MonthSpan> period(std::string_view text, YearSpanStyle twoYear);
    static int addMonths(int yyyymm, int months);

    // Numbers as spreadsheets write them: "1234", "1,234", "12.5", " 7 ". Nothing for text.
    static std::optional<double> number(std::string_view text);
    static std::optional<qint64> integer(std::string_view text);
    // Statistical suppression and "not available" marks: letters ("x", "c", "z", "low", "u"),
    // ":", "..", ".", "*", "-", "<5". They mean "not published", never zero.
    static bool isSuppressionMark(std::string_view text);
    // "True"/"False" in any case, "Yes"/"No", "Y"/"N", "1"/"0"; nothing for anything else.
    static std::optional<bool> flag(std::string_view text);

    // ONS area codes by level: lsoa (E01/W01), msoa (E02/W02), oa (E00/W00), ward (E05/W05),
    // lad (E06–E09, W06), utla (E06, E08–E10, W06), csp (E22/W14), pfa (E23/W15), region (E12),
    // country (E92/W92). Nine characters: letter, two digits, six digits.
    static bool isAreaCode(std::string_view text, const QString& level);
    static QString levelOfCode(std::string_view text); // "" when not an ONS area code
};

} // namespace sna
