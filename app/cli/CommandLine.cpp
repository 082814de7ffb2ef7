#include "CommandLine.h"

#include "DefinitionCommand.h"
#include "DisclosureCommand.h"
#include "ReviewCommands.h"
#include "WritingCommands.h"
#include "analysis/AnalysisData.h"
#include "analysis/AnalysisJson.h"
#include "analysis/AnalysisSettings.h"
#include "analysis/DataGapStore.h"
#include "analysis/Measures.h"
#include "analysis/Summary.h"
#include "charts/QtChartPainter.h"
#include "demo/DemoProject.h"
#include "export/PublicationExporter.h"
#include "foundation/BuildInfo.h"
#include "foundation/UiLanguage.h"
#include "import/ColumnMapping.h"
#include "import/FormatRegistry.h"
#include "import/ImportPipeline.h"
#include "import/SourceAuthority.h"
#include "project/Project.h"
#include "project/ProjectFactory.h"
#include "review/ReviewCopy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace sna {

namespace {
const QString kNew = QStringLiteral("new");
const QString kImport = QStringLiteral("import");
const QString kSummary = QStringLiteral("summary");
const QString kExport = QStringLiteral("export");
const QString kDemo = QStringLiteral("demo");
const QString kHelp = QStringLiteral("help");

// The command is the first argument that is not an option (or the value of --ui-lang).
QString commandOf(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--ui-lang")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

// The arguments after the command, without the global --ui-lang.
QStringList commandArguments(const QStringList& arguments, const QString& command)
{
    QStringList rest{arguments.value(0) + QLatin1Char(' ') + command};
    bool seenCommand = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--ui-lang")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1String("--ui-lang=")))
            continue;
        if (!seenCommand && argument == command) {
            seenCommand = true;
            continue;
        }
        rest << argument;
    }
    return rest;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show help for this command."));
}
} // namespace

CommandLine::CommandLine(QStringList arguments, QTextStream& out, QTextStream& err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{
}

bool CommandLine::needsGuiApplication(const QStringList& arguments)
{
    return commandOf(arguments) == kExport;
}

std::optional<Lang> CommandLine::uiLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i].startsWith(QLatin1String("--ui-lang=")))
            return langFromCode(arguments[i].mid(10));
        if (arguments[i] == QLatin1String("--ui-lang") && i + 1 < arguments.size())
            return langFromCode(arguments[i + 1]);
    }
    return std::nullopt;
}

int CommandLine::run()
{
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        if (m_arguments[i] == QLatin1String("--ui-lang") ||
            m_arguments[i].startsWith(QLatin1String("--ui-lang="))) {
            const QString value = m_arguments[i].contains(QLatin1Char('='))
                                      ? m_arguments[i].section(QLatin1Char('='), 1)
                                      : m_arguments.value(i + 1);
            if (!langFromCode(value) || value.size() != 2)
                return usageError(m_err, QString(),
                                  tr("--ui-lang must be en or cy, not “%1”.").arg(value));
        }
    }
    const QString command = commandOf(m_arguments);
    // The program's version; after a command, --version is that command's (sna signoff).
    if (m_arguments.contains(QStringLiteral("--version")) &&
        (command.isEmpty() ||
         m_arguments.indexOf(QStringLiteral("--version")) < m_arguments.indexOf(command))) {
        m_out << "sna " << kVersion << Qt::endl;
        return Success;
    }
    if (command.isEmpty() || command == kHelp) {
        const QStringList rest = commandArguments(m_arguments, command);
        return printHelp(rest.value(1));
    }
    const QStringList arguments = commandArguments(m_arguments, command);
    if (command == kNew)
        return runNew(arguments);
    if (command == kImport)
        return runImport(arguments);
    if (command == kSummary)
        return runSummary(arguments);
    if (command == kExport)
        return runExport(arguments);
    if (command == kDemo)
        return runDemo(arguments);
    if (command == QLatin1String(DefinitionCommand::kName))
        return DefinitionCommand(m_out, m_err).run(arguments);
    if (command == QLatin1String(DisclosureCommand::kName))
        return DisclosureCommand(m_out, m_err).run(arguments);
    if (WritingCommands::handles(command))
        return WritingCommands(m_out, m_err).run(command, arguments);
    if (ReviewCommands::handles(command))
        return ReviewCommands(m_out, m_err).run(command, arguments);
    return usageError(m_err, QString(),
                      tr("“%1” is not an sna command. See “sna help”.").arg(command));
}

int CommandLine::usageError(QTextStream& err, const QString& command, const QString& message)
{
    err << (command.isEmpty() ? QStringLiteral("sna: ") : QStringLiteral("sna %1: ").arg(command))
        << message << Qt::endl;
    return UsageError;
}

int CommandLine::failure(QTextStream& err, const QString& message)
{
    err << QStringLiteral("sna: ") << message << Qt::endl;
    return Failure;
}

int CommandLine::printHelp(const QString& command)
{
    if (WritingCommands(m_out, m_err).printHelp(command))
        return Success;
    if (ReviewCommands(m_out, m_err).printHelp(command))
        return Success;
    if (command == kNew) {
        m_out << tr("Usage: sna new FILE.sna --name NAME --area CODE [--area CODE …] "
                    "[--coordinator NAME]\n"
                    "Creates a project for a partnership covering the local government areas with "
                    "these ONS codes (E06–E10 in England, W06 in Wales).")
              << Qt::endl;
    } else if (command == kImport) {
        m_out << tr("Usage: sna import FILE.sna DATA.csv [--format FORMAT] [--mapping MAP.json]\n"
                    "         [--partner NAME] [--authority-type TYPE] [--basis TEXT]\n"
                    "         [--received YYYY-MM-DD] [--istv 1|2|3] [--encoding "
                    "auto|utf-8|windows-1252]\n"
                    "         [--on-error reject|skip] [--duplicate refuse|replace|skip]\n"
                    "         [--drop-column NAME]… [--confirm-column NAME]… [--dry-run]\n"
                    "Imports partner or open data in one transaction and prints the rows read, "
                    "stored and rejected. Every file is first checked for personal data; columns "
                    "that may hold it must be dropped or confirmed, and files from health or "
                    "social-care bodies that hold identifiers are refused. By default a file with "
                    "any bad row is refused with the bad lines named, and a file that repeats "
                    "data already imported is refused.\n"
                    "FORMAT: auto (from the header), %1.\n"
                    "TYPE: %2.\n"
                    "The mapping file is described in docs/import-mapping.md.")
                     .arg(FormatRegistry::ids().join(QStringLiteral(", ")),
                          SourceAuthorities::codes().join(QStringLiteral(", ")))
              << Qt::endl;
    } else if (command == kSummary) {
        m_out << tr("Usage: sna summary FILE.sna [--json] [--published]\n"
                    "Prints the total number of records, the records by month and by category, "
                    "and the same under the local definition of serious violence. With --json, "
                    "\"analysis\" holds every measure of each source over the latest 12 months: "
                    "periods, areas at every level with rates per 1,000, categories, age and "
                    "sex, hour and weekday, seasonality, concentration, deprivation deciles, "
                    "change, coverage, the national success measures and the data gaps "
                    "register. --published controls every figure for disclosure as in a "
                    "published document: a hidden count is \"*\".")
              << Qt::endl;
    } else if (command == kExport) {
        m_out
            << tr("Usage: sna export FILE.sna [--doc strategy|sna|sna-summary] --lang en|cy|both\n"
                  "                  [--layout separate|welsh-first|columns] "
                  "[--format pdf|html|odt] -o OUT [--date YYYY-MM-DD] [--draft]\n"
                  "Writes a document as PDF, accessible HTML or OpenDocument text. --doc "
                  "defaults to the strategy; sna is the full, restricted assessment and "
                  "sna-summary its public summary.\n"
                  "With one language OUT is the file written. With --lang both, the separate "
                  "layout (the default) writes two matching files, OUT-cy.EXT and OUT-en.EXT; "
                  "welsh-first (complete Welsh, then complete English) and columns (Welsh on "
                  "the left) write the one file OUT.")
            << Qt::endl
            << tr("With --review (PDF, one file) the export is a review copy: a draft with a "
                  "review identifier on every page, whose layout is recorded so that comments "
                  "made on it in any PDF reader can be imported (sna comments import). "
                  "--package OUT.sna also writes a slim project file for the reviewer, with the "
                  "documents and published-level figures but no partner data rows.")
            << Qt::endl;
    } else if (command == QLatin1String(DefinitionCommand::kName)) {
        m_out << DefinitionCommand::usage() << Qt::endl;
    } else if (command == QLatin1String(DisclosureCommand::kName)) {
        m_out << DisclosureCommand::usage() << Qt::endl;
    } else if (command == kDemo) {
        m_out << tr("Usage: sna demo FILE.sna\n"
                    "Creates the demonstration project (synthetic data) at FILE.sna.")
              << Qt::endl;
    } else {
        m_out << tr("Usage: sna [--ui-lang en|cy] COMMAND [OPTIONS]\n\n"
                    "Commands:\n"
                    "  new       create a project\n"
                    "  import    import partner data into a project\n"
                    "  summary   summarise the data in a project\n"
                    "  export    write a document as PDF, HTML or ODT\n"
                    "  demo      create the demonstration project\n"
                    "  help      show help for a command (sna help COMMAND)\n\n"
                    "--ui-lang sets the language of these messages; --lang is always the language "
                    "of a document.")
              << Qt::endl
              << Qt::endl
              << DefinitionCommand::summary() << Qt::endl
              << DisclosureCommand::summary() << Qt::endl
              << Qt::endl
              << tr("Writing the SNA and the strategy:") << Qt::endl
              << WritingCommands::summary() << Qt::endl
              << Qt::endl
              << tr("Review and sign-off:") << Qt::endl
              << ReviewCommands::summary() << Qt::endl;
    }
    return Success;
}

int CommandLine::runNew(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the partnership."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption area(QStringLiteral("area"), tr("ONS code of an area covered."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption coordinator(QStringLiteral("coordinator"), tr("Named coordinator."),
                                         QStringLiteral("NAME"));
    parser.addOptions({help, name, area, coordinator});
    if (!parser.parse(arguments))
        return usageError(m_err, kNew, parser.errorText());
    if (parser.isSet(help))
        return printHelp(kNew);
    if (parser.positionalArguments().size() != 1)
        return usageError(m_err, kNew,
                          tr("give exactly one project file, e.g. sna new my-partnership.sna "
                             "--name NAME --area CODE"));
    if (!parser.isSet(name))
        return usageError(m_err, kNew, tr("--name is required."));
    if (!parser.isSet(area))
        return usageError(m_err, kNew, tr("at least one --area is required."));

    PartnershipProfile profile;
    profile.name = parser.value(name);
    profile.coordinator = parser.value(coordinator);
    for (const QString& value : parser.values(area)) {
        for (const QString& code : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            profile.areas.append(Area{code.trimmed().toUpper(), {}});
    }
    const QString path = parser.positionalArguments().constFirst();
    auto project = ProjectFactory::create(path, profile);
    if (!project)
        return failure(m_err, project.error().fullText());
    m_out << tr("Created %1 for “%2”.").arg(QDir::toNativeSeparators(path), profile.name)
          << Qt::endl;
    return Success;
}

int CommandLine::runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Format of the file."),
                                    QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("Column mapping for --format mapped (JSON)."),
                                     QStringLiteral("MAP.json"));
    const QCommandLineOption partner(QStringLiteral("partner"), tr("Partner that sent the file."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption authorityType(QStringLiteral("authority-type"),
                                           tr("Kind of body the file comes from."),
                                           QStringLiteral("TYPE"));
    const QCommandLineOption basis(
        QStringLiteral("basis"), tr("Basis on which the file was shared."), QStringLiteral("TEXT"));
    const QCommandLineOption received(QStringLiteral("received"),
                                      tr("Date the file was received (YYYY-MM-DD)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption istv(QStringLiteral("istv"), tr("ISTV level: 1, 2 or 3."),
                                  QStringLiteral("LEVEL"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("Text encoding: auto, utf-8 or windows-1252."),
                                      QStringLiteral("ENCODING"), QStringLiteral("auto"));
    const QCommandLineOption onError(QStringLiteral("on-error"), tr("reject or skip bad rows."),
                                     QStringLiteral("reject|skip"), QStringLiteral("reject"));
    const QCommandLineOption duplicate(
        QStringLiteral("duplicate"), tr("What to do with a file imported before."),
        QStringLiteral("refuse|replace|skip"), QStringLiteral("refuse"));
    const QCommandLineOption dropColumn(QStringLiteral("drop-column"),
                                        tr("Do not store this column (repeatable)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption confirmColumn(
        QStringLiteral("confirm-column"),
        tr("Keep this column although it may hold personal data (repeatable)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check the file and report; store nothing."));
    parser.addOptions({help, format, mapping, partner, authorityType, basis, received, istv,
                       encoding, onError, duplicate, dropColumn, confirmColumn, dryRun});
    if (!parser.parse(arguments))
        return usageError(m_err, kImport, parser.errorText());
    if (parser.isSet(help))
        return printHelp(kImport);
    if (parser.positionalArguments().size() != 2)
        return usageError(m_err, kImport,
                          tr("give a project file and a data file: sna import FILE.sna DATA.csv"));

    ImportOptions options;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("auto") && !FormatRegistry::isKnown(formatName))
        return usageError(m_err, kImport,
                          tr("the format “%1” is not known; use auto, %2.")
                              .arg(formatName, FormatRegistry::ids().join(QStringLiteral(", "))));
    options.format = formatName;
    if (parser.isSet(mapping)) {
        if (formatName != QLatin1String("auto") &&
            formatName != QLatin1String(FormatRegistry::kMapped))
            return usageError(m_err, kImport, tr("--mapping goes with --format mapped."));
        auto loaded = ColumnMapping::load(parser.value(mapping));
        if (!loaded)
            return failure(m_err, loaded.error().fullText());
        options.mapping = loaded.value();
        options.format = QString::fromLatin1(FormatRegistry::kMapped);
    }
    options.provenance.partner = parser.value(partner).trimmed();
    const QString authority = parser.value(authorityType);
    if (!authority.isEmpty() && !SourceAuthorities::isKnown(authority))
        return usageError(
            m_err, kImport,
            tr("--authority-type must be one of %1, not “%2”.")
                .arg(SourceAuthorities::codes().join(QStringLiteral(", ")), authority));
    options.provenance.authorityType = authority;
    options.provenance.sharingBasis = parser.value(basis).trimmed();
    if (parser.isSet(received)) {
        options.provenance.receivedOn = QDate::fromString(parser.value(received), Qt::ISODate);
        if (!options.provenance.receivedOn.isValid())
            return usageError(m_err, kImport,
                              tr("--received must be a date such as 2024-03-31, not "
                                 "“%1”.")
                                  .arg(parser.value(received)));
    }
    if (parser.isSet(istv)) {
        bool ok = false;
        const int level = parser.value(istv).toInt(&ok);
        if (!ok || level < 1 || level > 3)
            return usageError(m_err, kImport,
                              tr("--istv must be 1, 2 or 3, not “%1”.").arg(parser.value(istv)));
        options.provenance.istvLevel = level;
    }
    const auto chosenEncoding = textEncodingFromCode(parser.value(encoding));
    if (!chosenEncoding)
        return usageError(m_err, kImport,
                          tr("--encoding must be auto, utf-8 or windows-1252, not “%1”.")
                              .arg(parser.value(encoding)));
    options.encoding = *chosenEncoding;
    const QString errorPolicy = parser.value(onError);
    if (errorPolicy == QLatin1String("skip"))
        options.onError = OnRowError::Skip;
    else if (errorPolicy != QLatin1String("reject"))
        return usageError(m_err, kImport,
                          tr("--on-error must be reject or skip, not “%1”.").arg(errorPolicy));
    const QString duplicatePolicy = parser.value(duplicate);
    if (duplicatePolicy == QLatin1String("replace"))
        options.onDuplicate = OnDuplicate::Replace;
    else if (duplicatePolicy == QLatin1String("skip"))
        options.onDuplicate = OnDuplicate::Skip;
    else if (duplicatePolicy != QLatin1String("refuse"))
        return usageError(
            m_err, kImport,
            tr("--duplicate must be refuse, replace or skip, not “%1”.").arg(duplicatePolicy));
    options.dropColumns = parser.values(dropColumn);
    options.confirmColumns = parser.values(confirmColumn);
    for (const QString& column : std::as_const(options.dropColumns)) {
        if (options.confirmColumns.contains(column, Qt::CaseInsensitive))
            return usageError(
                m_err, kImport,
                tr("the column “%1” cannot be both dropped and confirmed.").arg(column));
    }
    options.dryRun = parser.isSet(dryRun);

    auto project = Project::open(parser.positionalArguments().at(0));
    if (!project)
        return failure(m_err, project.error().fullText());
    auto report = ImportPipeline(*project.value()).run(parser.positionalArguments().at(1), options);
    if (!report)
        return failure(m_err, report.error().fullText());
    const ImportReport& r = report.value();
    if (r.skippedAsDuplicate) {
        m_out << tr("Skipped %1: it repeats data imported before.").arg(r.fileName) << Qt::endl;
        return Success;
    }
    if (options.dryRun)
        m_out << tr("Checked %1 (%2); nothing was stored.").arg(r.fileName, r.formatName)
              << Qt::endl;
    else
        m_out << tr("Imported %1 as dataset %2 (%3).")
                     .arg(r.fileName)
                     .arg(r.datasetId)
                     .arg(r.formatName)
              << Qt::endl;
    m_out << tr("Rows read: %1").arg(r.rowsRead) << Qt::endl
          << tr("Rows stored: %1").arg(r.rowsStored) << Qt::endl
          << tr("Rows rejected: %1").arg(r.rowsRejected) << Qt::endl;
    for (qint64 replaced : r.replacedDatasetIds)
        m_out << tr("Replaced dataset %1.").arg(replaced) << Qt::endl;
    for (const GuardDecision& decision : r.guard.decisions) {
        if (decision.decision == GuardDecisionKind::AnonymisedByPublisher)
            m_out
                << tr("Column “%1”: locations anonymised by their publisher.").arg(decision.column)
                << Qt::endl;
        else if (decision.decision == GuardDecisionKind::Dropped)
            m_out << tr("Column “%1”: dropped (not stored).").arg(decision.column) << Qt::endl;
        else if (decision.decision == GuardDecisionKind::Confirmed)
            m_out << tr("Column “%1”: kept as confirmed.").arg(decision.column) << Qt::endl;
    }
    if (options.dryRun) {
        for (const QString& line : r.guard.describe())
            m_out << tr("Personal data? %1").arg(line) << Qt::endl;
        for (const DatasetOverlap& overlap : r.overlaps)
            m_out << tr("Overlaps dataset %1 (%2).").arg(overlap.datasetId).arg(overlap.fileName)
                  << Qt::endl;
    }
    for (const QString& note : r.notes)
        m_out << note << Qt::endl;
    for (const RowProblem& problem : std::as_const(r.problems).mid(0, 10))
        m_err << tr("Rejected %1").arg(problem.text()) << Qt::endl;
    return Success;
}

int CommandLine::runSummary(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption published(
        QStringLiteral("published"),
        tr("Control every figure for disclosure, as in a published document."));
    parser.addOptions({help, json, published});
    if (!parser.parse(arguments))
        return usageError(m_err, kSummary, parser.errorText());
    if (parser.isSet(help))
        return printHelp(kSummary);
    if (parser.positionalArguments().size() != 1)
        return usageError(m_err, kSummary,
                          tr("give one project file: sna summary FILE.sna --json"));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return failure(m_err, project.error().fullText());
    auto summary = SummaryBuilder::build(*project.value());
    if (!summary)
        return failure(m_err, summary.error().fullText());
    auto data = AnalysisData::load(*project.value());
    if (!data)
        return failure(m_err, data.error().fullText());
    if (parser.isSet(json)) {
        auto notes = DataGapStore(*project.value()).load();
        if (!notes)
            return failure(m_err, notes.error().fullText());
        const QJsonObject object = AnalysisJson::build(summary.value(), *data.value(),
                                                       notes.value(), parser.isSet(published));
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Success;
    }
    const Summary& s = summary.value();
    m_out << tr("Records: %1").arg(s.totalRecords) << Qt::endl;
    m_out << tr("Datasets: %1").arg(s.datasetCount) << Qt::endl;
    if (!s.byMonth.isEmpty()) {
        m_out << tr("Months: %1 to %2")
                     .arg(Summary::monthKey(s.byMonth.first().first),
                          Summary::monthKey(s.byMonth.last().first))
              << Qt::endl;
    }
    for (const auto& [category, count] : s.byCategory)
        m_out << QStringLiteral("  %1\t%2").arg(count).arg(category) << Qt::endl;
    // Serious violence in the partnership over the latest twelve months, source by source.
    for (const AnalysisSource& source : data.value()->sources) {
        AnalysisFilter filter;
        filter.source = source.key;
        const MeasureSet m = Measures::compute(*data.value(), filter);
        if (!m.available)
            continue;
        m_out << tr("Serious violence, %1 to %2 (%3): %4")
                     .arg(Summary::monthKey(m.first), Summary::monthKey(m.last),
                          source.isPolice() ? QStringLiteral("data.police.uk") : source.name.en)
                     .arg(m.total)
              << Qt::endl;
        if (const auto rate = MeasureSet::rate(m.total, m.population))
            m_out << tr("  Rate per 1,000 population: %1").arg(*rate, 0, 'f', 2) << Qt::endl;
        else
            m_out << tr("  Rate per 1,000 population: no population estimates imported")
                  << Qt::endl;
        if (m.yearOnYear.assessable)
            m_out << tr("  On the year before: %1")
                         .arg(m.yearOnYear.assessment.describe(UiLanguage::instance().current()))
                  << Qt::endl;
    }
    return Success;
}

int CommandLine::runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc(QStringLiteral("doc"),
                                 tr("Document: strategy, sna (restricted) or sna-summary."),
                                 QStringLiteral("DOC"), QStringLiteral("strategy"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the document: en, cy or both."),
                                  QStringLiteral("en|cy|both"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("How two languages are laid out: separate, welsh-first or "
                                       "columns."),
                                    QStringLiteral("LAYOUT"), QStringLiteral("separate"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: pdf, html or odt."),
                                    QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file."), QStringLiteral("OUT"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Publication date on the cover (YYYY-MM-DD); today by "
                                     "default."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption draft(QStringLiteral("draft"), tr("Mark every page as a draft."));
    const QCommandLineOption review(QStringLiteral("review"),
                                    tr("A review copy: one PDF with a review identifier on every "
                                       "page, whose annotations can be imported as comments."));
    const QCommandLineOption package(QStringLiteral("package"),
                                     tr("With --review: also write a slim project file for the "
                                        "reviewer (no partner data rows)."),
                                     QStringLiteral("OUT.sna"));
    parser.addOptions({help, doc, lang, layout, format, output, date, draft, review, package});
    if (!parser.parse(arguments))
        return usageError(m_err, kExport, parser.errorText());
    if (parser.isSet(help))
        return printHelp(kExport);
    if (parser.positionalArguments().size() != 1)
        return usageError(m_err, kExport,
                          tr("give one project file: sna export FILE.sna --lang en -o OUT.pdf"));

    ExportRequest request;
    const auto document = publicationKindFromId(parser.value(doc));
    if (!document)
        return usageError(
            m_err, kExport,
            tr("--doc must be strategy, sna or sna-summary, not “%1”.").arg(parser.value(doc)));
    request.document = *document;
    const auto chosenLayout = layoutFromId(parser.value(layout));
    if (!chosenLayout)
        return usageError(m_err, kExport,
                          tr("--layout must be separate, welsh-first or columns, not “%1”.")
                              .arg(parser.value(layout)));
    request.layout = *chosenLayout;
    if (!parser.isSet(lang) && request.layout == Layout::Separate)
        return usageError(m_err, kExport, tr("--lang is required (en, cy or both)."));
    const QString langValue = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("both");
    if (langValue != QLatin1String("both")) {
        const auto language = langFromCode(langValue);
        if (!language || langValue.size() != 2)
            return usageError(m_err, kExport,
                              tr("--lang must be en, cy or both, not “%1”.").arg(langValue));
        request.lang = *language;
    }
    if (request.lang && request.layout != Layout::Separate)
        return usageError(m_err, kExport,
                          tr("--layout %1 puts both languages in one file: use --lang "
                             "both.")
                              .arg(layoutId(request.layout)));
    const auto chosenFormat = formatFromId(parser.value(format));
    if (!chosenFormat)
        return usageError(m_err, kExport,
                          tr("the format “%1” is not supported; use pdf, html or odt.")
                              .arg(parser.value(format)));
    request.format = *chosenFormat;
    if (!parser.isSet(output))
        return usageError(m_err, kExport, tr("-o OUT is required."));
    if (parser.isSet(date)) {
        request.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.date.isValid())
            return usageError(
                m_err, kExport,
                tr("--date must be a date as YYYY-MM-DD, not “%1”.").arg(parser.value(date)));
    }
    request.draft = parser.isSet(draft);
    if (parser.isSet(package) && !parser.isSet(review))
        return usageError(m_err, kExport, tr("--package goes with --review."));
    if (parser.isSet(review)) {
        if (request.format != ExportFormat::Pdf)
            return usageError(m_err, kExport, tr("a review copy is a PDF: use --format pdf."));
        if (!request.lang && request.layout == Layout::Separate)
            return usageError(m_err, kExport,
                              tr("a review copy is one PDF: use --lang en or cy, or "
                                 "--lang both with --layout welsh-first or columns."));
    }

    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return failure(m_err, project.error().fullText());
    QtChartPainter charts;
    if (parser.isSet(review)) {
        ReviewRequest reviewRequest;
        reviewRequest.publication = request.document;
        reviewRequest.lang = request.lang;
        reviewRequest.layout = request.layout;
        reviewRequest.date = request.date;
        reviewRequest.packagePath = parser.value(package);
        auto copy = ReviewCopyStore(*project.value())
                        .exportPdf(parser.value(output), reviewRequest, &charts);
        if (!copy)
            return failure(m_err, copy.error().fullText());
        m_out << tr("Wrote the review copy %1 (%2 pages), review identifier %3.")
                     .arg(QDir::toNativeSeparators(parser.value(output)))
                     .arg(copy->pageCount)
                     .arg(copy->id)
              << Qt::endl;
        if (!reviewRequest.packagePath.isEmpty())
            m_out << tr("Wrote the reviewer’s project file %1 (no partner data rows).")
                         .arg(QDir::toNativeSeparators(reviewRequest.packagePath))
                  << Qt::endl;
        return Success;
    }
    auto written = PublicationExporter::exportProject(*project.value(), parser.value(output),
                                                      request, &charts);
    if (!written)
        return failure(m_err, written.error().fullText());
    for (const ExportedFile& file : written.value()) {
        if (request.format == ExportFormat::Pdf)
            m_out << tr("Wrote %1 (%2 pages).")
                         .arg(QDir::toNativeSeparators(file.path))
                         .arg(file.pageCount)
                  << Qt::endl;
        else
            m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(file.path)) << Qt::endl;
    }
    return Success;
}

int CommandLine::runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOptions({help});
    if (!parser.parse(arguments))
        return usageError(m_err, kDemo, parser.errorText());
    if (parser.isSet(help))
        return printHelp(kDemo);
    if (parser.positionalArguments().size() != 1)
        return usageError(m_err, kDemo, tr("give the file to create: sna demo FILE.sna"));
    const QString path = parser.positionalArguments().constFirst();
    if (auto created = DemoProject::create(path); !created)
        return failure(m_err, created.error().fullText());
    m_out << tr("Created the demo project %1 (synthetic data).").arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

} // namespace sna
