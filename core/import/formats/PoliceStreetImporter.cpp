#include "import/formats/PoliceStreetImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"
#include "project/SqliteStatement.h"

#include <charconv>

namespace sna {

namespace {

const char* const kColumnNames[PoliceStreetImporter::ColumnCount] = {"Crime ID",
                                                                     "Month",
                                                                     "Reported by",
                                                                     "Falls within",
                                                                     "Longitude",
                                                                     "Latitude",
                                                                     "Location",
                                                                     "LSOA code",
                                                                     "LSOA name",
                                                                     "Crime type",
                                                                     "Last outcome category",
                                                                     "Context"};

bool parseCoordinate(std::string_view text, double limit, double& value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && value >= -limit &&
           value <= limit;
}

bool isLsoaCode(std::string_view text)
{
    return text.size() == 9 && (text[0] == 'E' || text[0] == 'W') && text[1] == '0' &&
           text[2] == '1' && ValueParsers::isDigits(text.substr(3));
}

constexpr std::array<signed char, 256> makeHexTable()
{
    std::array<signed char, 256> table{};
    for (auto& value : table)
        value = -1;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - 'A' + 10);
    return table;
}
constexpr std::array<signed char, 256> kHex = makeHexTable();

// Crime IDs are 64 hex digits; stored as their 32 bytes they take half the space.
bool decodeHexId(std::string_view text, unsigned char (&out)[32])
{
    if (text.size() != 64)
        return false;
    int bad = 0;
    for (int i = 0; i < 32; ++i) {
        const int high = kHex[static_cast<unsigned char>(text[size_t(2 * i)])];
        const int low = kHex[static_cast<unsigned char>(text[size_t(2 * i + 1)])];
        bad |= high | low;
        out[i] = static_cast<unsigned char>(high * 16 + low);
    }
    if (bad < 0)
        return false;
    return true;
}

// Category id (16 bits) and LSOA id (30 bits) in one key of a month's table; provisional
// (negative) ids of a dry run are masked, and a dry run stores no totals.
quint64 countKey(qint64 category, qint64 lsoa)
{
    return ((quint64(category) & 0xFFFF) << 30) | (quint64(lsoa) & 0x3FFFFFFF);
}

} // namespace

int PoliceStreetImporter::detect(const HeaderIndex& header)
{
    if (header.has({"Month"}) && header.has({"Crime type"}) && header.has({"Falls within"}))
        return 100;
    return 0;
}

QString PoliceStreetImporter::name() const
{
    return tr("data.police.uk street-level crime");
}

Status PoliceStreetImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    if (!detect(header))
        return missingColumns(
            fileName, name(),
            {QStringLiteral("Month"), QStringLiteral("Falls within"), QStringLiteral("Crime type")},
            header);
    for (int c = 0; c < ColumnCount; ++c)
        m_index[size_t(c)] = header.find({kColumnNames[c]});
    m_expectedFields = header.size();
    return {};
}

Status PoliceStreetImporter::begin(ImportContext& context)
{
    m_context = &context;
    sqlite3* db = context.db;
    const bool dry = context.dryRun;
    m_forces = std::make_unique<Dictionary>(db, "SELECT id, name FROM force",
                                            "INSERT INTO force(name) VALUES (?)", false, dry);
    m_categories =
        std::make_unique<Dictionary>(db, "SELECT id, name FROM crime_category",
                                     "INSERT INTO crime_category(name) VALUES (?)", false, dry);
    m_outcomes = std::make_unique<Dictionary>(db, "SELECT id, name FROM outcome",
                                              "INSERT INTO outcome(name) VALUES (?)", false, dry);
    m_places =
        std::make_unique<Dictionary>(db, "SELECT id, description FROM place",
                                     "INSERT INTO place(description) VALUES (?)", false, dry);
    m_lsoas = std::make_unique<Dictionary>(db, "SELECT id, code FROM lsoa",
                                           "INSERT INTO lsoa(code, name) VALUES (?, ?)", true, dry);
    if (!dry) {
        m_insert = std::make_unique<BatchInsert>(
            db, QStringLiteral("crime_record"),
            QStringList{QStringLiteral("dataset_id"), QStringLiteral("line"),
                        QStringLiteral("crime_id"), QStringLiteral("month"),
                        QStringLiteral("reported_by"), QStringLiteral("falls_within"),
                        QStringLiteral("longitude"), QStringLiteral("latitude"),
                        QStringLiteral("place_id"), QStringLiteral("lsoa_id"),
                        QStringLiteral("category_id"), QStringLiteral("outcome_id"),
                        QStringLiteral("context")});
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome PoliceStreetImporter::row(const std::vector<std::string_view>& fields,
                                                     qint64 line, RowProblem& problem)
{
    const auto columnName = [](int c) { return QString::fromLatin1(kColumnNames[c]); };
    if (qsizetype(fields.size()) != m_expectedFields) {
        return reject(problem, line, QString(), {},
                      tr("expected %1 fields as in the header, found %2")
                          .arg(m_expectedFields)
                          .arg(fields.size()));
    }
    std::array<std::string_view, ColumnCount> field{};
    for (int c = 0; c < ColumnCount; ++c)
        field[size_t(c)] =
            m_index[size_t(c)] >= 0 ? fields[size_t(m_index[size_t(c)])] : std::string_view{};
    const int month = ValueParsers::month(field[Month]);
    if (month == 0)
        return reject(problem, line, columnName(Month), field[Month],
                      tr("not a month in the form YYYY-MM"));
    if (field[CrimeType].empty())
        return reject(problem, line, columnName(CrimeType), field[CrimeType],
                      tr("the crime type is empty"));
    if (!field[LsoaCode].empty() && !isLsoaCode(field[LsoaCode]))
        return reject(problem, line, columnName(LsoaCode), field[LsoaCode],
                      tr("not an LSOA code (E01 or W01 followed by six digits)"));
    double longitude = 0, latitude = 0;
    bool hasCoordinates = false;
    if (!field[Longitude].empty() || !field[Latitude].empty()) {
        if (!parseCoordinate(field[Longitude], 180.0, longitude))
            return reject(problem, line, columnName(Longitude), field[Longitude],
                          tr("not a longitude"));
        if (!parseCoordinate(field[Latitude], 90.0, latitude))
            return reject(problem, line, columnName(Latitude), field[Latitude],
                          tr("not a latitude"));
        hasCoordinates = true;
    }

    const qint64 category = m_categories->idOf(field[CrimeType]);
    const qint64 lsoa = m_lsoas->idOf(field[LsoaCode], field[LsoaName]);
    const qint64 reportedBy = m_forces->idOf(field[ReportedBy]);
    const qint64 fallsWithin = m_forces->idOf(field[FallsWithin]);
    const qint64 place = m_places->idOf(field[Location]);
    const qint64 outcome = m_outcomes->idOf(field[Outcome]);
    if (category == 0 && !m_context->dryRun)
        return fail(tr("Could not store line %1").arg(line));

    const qint64 force = fallsWithin ? fallsWithin : reportedBy;
    if (!m_forceMonths.contains({force, month})) {
        m_forceMonths.insert({force, month}, true);
        if (!m_forceNames.contains(force))
            m_forceNames.insert(
                force, ValueParsers::text(fallsWithin ? field[FallsWithin] : field[ReportedBy]));
    }
    // One table per month: files come month by month, so the table in use stays in cache.
    if (month != m_countMonth) {
        m_monthCounts = &m_counts[month];
        m_countMonth = month;
    }
    m_monthCounts->increment(countKey(category, lsoa));
    m_context->notePeriod(month, month);
    if (m_context->dryRun)
        return RowOutcome::Stored;

    BatchInsert& insert = *m_insert;
    insert.add(m_context->datasetId);
    insert.add(line);
    unsigned char rawId[32];
    if (field[CrimeId].empty())
        insert.addNull();
    else if (decodeHexId(field[CrimeId], rawId))
        insert.addBlob(rawId, 32);
    else
        insert.addBlob(field[CrimeId].data(), int(field[CrimeId].size()));
    insert.add(qint64(month));
    insert.addIdOrNull(reportedBy);
    insert.addIdOrNull(fallsWithin);
    if (hasCoordinates) {
        insert.add(longitude);
        insert.add(latitude);
    } else {
        insert.addNull();
        insert.addNull();
    }
    insert.addIdOrNull(place);
    insert.addIdOrNull(lsoa);
    insert.add(category);
    insert.addIdOrNull(outcome);
    insert.addTextOrNull(field[Context]);
    if (!insert.endRow())
        return fail(tr("Could not store line %1").arg(line));
    return RowOutcome::Stored;
}

Status PoliceStreetImporter::finish(ImportContext& context)
{
    if (m_insert && !m_insert->flush())
        return context.project.databaseError(tr("Could not store the import's records"));
    if (m_forces->failed() || m_categories->failed() || m_outcomes->failed() ||
        m_places->failed() || m_lsoas->failed())
        return context.project.databaseError(tr("Could not store the import's dictionaries"));

    // Coverage by force and month: two forces' files for the same month are not duplicates.
    for (auto it = m_forceMonths.cbegin(); it != m_forceMonths.cend(); ++it)
        context.cover(m_forceNames.value(it.key().first), it.key().second, it.key().second);
    if (context.dryRun)
        return {};

    SqliteStatement insertCount(context.db, "INSERT INTO crime_count(dataset_id, month, "
                                            "category_id, lsoa_id, n) VALUES (?, ?, ?, ?, ?)");
    bool stored = true;
    for (const auto& [month, counts] : m_counts) {
        counts.forEach([&, month = month](quint64 key, qint64 count) {
            insertCount.bind(1, context.datasetId);
            insertCount.bind(2, qint64(month));
            insertCount.bind(3, qint64(key >> 30));
            insertCount.bind(4, qint64(key & 0x3FFFFFFF));
            insertCount.bind(5, count);
            stored = stored && insertCount.execute();
        });
    }
    if (!stored)
        return context.project.databaseError(tr("Could not store the import's totals"));
    return {};
}

} // namespace sna
