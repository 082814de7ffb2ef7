#include "import/formats/PoliceOutcomesImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"
#include "project/SqliteStatement.h"

#include <QLocale>

#include <charconv>

namespace sna {

namespace {
const char* const kColumnNames[PoliceOutcomesImporter::ColumnCount] = {
    "Crime ID", "Month",    "Reported by", "Falls within", "Longitude",
    "Latitude", "Location", "LSOA code",   "LSOA name",    "Outcome type"};

bool parseCoordinate(std::string_view text, double limit, double& value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && value >= -limit &&
           value <= limit;
}

bool decodeHexId(std::string_view text, unsigned char (&out)[32])
{
    if (text.size() != 64)
        return false;
    for (int i = 0; i < 32; ++i) {
        int byte = 0;
        for (int j = 0; j < 2; ++j) {
            const char c = text[size_t(2 * i + j)];
            int v = -1;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            if (v < 0)
                return false;
            byte = byte * 16 + v;
        }
        out[i] = static_cast<unsigned char>(byte);
    }
    return true;
}
} // namespace

int PoliceOutcomesImporter::detect(const HeaderIndex& header)
{
    if (header.has({"Crime ID"}) && header.has({"Month"}) && header.has({"Outcome type"}) &&
        !header.has({"Crime type"}))
        return 100;
    return 0;
}

QString PoliceOutcomesImporter::name() const
{
    return tr("data.police.uk outcomes");
}

Status PoliceOutcomesImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    if (!detect(header))
        return missingColumns(
            fileName, name(),
            {QStringLiteral("Crime ID"), QStringLiteral("Month"), QStringLiteral("Outcome type")},
            header);
    for (int c = 0; c < ColumnCount; ++c)
        m_index[size_t(c)] = header.find({kColumnNames[c]});
    m_expectedFields = header.size();
    return {};
}

Status PoliceOutcomesImporter::begin(ImportContext& context)
{
    m_context = &context;
    sqlite3* db = context.db;
    const bool dry = context.dryRun;
    m_forces = std::make_unique<Dictionary>(db, "SELECT id, name FROM force",
                                            "INSERT INTO force(name) VALUES (?)", false, dry);
    m_outcomes = std::make_unique<Dictionary>(db, "SELECT id, name FROM outcome",
                                              "INSERT INTO outcome(name) VALUES (?)", false, dry);
    m_places =
        std::make_unique<Dictionary>(db, "SELECT id, description FROM place",
                                     "INSERT INTO place(description) VALUES (?)", false, dry);
    m_lsoas = std::make_unique<Dictionary>(db, "SELECT id, code FROM lsoa",
                                           "INSERT INTO lsoa(code, name) VALUES (?, ?)", true, dry);
    if (!dry) {
        m_insert = std::make_unique<BatchInsert>(
            db, QStringLiteral("outcome_record"),
            QStringList{QStringLiteral("dataset_id"), QStringLiteral("line"),
                        QStringLiteral("crime_id"), QStringLiteral("month"),
                        QStringLiteral("reported_by"), QStringLiteral("falls_within"),
                        QStringLiteral("longitude"), QStringLiteral("latitude"),
                        QStringLiteral("place_id"), QStringLiteral("lsoa_id"),
                        QStringLiteral("outcome_id")});
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome PoliceOutcomesImporter::row(const std::vector<std::string_view>& fields,
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
        field[size_t(c)] = HeaderIndex::field(fields, m_index[size_t(c)]);
    if (field[CrimeId].empty())
        return reject(problem, line, columnName(CrimeId), field[CrimeId],
                      tr("an outcome needs the Crime ID of its crime"));
    const int month = ValueParsers::month(field[Month]);
    if (month == 0)
        return reject(problem, line, columnName(Month), field[Month],
                      tr("not a month in the form YYYY-MM"));
    if (field[OutcomeType].empty())
        return reject(problem, line, columnName(OutcomeType), field[OutcomeType],
                      tr("the outcome type is empty"));
    if (!field[LsoaCode].empty() &&
        ValueParsers::levelOfCode(field[LsoaCode]) != QLatin1String("lsoa"))
        return reject(problem, line, columnName(LsoaCode), field[LsoaCode],
                      tr("not an LSOA code (E01 or W01 followed by six digits)"));
    double longitude = 0, latitude = 0;
    const bool hasCoordinates = !field[Longitude].empty() || !field[Latitude].empty();
    if (hasCoordinates) {
        if (!parseCoordinate(field[Longitude], 180.0, longitude))
            return reject(problem, line, columnName(Longitude), field[Longitude],
                          tr("not a longitude"));
        if (!parseCoordinate(field[Latitude], 90.0, latitude))
            return reject(problem, line, columnName(Latitude), field[Latitude],
                          tr("not a latitude"));
    }
    const qint64 reportedBy = m_forces->idOf(field[ReportedBy]);
    const qint64 fallsWithin = m_forces->idOf(field[FallsWithin]);
    const qint64 outcome = m_outcomes->idOf(field[OutcomeType]);
    const qint64 place = m_places->idOf(field[Location]);
    const qint64 lsoa = m_lsoas->idOf(field[LsoaCode], field[LsoaName]);
    const qint64 force = fallsWithin ? fallsWithin : reportedBy;
    if (!m_forceMonths.contains({force, month})) {
        m_forceMonths.insert({force, month}, true);
        m_forceNames.insert(
            force, ValueParsers::text(fallsWithin ? field[FallsWithin] : field[ReportedBy]));
    }
    m_context->notePeriod(month, month);
    if (m_context->dryRun)
        return RowOutcome::Stored;

    BatchInsert& insert = *m_insert;
    insert.add(m_context->datasetId);
    insert.add(line);
    unsigned char rawId[32];
    if (decodeHexId(field[CrimeId], rawId))
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
    insert.add(outcome);
    if (!insert.endRow())
        return fail(tr("Could not store line %1").arg(line));
    return RowOutcome::Stored;
}

Status PoliceOutcomesImporter::finish(ImportContext& context)
{
    if (m_insert && !m_insert->flush())
        return context.project.databaseError(tr("Could not store the import's records"));
    if (m_forces->failed() || m_outcomes->failed() || m_places->failed() || m_lsoas->failed())
        return context.project.databaseError(tr("Could not store the import's dictionaries"));
    for (auto it = m_forceMonths.cbegin(); it != m_forceMonths.cend(); ++it)
        context.cover(m_forceNames.value(it.key().first), it.key().second, it.key().second);
    if (context.dryRun)
        return {};
    // How many outcomes found their crime (SQLite indexes crime_id for this query only, so
    // street-level imports stay free of a secondary index).
    SqliteStatement matched(context.db,
                            "SELECT COUNT(*) FROM outcome_record o WHERE o.dataset_id = ? AND "
                            "o.crime_id IN (SELECT crime_id FROM crime_record "
                            "WHERE crime_id IS NOT NULL)");
    matched.bind(1, context.datasetId);
    if (!matched.step())
        return context.project.databaseError(tr("Could not match outcomes to crimes"));
    const QLocale locale;
    context.report.notes << tr("Outcomes matched to crimes in the project: %1 of %2.")
                                .arg(locale.toString(matched.columnInt(0)),
                                     locale.toString(context.report.rowsStored));
    return {};
}

} // namespace sna
