#include "import/ImportPipeline.h"

#include "foundation/BuildInfo.h"
#include "import/DatasetStore.h"
#include "import/FormatImporter.h"
#include "import/FormatRegistry.h"
#include "import/HeaderIndex.h"
#include "import/MappingStore.h"
#include "import/PersonalDataGuard.h"
#include "import/RecordStream.h"
#include "import/SourceAuthority.h"
#include "project/Project.h"
#include "project/ProjectSchema.h"
#include "project/SqliteStatement.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace sna {

namespace {

// Files above this size are read on a thread of their own (below it the thread costs more
// than it saves) and loaded with a rollback journal when the project allows it.
constexpr qint64 kThreadedBytes = 4 << 20;
constexpr qint64 kBulkBytes = 16 << 20;
// Progress is reported every 1 % of the file, and at least every megabyte.
qint64 progressStep(qint64 total)
{
    return std::clamp<qint64>(total / 100, 1, 1 << 20);
}

bool listed(const QStringList& list, const QString& column)
{
    for (const QString& entry : list) {
        if (HeaderIndex::key(entry) == HeaderIndex::key(column))
            return true;
    }
    return false;
}

QString accountName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

QString monthLabel(int yyyymm)
{
    if (yyyymm <= 0)
        return {};
    return QLocale().toString(QDate(yyyymm / 100, yyyymm % 100, 1), QStringLiteral("MMM yyyy"));
}

// A large import on a project nobody else has open: a rollback journal writes the new pages
// once, where WAL writes every page of a huge transaction twice (to the log, then to the file
// at checkpoint; measured: 4.2 s against 3.3 s for 2M rows). Another connection (the
// interface's, while it imports in the background) keeps WAL: the switch needs the file to
// itself, and is tried without waiting.
class BulkJournal {
public:
    BulkJournal(sqlite3* db, bool wanted)
        : m_db(db)
    {
        if (!wanted)
            return;
        sqlite3_busy_timeout(db, 0);
        SqliteStatement pragma(db, "PRAGMA journal_mode = DELETE");
        m_switched = pragma.step() && pragma.columnText(0) == QLatin1String("delete");
        pragma.reset();
        sqlite3_busy_timeout(db, 5000);
    }
    ~BulkJournal()
    {
        if (m_switched)
            (void)ProjectSchema::exec(m_db, "PRAGMA journal_mode = WAL");
    }

private:
    sqlite3* m_db;
    bool m_switched = false;
};

} // namespace

Result<FileScan>
ImportPipeline::scanForPersonalData(const QString& path, TextEncoding encoding,
                                    const std::function<bool(qint64, qint64)>& progress)
{
    RecordStream stream(path, encoding);
    if (auto opened = stream.open(); !opened)
        return opened.error();
    PersonalDataGuard guard(stream.header());
    stream.start([&guard](const auto& fields, qint64 line) { guard.inspect(fields, line); },
                 stream.totalBytes() > kThreadedBytes);
    qint64 nextProgress = 0;
    FileScan scan;
    while (stream.next()) {
        ++scan.rows;
        if (progress && stream.bytesRead() >= nextProgress) {
            nextProgress = stream.bytesRead() + progressStep(stream.totalBytes());
            if (!progress(stream.bytesRead(), stream.totalBytes())) {
                stream.stop();
                return makeError(tr("The check was cancelled."), {},
                                 QString::fromLatin1(kImportCancelled));
            }
        }
    }
    if (stream.hasError())
        return makeError(
            tr("“%1” could not be read: %2").arg(QFileInfo(path).fileName(), stream.errorString()));
    scan.guard = guard.report();
    scan.encoding =
        stream.encoding() == TextEncoding::Auto ? TextEncoding::Utf8 : stream.encoding();
    scan.sha256 = QString::fromLatin1(stream.sha256Hex());
    return scan;
}

Result<std::unique_ptr<FormatImporter>> ImportPipeline::resolveFormat(const HeaderIndex& header,
                                                                      const ImportOptions& options,
                                                                      const QString& fileName,
                                                                      QString& mappingName)
{
    QString format = options.format.isEmpty() ? QStringLiteral("auto") : options.format;
    std::optional<ColumnMapping> mapping = options.mapping;
    const QString partner =
        options.provenance.partner.isEmpty() ? options.partner : options.provenance.partner;

    if (format == QLatin1String("auto")) {
        const auto candidates = FormatRegistry::detect(header.header());
        if (!candidates.isEmpty() && !mapping) {
            if (candidates.size() > 1 && candidates[0].score == candidates[1].score) {
                return makeError(tr("“%1” could be a %2 or a %3 file; choose its format.")
                                     .arg(fileName, FormatRegistry::name(candidates[0].id),
                                          FormatRegistry::name(candidates[1].id)),
                                 {}, QString::fromLatin1(kImportUnknownFormat));
            }
            format = candidates[0].id;
        } else {
            format = QString::fromLatin1(FormatRegistry::kMapped);
        }
    }
    if (!FormatRegistry::isKnown(format)) {
        return makeError(tr("“%1” is not a format SNA Studio knows; use one of %2.")
                             .arg(format, FormatRegistry::ids().join(QStringLiteral(", "))),
                         {}, QString::fromLatin1(kImportBadOptions));
    }
    if (format == QLatin1String(FormatRegistry::kMapped)) {
        if (!mapping) {
            auto saved = MappingStore(m_project).bestFor(partner, header.header());
            if (!saved)
                return saved.error();
            mapping = saved.value();
        }
        if (!mapping) {
            const bool asked = options.format == QLatin1String(FormatRegistry::kMapped);
            return makeError(
                asked ? tr("“%1” needs a column mapping: none was given and none saved in this "
                           "project fits its columns. Give one with --mapping MAP.json (see "
                           "docs/import-mapping.md) or map the columns in the import wizard. "
                           "Its columns are: %2")
                            .arg(fileName, header.header().join(QStringLiteral(", ")).left(300))
                      : tr("The format of “%1” was not recognised from its header, and no "
                           "mapping saved in this project fits it. Map its columns (sna import "
                           "--format mapped --mapping MAP.json, or the import wizard). Its "
                           "columns are: %2")
                            .arg(fileName, header.header().join(QStringLiteral(", ")).left(300)),
                {}, QString::fromLatin1(kImportNeedsMapping));
        }
        if (auto fits = mapping->checkAgainst(header.header(), fileName); !fits)
            return fits.error();
        mappingName = mapping->name.isEmpty() ? QStringLiteral("default") : mapping->name;
    }
    auto importer = FormatRegistry::create(format, mapping);
    if (!importer)
        return makeError(tr("The format “%1” cannot be imported yet.").arg(format), {},
                         QString::fromLatin1(kImportBadOptions));
    if (auto resolved = importer->resolve(header, fileName); !resolved)
        return resolved.error();
    return importer;
}

Result<ImportReport> ImportPipeline::run(const QString& path, const ImportOptions& given)
{
    ImportOptions options = given;
    if (options.provenance.partner.isEmpty())
        options.provenance.partner = options.partner;
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    ImportReport report;
    report.fileName = fileName;

    Provenance& provenance = options.provenance;
    if (!provenance.authorityType.isEmpty() &&
        !SourceAuthorities::isKnown(provenance.authorityType)) {
        return makeError(tr("“%1” is not a kind of source; use one of %2.")
                             .arg(provenance.authorityType,
                                  SourceAuthorities::codes().join(QStringLiteral(", "))),
                         {}, QString::fromLatin1(kImportBadOptions));
    }
    if (provenance.istvLevel < -1 || provenance.istvLevel > 3)
        return makeError(tr("The ISTV level must be 1, 2 or 3 (or 0 for open data), not %1.")
                             .arg(provenance.istvLevel),
                         {}, QString::fromLatin1(kImportBadOptions));

    RecordStream stream(path, options.encoding);
    if (auto opened = stream.open(); !opened)
        return opened.error();
    const HeaderIndex header(stream.header());
    for (const QStringList* list : {&options.dropColumns, &options.confirmColumns}) {
        for (const QString& column : *list) {
            if (header.find(column) < 0)
                return makeError(tr("“%1” has no column “%2” to drop or confirm. Its columns "
                                    "are: %3")
                                     .arg(fileName, column,
                                          header.header().join(QStringLiteral(", ")).left(300)),
                                 {}, QString::fromLatin1(kImportBadOptions));
        }
    }

    QString mappingName;
    auto resolved = resolveFormat(header, options, fileName, mappingName);
    std::unique_ptr<FormatImporter> importer =
        resolved ? std::move(resolved.value()) : std::unique_ptr<FormatImporter>();
    std::optional<ColumnMapping> mapping = options.mapping;
    if (importer && !mappingName.isEmpty() && !mapping) {
        auto saved = MappingStore(m_project).bestFor(provenance.partner, header.header());
        if (saved)
            mapping = saved.value();
    }
    if (importer) {
        report.format = importer->id();
        report.formatName = importer->name();
        report.mappingName = mappingName;
        if (provenance.partner.isEmpty() && mapping)
            provenance.partner = mapping->partner;
        if (provenance.partner.isEmpty())
            provenance.partner = importer->defaultPartner();
        if (provenance.authorityType.isEmpty() && mapping)
            provenance.authorityType = mapping->authorityType;
        if (provenance.authorityType.isEmpty())
            provenance.authorityType = importer->defaultAuthorityType();
        if (provenance.sharingBasis.isEmpty() && mapping)
            provenance.sharingBasis = mapping->sharingBasis;
        if (provenance.sharingBasis.isEmpty() &&
            provenance.authorityType == SourceAuthorities::publicData())
            provenance.sharingBasis = importer->defaultBasis();
    }
    if (provenance.istvLevel < 0)
        provenance.istvLevel = provenance.authorityType == SourceAuthorities::publicData() ? 0 : 1;
    if (!provenance.receivedOn.isValid())
        provenance.receivedOn = info.lastModified().date();
    if (provenance.importedBy.isEmpty())
        provenance.importedBy = accountName();
    report.provenance = provenance;

    // The guard over every raw row, on the reader thread, whatever the format.
    PersonalDataGuard guard(stream.header());
    stream.start([&guard](const auto& fields, qint64 line) { guard.inspect(fields, line); },
                 stream.totalBytes() > kThreadedBytes);
    const auto cancelled = [&]() {
        stream.stop();
        return makeError(
            tr("The import of “%1” was cancelled; nothing was imported.").arg(fileName), {},
            QString::fromLatin1(kImportCancelled));
    };
    qint64 nextProgress = 0;
    const auto progressed = [&]() {
        if (!options.progress || stream.bytesRead() < nextProgress)
            return true;
        nextProgress = stream.bytesRead() + progressStep(stream.totalBytes());
        return options.progress(stream.bytesRead(), stream.totalBytes());
    };

    if (!importer) {
        // The format is unknown or cannot be used. The guard still comes first: read the file
        // through it, and report personal data before anything about formats or mappings.
        while (stream.next()) {
            ++report.rowsRead;
            if (!progressed())
                return cancelled();
        }
        if (stream.hasError())
            return makeError(tr("“%1” could not be read: %2").arg(fileName, stream.errorString()));
        report.guard = guard.report();
        if (auto verdict =
                PersonalDataGuard::decide(report.guard, provenance.authorityType,
                                          options.dropColumns, options.confirmColumns, fileName);
            !verdict) {
            Error error = verdict.error();
            error.details << resolved.error().message;
            return error;
        }
        return resolved.error();
    }

    if (!options.dryRun) {
        const bool partnerData = provenance.authorityType != SourceAuthorities::publicData();
        if (partnerData && provenance.partner.trimmed().isEmpty())
            return makeError(tr("Name the partner that sent “%1” (--partner NAME): provenance is "
                                "kept for every dataset.")
                                 .arg(fileName),
                             {}, QString::fromLatin1(kImportBadOptions));
        if (partnerData && provenance.sharingBasis.trimmed().isEmpty())
            return makeError(tr("Record the basis on which %1 shared “%2” (--basis, e.g. "
                                "\"PCSC Act 2022 s.16\" or a data sharing agreement reference).")
                                 .arg(provenance.partner, fileName),
                             {}, QString::fromLatin1(kImportBadOptions));
        if (!SourceAuthorities::allowsIstvLevel(provenance.authorityType, provenance.istvLevel))
            return makeError(tr("ISTV level %1 (individuals) is never allowed for data from a %2 "
                                "source.")
                                 .arg(provenance.istvLevel)
                                 .arg(SourceAuthorities::label(provenance.authorityType)),
                             {}, QString::fromLatin1(kImportBadOptions));
    }

    sqlite3* db = m_project.handle();
    std::vector<int> dropped;
    for (const QString& column : std::as_const(options.dropColumns))
        dropped.push_back(header.find(column));

    ImportContext context{m_project, db,     0,       options.dryRun, fileName,
                          path,      header, options, report,         {}};
    const auto body = [&]() -> Status {
        if (!options.dryRun) {
            SqliteStatement insertDataset(
                db, "INSERT INTO dataset(format, file_name, file_sha256, file_size, imported_at, "
                    "importer_version, rows_read, rows_stored, rows_rejected, partner, "
                    "authority_type, received_on, sharing_basis, istv_level, imported_by, "
                    "encoding, mapping_name) "
                    "VALUES (?, ?, '', ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertDataset.bindText(1, importer->id());
            insertDataset.bindText(2, fileName);
            insertDataset.bind(3, stream.totalBytes());
            insertDataset.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            insertDataset.bindText(5, QStringLiteral("%1 %2 (SNA Studio %3)")
                                          .arg(importer->id())
                                          .arg(importer->version())
                                          .arg(QString::fromLatin1(kVersion)));
            insertDataset.bindText(6, provenance.partner);
            insertDataset.bindText(7, provenance.authorityType);
            insertDataset.bindText(8, provenance.receivedOn.toString(Qt::ISODate));
            insertDataset.bindText(9, provenance.sharingBasis);
            insertDataset.bind(10, qint64(provenance.istvLevel));
            insertDataset.bindText(11, provenance.importedBy);
            insertDataset.bindText(12, QStringLiteral("utf-8"));
            insertDataset.bindText(13, mappingName);
            if (!insertDataset.execute())
                return m_project.databaseError(tr("Could not record the import"));
            context.datasetId = sqlite3_last_insert_rowid(db);
            report.datasetId = context.datasetId;
        }
        if (auto begun = importer->begin(context); !begun)
            return begun;

        SqliteStatement insertProblem(db, "INSERT INTO rejected_row(dataset_id, line, "
                                          "column_name, value, reason) VALUES (?, ?, ?, ?, ?)");
        std::vector<std::string_view> blanked;
        while (stream.next()) {
            ++report.rowsRead;
            if (!progressed())
                return cancelled();
            const std::vector<std::string_view>* fields = &stream.fields();
            if (!dropped.empty()) {
                blanked = *fields;
                for (int index : dropped) {
                    if (index >= 0 && size_t(index) < blanked.size())
                        blanked[size_t(index)] = {};
                }
                fields = &blanked;
            }
            RowProblem problem;
            auto outcome = FormatImporter::RowOutcome::Rejected;
            if (const int invalid = stream.firstInvalidField(); invalid >= 0) {
                // Mixed encodings: rows after the first non-ASCII byte chose UTF-8 but this
                // one is not (Auto mode), or UTF-8 was chosen for a file that is not.
                problem.line = stream.lineNumber();
                problem.column = header.name(invalid);
                problem.value = QString::fromUtf8((*fields)[size_t(invalid)].data(),
                                                  qsizetype((*fields)[size_t(invalid)].size()))
                                    .left(60);
                problem.reason = tr("the text is not valid UTF-8 although the rest of the file "
                                    "is; save the file again in one encoding (or choose "
                                    "Windows-1252) and import it again");
            } else {
                outcome = importer->row(*fields, stream.lineNumber(), problem);
            }
            if (outcome == FormatImporter::RowOutcome::Failed)
                return importer->failure();
            if (outcome == FormatImporter::RowOutcome::Stored) {
                ++report.rowsStored;
                continue;
            }
            ++report.rowsRejected;
            if (report.problems.size() < kMaxProblemsKept)
                report.problems.append(problem);
            if (options.onError == OnRowError::Skip && !options.dryRun) {
                insertProblem.bind(1, context.datasetId);
                insertProblem.bind(2, problem.line);
                insertProblem.bindText(3, problem.column);
                insertProblem.bindText(4, problem.value);
                insertProblem.bindText(5, problem.reason);
                if (!insertProblem.execute())
                    return m_project.databaseError(tr("Could not record a rejected row"));
            }
        }
        if (stream.hasError())
            return makeError(tr("“%1” could not be read: %2").arg(fileName, stream.errorString()));
        report.sha256 = QString::fromLatin1(stream.sha256Hex());
        report.encoding =
            stream.encoding() == TextEncoding::Auto ? TextEncoding::Utf8 : stream.encoding();

        // The guard's verdict comes before anything the rows themselves say.
        report.guard = guard.report();
        const Status verdict =
            PersonalDataGuard::decide(report.guard, provenance.authorityType, options.dropColumns,
                                      options.confirmColumns, fileName);
        if (!verdict && !options.dryRun)
            return verdict;

        if (report.rowsRejected > 0 && options.onError == OnRowError::Reject && !options.dryRun) {
            QStringList lines;
            for (const RowProblem& p : std::as_const(report.problems).mid(0, 10))
                lines << p.text();
            if (report.rowsRejected > 10)
                lines << tr("… and %Ln more.", nullptr, int(report.rowsRejected - 10));
            return makeError(tr("“%1” was not imported: %Ln of its %2 rows have problems. "
                                "Correct the file, or choose to store the good rows and keep a "
                                "report of the rejected ones.",
                                nullptr, int(report.rowsRejected))
                                 .arg(fileName)
                                 .arg(QLocale().toString(report.rowsRead)),
                             lines, QString::fromLatin1(kImportRowsRejected));
        }
        if (auto finished = importer->finish(context); !finished)
            return finished;
        if (auto overlaps = checkOverlaps(context, importer->id(), report); !overlaps)
            return overlaps;
        if (report.skippedAsDuplicate || options.dryRun)
            return {};
        if (mapping && options.saveMapping) {
            ColumnMapping saved = *mapping;
            if (saved.partner.isEmpty())
                saved.partner = provenance.partner;
            if (saved.authorityType.isEmpty())
                saved.authorityType = provenance.authorityType;
            if (saved.sharingBasis.isEmpty())
                saved.sharingBasis = provenance.sharingBasis;
            if (auto s = MappingStore(m_project).save(saved); !s)
                return s;
        }
        if (mapping && !mapping->categories.isEmpty()) {
            if (auto s = MappingStore(m_project).saveCategories(
                    MappingStore::partnerSource(provenance.partner), mapping->categories);
                !s)
                return s;
        }
        return recordDataset(context, *importer, report);
    };

    Status outcome;
    if (options.dryRun) {
        outcome = body();
    } else {
        const BulkJournal journal(db, stream.totalBytes() > kBulkBytes);
        outcome = m_project.transaction(body);
    }
    if (options.progress && outcome)
        options.progress(stream.totalBytes(), stream.totalBytes());
    if (report.skippedAsDuplicate) {
        report.datasetId = 0;
        report.rowsStored = 0;
        return report;
    }
    if (!outcome)
        return outcome.error();
    if (options.dryRun)
        report.datasetId = 0;
    return report;
}

Status ImportPipeline::checkOverlaps(ImportContext& context, const QString& format,
                                     ImportReport& report)
{
    QHash<qint64, DatasetOverlap> found;
    {
        SqliteStatement same(context.db, "SELECT id, file_name, imported_at FROM dataset "
                                         "WHERE file_sha256 = ? AND id <> ?");
        same.bindText(1, report.sha256);
        same.bind(2, context.datasetId);
        while (same.step()) {
            DatasetOverlap& overlap = found[same.columnInt(0)];
            overlap.datasetId = same.columnInt(0);
            overlap.fileName = same.columnText(1);
            overlap.importedAt = same.columnText(2);
            overlap.sameFile = true;
        }
    }
    {
        SqliteStatement covered(
            context.db,
            "SELECT c.dataset_id, d.file_name, d.imported_at, c.period_start, c.period_end "
            "FROM dataset_coverage c JOIN dataset d ON d.id = c.dataset_id "
            "WHERE d.format = ? AND c.source = ? AND c.dataset_id <> ? AND "
            "((? = 0 AND c.period_start = 0) OR (c.period_start <= ? AND c.period_end >= ?))");
        for (const CoverageKey& key : std::as_const(context.coverage)) {
            covered.bindText(1, format);
            covered.bindText(2, key.source);
            covered.bind(3, context.datasetId);
            covered.bind(4, qint64(key.start));
            covered.bind(5, qint64(key.end));
            covered.bind(6, qint64(key.start));
            while (covered.step()) {
                DatasetOverlap& overlap = found[covered.columnInt(0)];
                overlap.datasetId = covered.columnInt(0);
                overlap.fileName = covered.columnText(1);
                overlap.importedAt = covered.columnText(2);
                if (!overlap.sources.contains(key.source))
                    overlap.sources << key.source;
                const int start = std::max<int>(key.start, int(covered.columnInt(3)));
                const int end = std::min<int>(key.end, int(covered.columnInt(4)));
                if (start > 0 && (overlap.periodStart == 0 || start < overlap.periodStart))
                    overlap.periodStart = start;
                if (end > overlap.periodEnd)
                    overlap.periodEnd = end;
            }
            covered.reset();
        }
    }
    QList<qint64> ids = found.keys();
    std::sort(ids.begin(), ids.end());
    report.overlaps.clear();
    for (qint64 id : std::as_const(ids))
        report.overlaps.append(found.value(id));
    if (report.overlaps.isEmpty() || context.dryRun)
        return {};

    const ImportOptions& options = context.options;
    if (options.onDuplicate == OnDuplicate::Skip) {
        report.skippedAsDuplicate = true;
        return makeError(QString()); // rolled back, reported as a skip
    }
    if (options.onDuplicate == OnDuplicate::Refuse) {
        QStringList details;
        for (const DatasetOverlap& overlap : std::as_const(report.overlaps)) {
            if (overlap.sameFile) {
                details << tr("dataset %1, “%2” (imported %3): the same file")
                               .arg(overlap.datasetId)
                               .arg(overlap.fileName, overlap.importedAt);
            } else {
                QString period = monthLabel(overlap.periodStart);
                if (overlap.periodEnd != overlap.periodStart)
                    period = tr("%1 to %2").arg(period, monthLabel(overlap.periodEnd));
                QStringList sources = overlap.sources;
                for (QString& source : sources)
                    source.remove(QRegularExpression(QStringLiteral("^partner:")));
                details << tr("dataset %1, “%2” (imported %3): %4, %5")
                               .arg(overlap.datasetId)
                               .arg(overlap.fileName, overlap.importedAt,
                                    sources.join(QStringLiteral(", ")),
                                    overlap.periodStart ? period : tr("the same coverage"));
            }
        }
        const DatasetOverlap& first = report.overlaps.first();
        if (report.overlaps.size() == 1 && first.sameFile) {
            return makeError(tr("“%1” was already imported (dataset %2, on %3). Nothing was "
                                "imported: replace the earlier import or skip this file.")
                                 .arg(report.fileName)
                                 .arg(first.datasetId)
                                 .arg(first.importedAt),
                             details, QString::fromLatin1(kImportDuplicate));
        }
        return makeError(tr("“%1” covers data the project already holds from the same source. "
                            "Nothing was imported: replace the earlier import(s) or skip this "
                            "file, so nothing is counted twice.")
                             .arg(report.fileName),
                         details, QString::fromLatin1(kImportDuplicate));
    }
    for (const DatasetOverlap& overlap : std::as_const(report.overlaps)) {
        if (auto removed = DatasetStore::removeRows(m_project, overlap.datasetId); !removed)
            return removed;
        report.replacedDatasetIds.append(overlap.datasetId);
    }
    report.replacedDatasetId = report.replacedDatasetIds.value(0);
    return {};
}

Status ImportPipeline::recordDataset(ImportContext& context, const FormatImporter& importer,
                                     const ImportReport& report)
{
    Q_UNUSED(importer);
    sqlite3* db = context.db;
    SqliteStatement coverage(db, "INSERT INTO dataset_coverage(dataset_id, source, period_start, "
                                 "period_end) VALUES (?, ?, ?, ?)");
    for (const CoverageKey& key : std::as_const(context.coverage)) {
        coverage.bind(1, context.datasetId);
        coverage.bindText(2, key.source);
        coverage.bind(3, qint64(key.start));
        coverage.bind(4, qint64(key.end));
        if (!coverage.execute())
            return m_project.databaseError(tr("Could not record what the import covers"));
    }
    SqliteStatement decision(db, "INSERT INTO guard_decision(dataset_id, column_name, finding, "
                                 "decision, value_count, lines) VALUES (?, ?, ?, ?, ?, ?)");
    for (const GuardDecision& d : report.guard.decisions) {
        QStringList lines;
        for (qint64 line : d.lines)
            lines << QString::number(line);
        decision.bind(1, context.datasetId);
        decision.bindText(2, d.column);
        decision.bindText(3, d.finding);
        decision.bindText(4, GuardDecision::decisionCode(d.decision));
        decision.bind(5, d.count);
        decision.bindText(6, lines.join(QLatin1Char(',')));
        if (!decision.execute())
            return m_project.databaseError(tr("Could not record the personal-data decisions"));
    }
    // Columns dropped without a finding are recorded too: the analyst chose not to keep them.
    for (const QString& column : context.options.dropColumns) {
        bool recorded = false;
        for (const GuardDecision& d : report.guard.decisions)
            recorded = recorded || listed({d.column}, column);
        if (recorded)
            continue;
        decision.bind(1, context.datasetId);
        decision.bindText(2, context.header.name(context.header.find(column)));
        decision.bindText(3, QStringLiteral("none"));
        decision.bindText(4, GuardDecision::decisionCode(GuardDecisionKind::Dropped));
        decision.bind(5, qint64(0));
        decision.bindText(6, QString());
        if (!decision.execute())
            return m_project.databaseError(tr("Could not record the personal-data decisions"));
    }

    SqliteStatement finish(db, "UPDATE dataset SET file_sha256 = ?, rows_read = ?, "
                               "rows_stored = ?, rows_rejected = ?, period_start = ?, "
                               "period_end = ?, encoding = ? WHERE id = ?");
    finish.bindText(1, report.sha256);
    finish.bind(2, report.rowsRead);
    finish.bind(3, report.rowsStored);
    finish.bind(4, report.rowsRejected);
    report.periodStart ? finish.bind(5, qint64(report.periodStart)) : finish.bindNull(5);
    report.periodEnd ? finish.bind(6, qint64(report.periodEnd)) : finish.bindNull(6);
    finish.bindText(7, textEncodingCode(report.encoding));
    finish.bind(8, context.datasetId);
    if (!finish.execute())
        return m_project.databaseError(tr("Could not record the import"));
    return {};
}

} // namespace sna
