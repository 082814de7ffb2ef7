#include "import/PoliceUkImporter.h"

#include "foundation/BuildInfo.h"
#include "import/CsvReader.h"
#include "import/HashingDevice.h"
#include "project/Project.h"
#include "project/ProjectSchema.h"
#include "project/SqliteStatement.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <array>
#include <charconv>

namespace sna {

namespace {

enum Column {
    CrimeId,
    Month,
    ReportedBy,
    FallsWithin,
    Longitude,
    Latitude,
    Location,
    LsoaCode,
    LsoaName,
    CrimeType,
    Outcome,
    Context,
    ColumnCount
};

const char* const kColumnNames[ColumnCount] = {"Crime ID",
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

QString normalisedHeader(QString name)
{
    return name.trimmed().toLower();
}

// Maps distinct strings to small integer ids in a dictionary table, inserting new ones as they
// appear. Lookups use raw views into the reader's buffer, so a known value costs no allocation.
class Dictionary {
public:
    // `insert` takes the value, and for two-column dictionaries (lsoa) a second text.
    Dictionary(sqlite3* db, const char* select, const char* insert, bool hasSecondColumn = false)
        : m_insert(db, insert)
        , m_db(db)
        , m_hasSecondColumn(hasSecondColumn)
    {
        SqliteStatement query(db, select);
        while (query.step()) {
            const std::string_view text = query.columnBytes(1);
            m_ids.insert(QByteArray(text.data(), qsizetype(text.size())), query.columnInt(0));
        }
    }

    // 0 means "no value".
    qint64 idOf(std::string_view text, std::string_view extra = {})
    {
        if (text.empty())
            return 0;
        const QByteArray key = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
        auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return *it;
        m_insert.bindText(1, text);
        if (m_hasSecondColumn)
            m_insert.bindText(2, extra);
        if (!m_insert.execute()) {
            m_failed = true;
            return 0;
        }
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        m_ids.insert(QByteArray(text.data(), qsizetype(text.size())), id);
        return id;
    }
    bool failed() const { return m_failed || !m_insert.prepared(); }

private:
    QHash<QByteArray, qint64> m_ids;
    SqliteStatement m_insert;
    sqlite3* m_db;
    bool m_hasSecondColumn;
    bool m_failed = false;
};

bool isDigits(std::string_view text)
{
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

// "2019-01" → 201901; 0 when malformed.
int parseMonth(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-' || !isDigits(text.substr(0, 4)) ||
        !isDigits(text.substr(5, 2)))
        return 0;
    const int year =
        (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    if (month < 1 || month > 12 || year < 1900 || year > 2200)
        return 0;
    return year * 100 + month;
}

bool parseCoordinate(std::string_view text, double limit, double& value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && value >= -limit &&
           value <= limit;
}

bool isLsoaCode(std::string_view text)
{
    return text.size() == 9 && (text[0] == 'E' || text[0] == 'W') && text[1] == '0' &&
           text[2] == '1' && isDigits(text.substr(3));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Crime IDs are 64 hex digits; stored as their 32 bytes they take half the space.
bool decodeHexId(std::string_view text, unsigned char (&out)[32])
{
    if (text.size() != 64)
        return false;
    for (int i = 0; i < 32; ++i) {
        const int high = hexValue(text[size_t(2 * i)]);
        const int low = hexValue(text[size_t(2 * i + 1)]);
        if (high < 0 || low < 0)
            return false;
        out[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return true;
}

QString shown(std::string_view text)
{
    QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (value.size() > 60)
        value = value.left(57) + QStringLiteral("…");
    return value;
}

struct CountKey {
    int month;
    qint64 category;
    qint64 lsoa;
    friend bool operator==(const CountKey&, const CountKey&) = default;
};
size_t qHash(const CountKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.month, key.category, key.lsoa);
}

} // namespace

bool PoliceUkImporter::recognises(const QStringList& header)
{
    QStringList names;
    for (const QString& column : header)
        names << normalisedHeader(column);
    return names.contains(QStringLiteral("month")) &&
           names.contains(QStringLiteral("crime type")) &&
           names.contains(QStringLiteral("falls within"));
}

Result<ImportReport> PoliceUkImporter::importFile(const QString& path, const ImportOptions& options)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString shownPath = QDir::toNativeSeparators(path);
    HashingDevice device(path);
    if (!QFileInfo::exists(path))
        return makeError(tr("The file “%1” does not exist.").arg(shownPath));
    if (!device.open(QIODevice::ReadOnly))
        return makeError(tr("Could not read “%1”: %2").arg(shownPath, device.fileErrorString()));
    const qint64 totalBytes = device.size();

    CsvReader reader(&device);
    if (!reader.next()) {
        if (reader.hasError())
            return makeError(
                tr("“%1” could not be read as CSV: %2").arg(fileName, reader.errorString()));
        return makeError(tr("“%1” is empty.").arg(fileName));
    }
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header << reader.field(i);
    if (!recognises(header)) {
        return makeError(tr("“%1” is not a data.police.uk street-level crime file: its header "
                            "lacks the columns “Month”, “Falls within” and “Crime type”. The "
                            "header found was: %2")
                             .arg(fileName, header.join(QStringLiteral(", ")).left(300)));
    }
    int index[ColumnCount];
    for (int c = 0; c < ColumnCount; ++c)
        index[c] = int(header.indexOf(QString::fromLatin1(kColumnNames[c]), 0));
    for (qsizetype i = 0; i < header.size(); ++i) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (index[c] < 0 && normalisedHeader(header[i]) ==
                                    normalisedHeader(QString::fromLatin1(kColumnNames[c])))
                index[c] = int(i);
        }
    }
    const qsizetype expectedFields = header.size();

    sqlite3* db = m_project.handle();
    ImportReport report;
    report.fileName = fileName;

    const Status outcome = m_project.transaction([&]() -> Status {
        {
            SqliteStatement insertDataset(
                db, "INSERT INTO dataset(format, file_name, file_sha256, file_size, imported_at, "
                    "importer_version, rows_read, rows_stored, rows_rejected, partner) "
                    "VALUES (?, ?, '', ?, ?, ?, 0, 0, 0, ?)");
            insertDataset.bindText(1, std::string_view(kFormat));
            insertDataset.bindText(2, fileName);
            insertDataset.bind(3, totalBytes);
            insertDataset.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            insertDataset.bindText(5, QStringLiteral("%1 %2").arg(QString::fromLatin1(kFormat),
                                                                  QString::fromLatin1(kVersion)));
            insertDataset.bindText(6, options.partner);
            if (!insertDataset.execute())
                return m_project.databaseError(tr("Could not record the import"));
            report.datasetId = sqlite3_last_insert_rowid(db);
        }

        Dictionary forces(db, "SELECT id, name FROM force", "INSERT INTO force(name) VALUES (?)");
        Dictionary categories(db, "SELECT id, name FROM crime_category",
                              "INSERT INTO crime_category(name) VALUES (?)");
        Dictionary outcomes(db, "SELECT id, name FROM outcome",
                            "INSERT INTO outcome(name) VALUES (?)");
        Dictionary places(db, "SELECT id, description FROM place",
                          "INSERT INTO place(description) VALUES (?)");
        Dictionary lsoas(db, "SELECT id, code FROM lsoa",
                         "INSERT INTO lsoa(code, name) VALUES (?, ?)", true);
        SqliteStatement insertRecord(
            db, "INSERT INTO crime_record(dataset_id, line, crime_id, month, reported_by, "
                "falls_within, longitude, latitude, place_id, lsoa_id, category_id, outcome_id, "
                "context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        SqliteStatement insertProblem(db, "INSERT INTO rejected_row(dataset_id, line, column_name, "
                                          "value, reason) VALUES (?, ?, ?, ?, ?)");
        if (!insertRecord.prepared() || !insertProblem.prepared())
            return m_project.databaseError(tr("Could not prepare the import"));

        QHash<CountKey, qint64> counts;
        qint64 nextProgress = 0;
        std::array<std::string_view, ColumnCount> field{};

        while (reader.next()) {
            const auto& fields = reader.fields();
            ++report.rowsRead;
            const qint64 line = reader.lineNumber();

            if (options.progress && reader.bytesConsumed() >= nextProgress) {
                nextProgress = reader.bytesConsumed() + (1 << 20);
                if (!options.progress(reader.bytesConsumed(), totalBytes)) {
                    return makeError(
                        tr("The import of “%1” was cancelled; nothing was imported.").arg(fileName),
                        {}, QString::fromLatin1(kImportCancelled));
                }
            }

            RowProblem problem;
            auto reject = [&](int column, std::string_view value, QString reason) {
                problem.line = line;
                problem.column =
                    column >= 0 ? QString::fromLatin1(kColumnNames[column]) : QString();
                problem.value = shown(value);
                problem.reason = std::move(reason);
            };

            if (qsizetype(fields.size()) != expectedFields) {
                reject(-1, {},
                       tr("expected %1 fields as in the header, found %2")
                           .arg(expectedFields)
                           .arg(fields.size()));
            }
            for (int c = 0; c < ColumnCount && problem.line == 0; ++c)
                field[size_t(c)] = index[c] >= 0 ? fields[size_t(index[c])] : std::string_view{};

            int month = 0;
            double longitude = 0, latitude = 0;
            bool hasCoordinates = false;
            if (problem.line == 0) {
                for (int c = 0; c < ColumnCount; ++c) {
                    if (!QByteArrayView(field[size_t(c)].data(), qsizetype(field[size_t(c)].size()))
                             .isValidUtf8()) {
                        reject(c, field[size_t(c)],
                               tr("the text is not valid UTF-8; save the file as UTF-8 and import "
                                  "it again"));
                        break;
                    }
                }
            }
            if (problem.line == 0) {
                month = parseMonth(field[Month]);
                if (month == 0)
                    reject(Month, field[Month], tr("not a month in the form YYYY-MM"));
            }
            if (problem.line == 0 && field[CrimeType].empty())
                reject(CrimeType, field[CrimeType], tr("the crime type is empty"));
            if (problem.line == 0 && !field[LsoaCode].empty() && !isLsoaCode(field[LsoaCode]))
                reject(LsoaCode, field[LsoaCode],
                       tr("not an LSOA code (E01 or W01 followed by six digits)"));
            if (problem.line == 0 && (!field[Longitude].empty() || !field[Latitude].empty())) {
                if (!parseCoordinate(field[Longitude], 180.0, longitude))
                    reject(Longitude, field[Longitude], tr("not a longitude"));
                else if (!parseCoordinate(field[Latitude], 90.0, latitude))
                    reject(Latitude, field[Latitude], tr("not a latitude"));
                else
                    hasCoordinates = true;
            }

            if (problem.line != 0) {
                ++report.rowsRejected;
                if (report.problems.size() < kMaxProblemsKept)
                    report.problems.append(problem);
                if (options.onError == OnRowError::Skip) {
                    insertProblem.bind(1, report.datasetId);
                    insertProblem.bind(2, problem.line);
                    insertProblem.bindText(3, problem.column);
                    insertProblem.bindText(4, problem.value);
                    insertProblem.bindText(5, problem.reason);
                    if (!insertProblem.execute())
                        return m_project.databaseError(tr("Could not record a rejected row"));
                }
                continue;
            }
            if (report.rowsRejected > 0 && options.onError == OnRowError::Reject)
                continue; // the file will be refused: only look for further problems

            const qint64 category = categories.idOf(field[CrimeType]);
            const qint64 lsoa = lsoas.idOf(field[LsoaCode], field[LsoaName]);
            insertRecord.bind(1, report.datasetId);
            insertRecord.bind(2, line);
            unsigned char rawId[32];
            if (field[CrimeId].empty())
                insertRecord.bindNull(3);
            else if (decodeHexId(field[CrimeId], rawId))
                insertRecord.bindBlob(3, rawId, 32);
            else
                insertRecord.bindBlob(3, field[CrimeId].data(), int(field[CrimeId].size()));
            insertRecord.bind(4, qint64(month));
            const qint64 reportedBy = forces.idOf(field[ReportedBy]);
            const qint64 fallsWithin = forces.idOf(field[FallsWithin]);
            reportedBy ? insertRecord.bind(5, reportedBy) : insertRecord.bindNull(5);
            fallsWithin ? insertRecord.bind(6, fallsWithin) : insertRecord.bindNull(6);
            if (hasCoordinates) {
                insertRecord.bind(7, longitude);
                insertRecord.bind(8, latitude);
            } else {
                insertRecord.bindNull(7);
                insertRecord.bindNull(8);
            }
            const qint64 place = places.idOf(field[Location]);
            place ? insertRecord.bind(9, place) : insertRecord.bindNull(9);
            lsoa ? insertRecord.bind(10, lsoa) : insertRecord.bindNull(10);
            insertRecord.bind(11, category);
            const qint64 outcomeId = outcomes.idOf(field[Outcome]);
            outcomeId ? insertRecord.bind(12, outcomeId) : insertRecord.bindNull(12);
            if (field[Context].empty())
                insertRecord.bindNull(13);
            else
                insertRecord.bindText(13, field[Context]);
            if (!insertRecord.execute())
                return m_project.databaseError(tr("Could not store line %1").arg(line));

            ++report.rowsStored;
            ++counts[CountKey{month, category, lsoa}];
            if (report.periodStart == 0 || month < report.periodStart)
                report.periodStart = month;
            if (month > report.periodEnd)
                report.periodEnd = month;
        }
        if (reader.hasError())
            return makeError(tr("“%1” could not be read: %2").arg(fileName, reader.errorString()));
        if (forces.failed() || categories.failed() || outcomes.failed() || places.failed() ||
            lsoas.failed())
            return m_project.databaseError(tr("Could not store the import's dictionaries"));

        if (report.rowsRejected > 0 && options.onError == OnRowError::Reject) {
            QStringList lines;
            for (const RowProblem& p : std::as_const(report.problems).mid(0, 10))
                lines << p.text();
            if (report.rowsRejected > 10)
                lines << tr("… and %1 more.").arg(report.rowsRejected - 10);
            return makeError(tr("“%1” was not imported: %2 of its %3 rows have problems. Correct "
                                "the file, or choose to store the good rows and keep a report of "
                                "the rejected ones.")
                                 .arg(fileName)
                                 .arg(report.rowsRejected)
                                 .arg(report.rowsRead),
                             lines, QString::fromLatin1(kImportRowsRejected));
        }

        report.sha256 = QString::fromLatin1(device.hexDigest());
        {
            SqliteStatement earlier(db, "SELECT id, imported_at FROM dataset WHERE file_sha256 = ? "
                                        "AND id <> ?");
            earlier.bindText(1, report.sha256);
            earlier.bind(2, report.datasetId);
            if (earlier.step()) {
                const qint64 earlierId = earlier.columnInt(0);
                const QString when = earlier.columnText(1);
                earlier.reset();
                if (options.onDuplicate == OnDuplicate::Refuse) {
                    return makeError(tr("“%1” was already imported (dataset %2, on %3). Nothing "
                                        "was imported: replace the earlier import or skip this "
                                        "file.")
                                         .arg(fileName)
                                         .arg(earlierId)
                                         .arg(when),
                                     {}, QString::fromLatin1(kImportDuplicate));
                }
                if (options.onDuplicate == OnDuplicate::Skip) {
                    report.skippedAsDuplicate = true;
                    return makeError(QString()); // rolled back below, reported as a skip
                }
                const QByteArray removal =
                    "DELETE FROM crime_record WHERE dataset_id = " + QByteArray::number(earlierId) +
                    "; DELETE FROM dataset WHERE id = " + QByteArray::number(earlierId) + ";";
                if (auto s = ProjectSchema::exec(db, removal.constData()); !s)
                    return s;
                report.replacedDatasetId = earlierId;
            }
        }

        SqliteStatement insertCount(db, "INSERT INTO crime_count(dataset_id, month, category_id, "
                                        "lsoa_id, n) VALUES (?, ?, ?, ?, ?)");
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            insertCount.bind(1, report.datasetId);
            insertCount.bind(2, qint64(it.key().month));
            insertCount.bind(3, it.key().category);
            insertCount.bind(4, it.key().lsoa);
            insertCount.bind(5, it.value());
            if (!insertCount.execute())
                return m_project.databaseError(tr("Could not store the import's totals"));
        }

        SqliteStatement finish(db, "UPDATE dataset SET file_sha256 = ?, rows_read = ?, "
                                   "rows_stored = ?, rows_rejected = ?, period_start = ?, "
                                   "period_end = ? WHERE id = ?");
        finish.bindText(1, report.sha256);
        finish.bind(2, report.rowsRead);
        finish.bind(3, report.rowsStored);
        finish.bind(4, report.rowsRejected);
        report.periodStart ? finish.bind(5, qint64(report.periodStart)) : finish.bindNull(5);
        report.periodEnd ? finish.bind(6, qint64(report.periodEnd)) : finish.bindNull(6);
        finish.bind(7, report.datasetId);
        if (!finish.execute())
            return m_project.databaseError(tr("Could not record the import"));
        if (options.progress)
            options.progress(totalBytes, totalBytes);
        return {};
    });

    if (report.skippedAsDuplicate) {
        report.datasetId = 0;
        report.rowsStored = 0;
        return report;
    }
    if (!outcome)
        return outcome.error();
    return report;
}

} // namespace sna
