#include "import/PersonalDataGuard.h"

#include "import/ImportReport.h"
#include "import/SourceAuthority.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <functional>

namespace sna {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isAlnum(char c)
{
    return isDigit(c) || isAsciiLetter(c);
}

constexpr std::array<bool, 256> makeAlnumTable()
{
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return table;
}
constexpr std::array<bool, 256> kAlnum = makeAlnumTable();
char lower(char c)
{
    return isUpper(c) ? char(c - 'A' + 'a') : c;
}

// "Date of Birth" → "date of birth"; "LAD19NM" → "lad19nm"; "first_name" → "first name".
QString headerWords(const QString& header)
{
    QString words;
    for (const QChar c : header.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            words += c;
        else if (!words.endsWith(QLatin1Char(' ')) && !words.isEmpty())
            words += QLatin1Char(' ');
    }
    return words.trimmed();
}

bool hasWord(const QStringList& words, std::initializer_list<const char*> candidates)
{
    for (const char* candidate : candidates) {
        if (words.contains(QLatin1String(candidate)))
            return true;
    }
    return false;
}

bool hasPhrase(const QString& words, std::initializer_list<const char*> phrases)
{
    const QString padded = QLatin1Char(' ') + words + QLatin1Char(' ');
    for (const char* phrase : phrases) {
        if (padded.contains(QLatin1Char(' ') + QLatin1String(phrase) + QLatin1Char(' ')))
            return true;
    }
    return false;
}

// Which kinds a column's name alone announces. Geographic and organisational names ("LSOA
// name", "la_name", "Indicator Name", "LAD19NM") are not personal; a person's name is.
std::array<bool, 8> headerKinds(const QString& header)
{
    std::array<bool, 8> kinds{};
    const QString words = headerWords(header);
    const QStringList list = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto set = [&kinds](PersonalDataKind kind) { kinds[size_t(kind)] = true; };

    if (hasWord(list, {"forename", "forenames", "surname", "surnames", "firstname", "lastname",
                       "fullname", "givenname", "familyname", "middlename", "maidenname"}) ||
        hasPhrase(words, {"first name", "last name", "given name", "given names", "family name",
                          "full name", "middle name", "maiden name", "christian name"}) ||
        words == QLatin1String("name") || words == QLatin1String("names") ||
        hasPhrase(words, {"patient name", "client name", "person name", "victim name",
                          "suspect name", "offender name", "pupil name", "child name",
                          "student name", "service user name", "perpetrator name", "witness name",
                          "carer name", "contact name", "officer name", "young person name"}))
        set(PersonalDataKind::Name);
    if (hasWord(list, {"dob", "birthdate", "born"}) ||
        hasPhrase(words, {"date of birth", "birth date", "d o b", "date birth"}))
        set(PersonalDataKind::DateOfBirth);
    if ((list.contains(QLatin1String("nhs")) &&
         hasWord(list, {"number", "no", "num", "nbr", "id"})) ||
        words == QLatin1String("nhs") || hasWord(list, {"nhsnumber", "nhsno"}) ||
        hasPhrase(words, {"chi number"}))
        set(PersonalDataKind::NhsNumber);
    const bool email = hasWord(list, {"email", "emails"}) || hasPhrase(words, {"e mail"});
    if (email)
        set(PersonalDataKind::Email);
    if (!email && hasWord(list, {"address", "addresses", "addr", "address1", "address2"}) &&
        !hasWord(list, {"ip", "web", "url"}))
        set(PersonalDataKind::Address);
    if (hasWord(list, {"phone", "telephone", "tel", "mobile", "phonenumber", "telno"}))
        set(PersonalDataKind::Phone);
    return kinds;
}

// A masked example: enough to recognise the column, never the value itself.
QString masked(std::string_view value)
{
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size())).simplified();
    QString out;
    int shown = 0;
    for (const QChar c : text) {
        if (out.size() >= 24) {
            out += QStringLiteral("…");
            break;
        }
        if (c.isLetterOrNumber()) {
            out += shown < 2 ? c : QChar(0x2022);
            ++shown;
        } else {
            out += c;
        }
    }
    return out;
}

const char* const kStreetWords[] = {
    "street",  "st",      "road",   "rd",       "avenue", "ave",    "lane",      "ln",    "close",
    "drive",   "dr",      "way",    "crescent", "court",  "ct",     "place",     "pl",    "terrace",
    "gardens", "grove",   "hill",   "park",     "square", "sq",     "row",       "walk",  "mews",
    "rise",    "view",    "parade", "green",    "heol",   "ffordd", "stryd",     "lôn",   "lon",
    "rhodfa",  "cilgant", "clos",   "maes",     "teras",  "llwybr", "boulevard", "wharf", "flat",
};

bool isStreetWord(std::string_view word)
{
    std::string lowerWord;
    lowerWord.reserve(word.size());
    for (char c : word)
        lowerWord += lower(c);
    while (!lowerWord.empty() && (lowerWord.back() == ',' || lowerWord.back() == '.'))
        lowerWord.pop_back();
    for (const char* street : kStreetWords) {
        if (lowerWord == street)
            return true;
    }
    return false;
}

} // namespace

QString PersonalDataKinds::code(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::Name:
        return QStringLiteral("name");
    case PersonalDataKind::DateOfBirth:
        return QStringLiteral("date-of-birth");
    case PersonalDataKind::NhsNumber:
        return QStringLiteral("nhs-number");
    case PersonalDataKind::Postcode:
        return QStringLiteral("postcode");
    case PersonalDataKind::Email:
        return QStringLiteral("email");
    case PersonalDataKind::Phone:
        return QStringLiteral("phone");
    case PersonalDataKind::Address:
        return QStringLiteral("address");
    case PersonalDataKind::FreeText:
        return QStringLiteral("free-text");
    }
    return {};
}

QString PersonalDataKinds::label(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::Name:
        return tr("person’s name");
    case PersonalDataKind::DateOfBirth:
        return tr("date of birth");
    case PersonalDataKind::NhsNumber:
        return tr("NHS number");
    case PersonalDataKind::Postcode:
        return tr("full postcode");
    case PersonalDataKind::Email:
        return tr("e-mail address");
    case PersonalDataKind::Phone:
        return tr("phone number");
    case PersonalDataKind::Address:
        return tr("street address");
    case PersonalDataKind::FreeText:
        return tr("free text");
    }
    return {};
}

QString GuardDecision::decisionCode(GuardDecisionKind kind)
{
    switch (kind) {
    case GuardDecisionKind::Dropped:
        return QStringLiteral("dropped");
    case GuardDecisionKind::Confirmed:
        return QStringLiteral("confirmed");
    case GuardDecisionKind::AnonymisedByPublisher:
        return QStringLiteral("anonymised-by-publisher");
    case GuardDecisionKind::Undecided:
        return QStringLiteral("undecided");
    }
    return {};
}

bool GuardReport::identifiersFound() const
{
    for (const ColumnFinding& finding : findings) {
        if (PersonalDataKinds::isIdentifier(finding.kind))
            return true;
    }
    return false;
}

QStringList GuardReport::flaggedColumns() const
{
    QStringList columns;
    for (const ColumnFinding& finding : findings) {
        if (!columns.contains(finding.column))
            columns << finding.column;
    }
    return columns;
}

QStringList GuardReport::undecidedColumns() const
{
    QStringList columns;
    for (const GuardDecision& decision : decisions) {
        if (decision.decision == GuardDecisionKind::Undecided && !columns.contains(decision.column))
            columns << decision.column;
    }
    return columns;
}

QStringList GuardReport::describe() const
{
    QStringList lines;
    const QLocale locale;
    for (const ColumnFinding& finding : findings) {
        QStringList numbers;
        for (qint64 line : finding.lines)
            numbers << QString::number(line);
        if (finding.count > finding.lines.size())
            numbers << QStringLiteral("…");
        lines << tr("column “%1” (%2): values on lines %3; %4 value(s) in all, e.g. “%5”")
                     .arg(finding.column, PersonalDataKinds::label(finding.kind),
                          numbers.join(QStringLiteral(", ")), locale.toString(finding.count),
                          finding.example);
    }
    return lines;
}

PersonalDataGuard::PersonalDataGuard(const QStringList& header)
{
    m_columns.resize(size_t(header.size()));
    for (qsizetype i = 0; i < header.size(); ++i) {
        m_columns[size_t(i)].name = header[i];
        m_columns[size_t(i)].headerKinds = headerKinds(header[i]);
        for (bool kind : m_columns[size_t(i)].headerKinds)
            m_columns[size_t(i)].anyHeaderKind = m_columns[size_t(i)].anyHeaderKind || kind;
    }
}

void PersonalDataGuard::note(ColumnState& column, PersonalDataKind kind, std::string_view value,
                             qint64 line)
{
    KindState& state = column.kinds[size_t(kind)];
    if (state.count == 0)
        state.example = masked(value);
    ++state.count;
    if (state.lines.size() < kLinesKept && (state.lines.isEmpty() || state.lines.last() != line))
        state.lines.append(line);
}

void PersonalDataGuard::noteAll(ColumnState& column, unsigned kinds, std::string_view value,
                                qint64 line)
{
    for (int k = 0; kinds != 0 && k < kKinds; ++k) {
        if (kinds & (1u << k))
            note(column, PersonalDataKind(k), value, line);
    }
}

void PersonalDataGuard::inspect(const std::vector<std::string_view>& fields, qint64 line)
{
    ++m_rows;
    const size_t count = std::min(fields.size(), m_columns.size());
    for (size_t i = 0; i < count; ++i) {
        std::string_view value = fields[i];
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
            value.remove_prefix(1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
            value.remove_suffix(1);
        if (value.empty())
            continue;
        ColumnState& column = m_columns[i];
        ++column.nonEmpty;
        // Each kind is counted once per value, whether the column's name or the value showed it.
        unsigned found = 0;
        if (column.anyHeaderKind) {
            for (int k = 0; k < kKinds; ++k) {
                if (column.headerKinds[size_t(k)]) {
                    column.kinds[size_t(k)].byHeader = true;
                    found |= 1u << k;
                }
            }
        }
        const auto flag = [&found](PersonalDataKind kind) { found |= 1u << int(kind); };
        if (isSnappedLocation(value)) {
            ++column.snapped;
            noteAll(column, found, value, line);
            continue;
        }

        // Each check runs only where it can match, so a data.police.uk row costs little more
        // than one scan of its fields for postcodes.
        const size_t size = value.size();
        const char first = value.front();
        if (size >= 5 && std::memchr(value.data(), '@', size) && looksLikeEmail(value))
            flag(PersonalDataKind::Email);
        if (size >= 10 && size <= 20 && (isDigit(first) || first == '+' || first == '(')) {
            if (looksLikePhone(value))
                flag(PersonalDataKind::Phone);
            else if (isValidNhsNumber(value))
                flag(PersonalDataKind::NhsNumber);
        }
        if (size >= 5 && containsFullPostcode(value))
            flag(PersonalDataKind::Postcode);
        if (isDigit(first) && size >= 6 && looksLikeStreetAddress(value))
            flag(PersonalDataKind::Address);
        if ((first == 'M' || first == 'D') && startsWithTitle(value))
            flag(PersonalDataKind::Name);
        noteAll(column, found, value, line);
        const qint64 spaces = size >= 40 ? std::count(value.begin(), value.end(), ' ') : 0;
        if (value.size() >= 40 && spaces >= 5) {
            ++column.longValues;
            if (column.longLines.size() < kLinesKept)
                column.longLines.append(line);
            if (column.longExample.isEmpty())
                column.longExample = masked(value);
            if (column.distinctLong.size() < kDistinctLongTexts)
                column.distinctLong.insert(std::hash<std::string_view>{}(value));
        }
    }
}

GuardReport PersonalDataGuard::report() const
{
    GuardReport report;
    report.rowsScanned = m_rows;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const ColumnState& column = m_columns[i];
        for (int k = 0; k < kKinds; ++k) {
            const KindState& state = column.kinds[size_t(k)];
            if (state.count == 0)
                continue;
            ColumnFinding finding;
            finding.column = column.name;
            finding.columnIndex = int(i);
            finding.kind = PersonalDataKind(k);
            finding.byHeader = state.byHeader;
            finding.count = state.count;
            finding.lines = state.lines;
            finding.example = state.example;
            report.findings.append(finding);
        }
        // Free text: many different long texts, not one long label repeated (Fingertips'
        // indicator names and value notes are long but few).
        const qint64 distinct = qint64(column.distinctLong.size());
        if (distinct >= qint64(kDistinctLongTexts) ||
            (distinct >= 3 && distinct * 4 >= column.nonEmpty)) {
            ColumnFinding finding;
            finding.column = column.name;
            finding.columnIndex = int(i);
            finding.kind = PersonalDataKind::FreeText;
            finding.count = column.longValues;
            finding.lines = column.longLines;
            finding.example = column.longExample;
            report.findings.append(finding);
        }
        if (column.snapped > 0)
            report.anonymised.append(AnonymisedColumn{column.name, column.snapped});
    }
    return report;
}

Status PersonalDataGuard::decide(GuardReport& report, const QString& authorityType,
                                 const QStringList& dropColumns, const QStringList& confirmColumns,
                                 const QString& fileName)
{
    report.authorityType = authorityType;
    report.decisions.clear();
    report.refused = false;
    const auto listed = [](const QStringList& list, const QString& column) {
        for (const QString& entry : list) {
            if (entry.trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (const ColumnFinding& finding : std::as_const(report.findings)) {
        GuardDecision decision;
        decision.column = finding.column;
        decision.finding = PersonalDataKinds::code(finding.kind);
        decision.count = finding.count;
        decision.lines = finding.lines;
        if (listed(dropColumns, finding.column))
            decision.decision = GuardDecisionKind::Dropped;
        else if (listed(confirmColumns, finding.column))
            decision.decision = GuardDecisionKind::Confirmed;
        report.decisions.append(decision);
    }
    for (const AnonymisedColumn& column : std::as_const(report.anonymised)) {
        GuardDecision decision;
        decision.column = column.column;
        decision.finding = QStringLiteral("snapped-location");
        decision.decision = listed(dropColumns, column.column)
                                ? GuardDecisionKind::Dropped
                                : GuardDecisionKind::AnonymisedByPublisher;
        decision.count = column.count;
        report.decisions.append(decision);
    }

    if (SourceAuthorities::mustBeAnonymous(authorityType) && report.identifiersFound()) {
        report.refused = true;
        QStringList details;
        for (const QString& line : report.describe())
            details << line;
        return makeError(tr("“%1” was refused: it comes from a %2 source, which may share only "
                            "anonymous data (Serious Violence Duty guidance, paragraphs 178–179), "
                            "and it holds personal identifiers in the columns %3. Nothing was "
                            "imported. Ask the partner for an anonymised, aggregated extract and "
                            "delete this file securely.")
                             .arg(fileName, SourceAuthorities::label(authorityType),
                                  report.flaggedColumns().join(QStringLiteral(", "))),
                         details, QString::fromLatin1(kImportPersonalDataRefused));
    }
    const QStringList undecided = report.undecidedColumns();
    if (!undecided.isEmpty()) {
        return makeError(tr("“%1” was not imported: the columns %2 may hold personal data. Drop "
                            "each of them, or confirm that it may be kept (in sna: --drop-column "
                            "NAME or --confirm-column NAME).")
                             .arg(fileName, undecided.join(QStringLiteral(", "))),
                         report.describe(), QString::fromLatin1(kImportPersonalData));
    }
    return {};
}

bool PersonalDataGuard::isValidNhsNumber(std::string_view text)
{
    // Ten digits, optionally grouped 3-3-4 with spaces or hyphens; the tenth is the Modulus 11
    // check digit of the first nine (weights 10 down to 2; 11 → 0; 10 → never valid).
    int digits[10];
    int n = 0;
    for (char c : text) {
        if (isDigit(c)) {
            if (n == 10)
                return false;
            digits[n++] = c - '0';
        } else if (c != ' ' && c != '-') {
            return false;
        }
    }
    if (n != 10)
        return false;
    bool allSame = true;
    for (int i = 1; i < 10; ++i)
        allSame = allSame && digits[i] == digits[0];
    if (allSame)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits[i] * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == digits[9];
}

bool PersonalDataGuard::containsFullPostcode(std::string_view text)
{
    // A full UK postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A), optional space, inward
    // code (9AA). Searched token by token so "LE1 5XY" inside an address is found, while LSOA
    // codes (E01025631) and partial postcodes (LE1) are not.
    const auto outward = [](std::string_view t) {
        const size_t n = t.size();
        if (n < 2 || n > 4 || !isAsciiLetter(t[0]))
            return false;
        size_t i = 1;
        if (isAsciiLetter(t[i]))
            ++i;
        if (i >= n || !isDigit(t[i]))
            return false;
        ++i;
        if (i < n && (isDigit(t[i]) || isAsciiLetter(t[i])))
            ++i;
        return i == n;
    };
    const auto inward = [](std::string_view t) {
        return t.size() == 3 && isDigit(t[0]) && isAsciiLetter(t[1]) && isAsciiLetter(t[2]);
    };
    // Token by token, with a table lookup per byte: this runs over every field of every row.
    std::string_view previous;
    const char* data = text.data();
    const size_t size = text.size();
    size_t i = 0;
    while (i < size) {
        while (i < size && !kAlnum[static_cast<unsigned char>(data[i])])
            ++i;
        const size_t start = i;
        while (i < size && kAlnum[static_cast<unsigned char>(data[i])])
            ++i;
        const size_t length = i - start;
        if (length == 0)
            break;
        if (length > 7) { // an ID or a long word: no postcode in it or next to it
            previous = {};
            continue;
        }
        const std::string_view token(data + start, length);
        // Written without the space: "LE15XY".
        if (length >= 5 && outward(token.substr(0, length - 3)) && inward(token.substr(length - 3)))
            return true;
        if (!previous.empty() && length == 3 && inward(token) && outward(previous))
            return true;
        previous = length <= 4 ? token : std::string_view();
    }
    return false;
}

bool PersonalDataGuard::looksLikeEmail(std::string_view text)
{
    const size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= text.size())
        return false;
    const std::string_view local = text.substr(0, at);
    const std::string_view domain = text.substr(at + 1);
    if (local.back() == ' ' || domain.front() == ' ')
        return false;
    const size_t dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0)
        return false;
    size_t end = dot + 1;
    int tld = 0;
    while (end < domain.size() &&
           (isAlnum(domain[end]) || domain[end] == '.' || domain[end] == '-')) {
        tld += isAsciiLetter(domain[end]) ? 1 : 0;
        ++end;
    }
    return tld >= 2;
}

bool PersonalDataGuard::looksLikePhone(std::string_view text)
{
    // UK numbers: 0 then 9 or 10 digits (01234 567890, 07700 900123), or +44 then 9 or 10.
    std::string digits;
    bool plus = false;
    for (char c : text) {
        if (isDigit(c))
            digits += c;
        else if (c == '+' && digits.empty())
            plus = true;
        else if (c != ' ' && c != '(' && c != ')' && c != '-')
            return false;
    }
    if (digits.size() >= 2 && digits.compare(0, 2, "44") == 0 && plus)
        return digits.size() == 11 || digits.size() == 12;
    return !plus && digits.size() >= 10 && digits.size() <= 11 && digits[0] == '0' &&
           digits[1] != '0';
}

bool PersonalDataGuard::looksLikeStreetAddress(std::string_view text)
{
    // A house number (optionally "12a" or "12-14") followed within a few words by a street word:
    // "12 High Street", "3a Heol y Bont", "Flat 2, 10 Park Road".
    size_t i = 0;
    while (i < text.size() && (isDigit(text[i]) || text[i] == '-'))
        ++i;
    if (i == 0)
        return false;
    if (i < text.size() && isAsciiLetter(text[i]) &&
        (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == ','))
        ++i;
    if (i >= text.size() || (text[i] != ' ' && text[i] != ','))
        return false;
    int words = 0;
    while (i < text.size() && words < 6) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        const size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != ',')
            ++i;
        if (i == start)
            break;
        ++words;
        if (isStreetWord(text.substr(start, i - start)))
            return words >= 1;
    }
    return false;
}

bool PersonalDataGuard::startsWithTitle(std::string_view text)
{
    for (const char* title : {"Mrs", "Miss", "Mr", "Ms", "Mx", "Dr"}) {
        const size_t n = std::char_traits<char>::length(title);
        if (text.size() < n + 2 || text.compare(0, n, title) != 0)
            continue;
        size_t i = n;
        if (text[i] == '.')
            ++i;
        if (i >= text.size() || text[i] != ' ')
            continue;
        ++i;
        return i + 1 < text.size() && isUpper(text[i]) && isAsciiLetter(text[i + 1]);
    }
    return false;
}

bool PersonalDataGuard::isSnappedLocation(std::string_view text)
{
    static constexpr std::string_view kOnOrNear = "On or near ";
    if (text.empty() || (text.front() != 'O' && text.front() != 'N'))
        return false; // the common case, without a comparison call
    return text.substr(0, kOnOrNear.size()) == kOnOrNear || text == "No Location";
}

} // namespace sna
