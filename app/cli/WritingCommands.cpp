#include "WritingCommands.h"

#include "CommandLine.h"
#include "compliance/ComplianceChecklist.h"
#include "document/EmbeddedItems.h"
#include "document/ProjectContent.h"
#include "document/RichText.h"
#include "document/TranslationPack.h"
#include "foundation/UiLanguage.h"
#include "foundation/Utf8.h"
#include "plan/ActionPlanReport.h"
#include "project/AreaCatalogue.h"
#include "project/Project.h"
#include "project/Timetable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sna {

namespace {
const QString kText = QStringLiteral("text");
const QString kSections = QStringLiteral("sections");
const QString kSection = QStringLiteral("section");
const QString kProfile = QStringLiteral("profile");
const QString kActions = QStringLiteral("actions");
const QString kAction = QStringLiteral("action");
const QString kPriority = QStringLiteral("priority");
const QString kGlossary = QStringLiteral("glossary");
const QString kTranslation = QStringLiteral("translation");
const QString kCheck = QStringLiteral("check");

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              WritingCommands::tr("Show help for this command."));
}

QCommandLineOption valueOption(const char* name, const QString& description, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description,
                              QString::fromLatin1(valueName));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString inUi(const BilingualText& text)
{
    const Lang ui = UiLanguage::instance().current();
    return text.in(ui).isEmpty() ? text.in(otherLang(ui)) : text.in(ui);
}

QString statusOf(const Section& section)
{
    return translationStatusCode(section.translationStatus());
}

QString sectionIds(const Document& document)
{
    QStringList ids;
    for (const Section& section : document.sections())
        ids << section.id;
    return ids.join(QStringLiteral(", "));
}

using Opened = std::pair<std::unique_ptr<Project>, ProjectContent>;
} // namespace

WritingCommands::WritingCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool WritingCommands::handles(const QString& command)
{
    return QStringList{kText,   kSections, kSection,  kProfile,     kActions,
                       kAction, kPriority, kGlossary, kTranslation, kCheck}
        .contains(command);
}

QString WritingCommands::summary()
{
    return tr("  text         get or set a section's text in English or Welsh\n"
              "  sections     list a document's sections with their translation status\n"
              "  section      change a section: title, source language, restricted, not "
              "applicable …\n"
              "  profile      show or change the partnership profile and timetable\n"
              "  actions      list the action plan\n"
              "  action       add, change or remove an action\n"
              "  priority     add, change or remove a strategic priority\n"
              "  glossary     list, add or check glossary terms\n"
              "  translation  export or import a translation pack (XLIFF)\n"
              "  check        run the compliance checklist");
}

int WritingCommands::helpFor(const QString& command)
{
    printHelp(command);
    return CommandLine::Success;
}

std::optional<DocumentKind> WritingCommands::documentOption(const QString& command,
                                                            const QString& value)
{
    const auto kind = documentKindFromId(value);
    if (!kind)
        CommandLine::usageError(m_err, command,
                                tr("--doc must be strategy or sna, not “%1”.").arg(value));
    return kind;
}

std::optional<Lang> WritingCommands::langOption(const QString& command, const QString& option,
                                                const QString& value)
{
    const auto lang = langFromCode(value);
    if (!lang || value.size() != 2) {
        CommandLine::usageError(m_err, command,
                                tr("%1 must be en or cy, not “%2”.").arg(option, value));
        return std::nullopt;
    }
    return lang;
}

std::optional<QDate> WritingCommands::dateOption(const QString& command, const QString& option,
                                                 const QString& value, bool allowEmpty)
{
    if (value.isEmpty() && allowEmpty)
        return QDate();
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid() || value.size() != 10) {
        CommandLine::usageError(
            m_err, command,
            tr("%1: “%2” is not a date; write it as YYYY-MM-DD.").arg(option, value));
        return std::nullopt;
    }
    return date;
}

int WritingCommands::run(const QString& command, const QStringList& arguments)
{
    if (command == kText)
        return runText(arguments);
    if (command == kSections)
        return runSections(arguments);
    if (command == kSection)
        return runSection(arguments);
    if (command == kProfile)
        return runProfile(arguments);
    if (command == kActions)
        return runActions(arguments);
    if (command == kAction)
        return runAction(arguments);
    if (command == kPriority)
        return runPriority(arguments);
    if (command == kGlossary)
        return runGlossary(arguments);
    if (command == kTranslation)
        return runTranslation(arguments);
    return runCheck(arguments);
}

bool WritingCommands::printHelp(const QString& command)
{
    QString text;
    if (command == kText) {
        text = tr("Usage: sna text FILE.sna --doc strategy|sna --section ID --lang en|cy\n"
                  "                (--set FILE.html|FILE.md|FILE.txt | --get [--format "
                  "md|html|txt])\n"
                  "Sets a section's text in one language from a file, or prints it. HTML and "
                  "Markdown are cleaned to the document model (headings, paragraphs, bold, italic, "
                  "lists, links, tables; no scripts, images or styles); a file that is not UTF-8 "
                  "is refused with the position of its first bad byte.");
    } else if (command == kSections) {
        text = tr("Usage: sna sections FILE.sna --doc strategy|sna\n"
                  "Prints one line per section, tab-separated: id, title, translation status "
                  "(missing, up-to-date or stale).");
    } else if (command == kSection) {
        text = tr("Usage: sna section FILE.sna --doc strategy|sna --section ID [OPTIONS]\n"
                  "       sna section FILE.sna --doc strategy|sna --add --title-en TITLE "
                  "[--title-cy TITLE] [--after ID] [--level 1|2|3]\n"
                  "Options: --title-en TEXT, --title-cy TEXT, --source-lang en|cy,\n"
                  "  --sensitive yes|no (restricted: never published),\n"
                  "  --not-applicable REASON [--reason-cy REASON] or --applicable,\n"
                  "  --confirm (mark the translation current), --level 1|2|3, --move up|down,\n"
                  "  --add-item KIND:REF, --remove-item KIND:REF (chart, table or figure),\n"
                  "  --merge-into ID, --remove.");
    } else if (command == kProfile) {
        text = tr("Usage: sna profile FILE.sna [--json] [CHANGES]\n"
                  "Shows the partnership profile and timetable; with changes, applies them all "
                  "or none:\n"
                  "  --name NAME, --coordinator NAME, --add-area CODE, --remove-area CODE,\n"
                  "  --add-authority NAME --type TYPE (repeat both in pairs), --remove-authority "
                  "NAME,\n"
                  "  --consulted NAME=YYYY-MM-DD (empty date: not consulted),\n"
                  "  --add-governance NAME, --remove-governance NAME,\n"
                  "  --milestone KIND=YYYY-MM-DD (due date), --milestone-done KIND=YYYY-MM-DD.\n"
                  "Types: %1.\nMilestones: %2.\nThe local definition of serious violence is "
                  "changed with sna definition.")
                   .arg([] {
                       QStringList codes;
                       for (AuthorityKind kind : AuthorityKinds::all())
                           codes << AuthorityKinds::code(kind);
                       return codes.join(QStringLiteral(", "));
                   }())
                   .arg([] {
                       QStringList codes;
                       for (MilestoneKind kind : Timetable::kinds())
                           codes << Timetable::code(kind);
                       return codes.join(QStringLiteral(", "));
                   }());
    } else if (command == kActions) {
        text = tr("Usage: sna actions FILE.sna [--json] [--by priority|sector] [--lang en|cy]\n"
                  "Lists the priorities and actions, one action per line, tab-separated: id, "
                  "title, sector, priority, lead, due date, status, translation status; or the "
                  "plan as printed in the strategy, grouped --by priority or sector.");
    } else if (command == kAction) {
        text = tr("Usage: sna action FILE.sna add [FIELDS]\n"
                  "       sna action FILE.sna set ID [FIELDS] [--confirm]\n"
                  "       sna action FILE.sna remove ID\n"
                  "Fields: --title-en, --title-cy, --description-en, --description-cy, "
                  "--measure-en, --measure-cy, --lead NAME, --partner NAME (repeat; replaces the "
                  "list), --sector SECTOR, --priority N (0: none), --start YYYY-MM-DD, --due "
                  "YYYY-MM-DD, --status STATUS, --source-lang en|cy.\n"
                  "Sectors: %1.\nStatuses: %2.")
                   .arg(ActionVocabulary::sectorCodes().join(QStringLiteral(", ")))
                   .arg([] {
                       QStringList codes;
                       for (ActionStatus status : ActionVocabulary::statuses())
                           codes << ActionVocabulary::statusCode(status);
                       return codes.join(QStringLiteral(", "));
                   }());
    } else if (command == kPriority) {
        text = tr("Usage: sna priority FILE.sna add --title-en TITLE [--title-cy TITLE] "
                  "[--finding SNA-SECTION]\n"
                  "       sna priority FILE.sna set ID [--title-en …] [--title-cy …] [--finding "
                  "…]\n"
                  "       sna priority FILE.sna remove ID\n"
                  "A strategic priority, linked to the SNA section (finding or recommendation) it "
                  "comes from.");
    } else if (command == kGlossary) {
        text = tr("Usage: sna glossary FILE.sna [--add EN=CY [--note TEXT] [--unchecked]] "
                  "[--remove EN]\n"
                  "       sna glossary FILE.sna --check [--doc strategy|sna]\n"
                  "Lists the glossary (bundled terms and the project's own, tab-separated: "
                  "English, Welsh, source, checked), changes the project's terms, or lists the "
                  "sections whose Welsh does not use an agreed term.");
    } else if (command == kTranslation) {
        text = tr("Usage: sna translation export FILE.sna -o PACK.xlf [--doc strategy|sna|all] "
                  "[--no-plan] [--only-needed]\n"
                  "       sna translation import FILE.sna PACK.xlf\n"
                  "Writes the project's texts as an XLIFF 1.2 translation pack for a translator, "
                  "or reads one back: translations of unchanged sources become up to date, those "
                  "of sources changed since the export stay stale.");
    } else if (command == kCheck) {
        text = tr("Usage: sna check FILE.sna [--json] [--date YYYY-MM-DD]\n"
                  "Runs the compliance checklist and prints each item with pass, fail or n/a and "
                  "the reason. Exits with status 1 when a required item fails. --date checks as "
                  "of another day. --json prints {\"items\": [{\"id\", \"title\", \"status\", "
                  "\"required\", \"reason\"}]}.");
    } else {
        return false;
    }
    m_out << text << Qt::endl;
    return true;
}

namespace {
// Opens a project and reads everything written in it.
Result<Opened> openContent(const QString& path)
{
    auto project = Project::open(path);
    if (!project)
        return project.error();
    auto content = ProjectContent::load(*project.value());
    if (!content)
        return content.error();
    return Opened{std::move(project.value()), content.value()};
}
} // namespace

int WritingCommands::runText(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = valueOption("doc", tr("Document: strategy or sna."), "DOC");
    const QCommandLineOption section = valueOption("section", tr("Section id."), "ID");
    const QCommandLineOption lang = valueOption("lang", tr("Language of the text."), "en|cy");
    const QCommandLineOption set = valueOption("set", tr("File with the new text."), "FILE");
    const QCommandLineOption get(QStringLiteral("get"), tr("Print the text."));
    const QCommandLineOption format = valueOption("format", tr("Format for --get."), "md|html|txt");
    parser.addOptions({help, doc, section, lang, set, get, format});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kText, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kText);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kText,
                                       tr("give one project file: sna text FILE.sna --doc strategy "
                                          "--section ID --lang en --get"));
    for (const QCommandLineOption* required : {&doc, &section, &lang}) {
        if (!parser.isSet(*required))
            return CommandLine::usageError(m_err, kText,
                                           tr("--%1 is required.").arg(required->names().first()));
    }
    if (parser.isSet(set) == parser.isSet(get))
        return CommandLine::usageError(m_err, kText, tr("give either --set FILE or --get."));
    const auto kind = documentOption(kText, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    const auto language = langOption(kText, QStringLiteral("--lang"), parser.value(lang));
    if (!language)
        return CommandLine::UsageError;
    std::optional<RichText::Format> inputFormat;
    if (parser.isSet(set)) {
        inputFormat = RichText::formatForPath(parser.value(set));
        if (!inputFormat)
            return CommandLine::usageError(
                m_err, kText,
                tr("the file to set must end in .html, .md or .txt: “%1”.").arg(parser.value(set)));
    }
    const QString outputFormat =
        parser.value(format).isEmpty() ? QStringLiteral("md") : parser.value(format);
    if (!QStringList{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("txt")}.contains(
            outputFormat))
        return CommandLine::usageError(
            m_err, kText, tr("--format must be md, html or txt, not “%1”.").arg(outputFormat));

    auto opened = openContent(parser.positionalArguments().constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    auto& [project, content] = opened.value();
    Document& document = content.document(*kind);
    const QString id = parser.value(section);
    const Section* target = document.section(id);
    if (!target)
        return CommandLine::failure(m_err, tr("The %1 has no section “%2”. Its sections are: %3.")
                                               .arg(documentId(*kind), id, sectionIds(document)));

    if (parser.isSet(get)) {
        const QString markdown = target->body.in(*language);
        if (outputFormat == QLatin1String("html"))
            m_out << RichText::toHtml(markdown);
        else if (outputFormat == QLatin1String("txt"))
            m_out << RichText::toPlainText(markdown) << Qt::endl;
        else
            m_out << markdown << Qt::endl;
        m_out.flush();
        return CommandLine::Success;
    }

    const QString file = parser.value(set);
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return CommandLine::failure(
            m_err,
            tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(file), input.errorString()));
    auto text =
        Utf8::decode(input.readAll(), QStringLiteral("“%1”").arg(QDir::toNativeSeparators(file)));
    if (!text)
        return CommandLine::failure(m_err, text.error().fullText());
    const QString markdown = RichText::clean(text.value(), *inputFormat);
    document.setBody(id, *language, markdown);
    if (auto saved = content.save(*project); !saved)
        return CommandLine::failure(m_err, saved.error().fullText());
    const Section* updated = content.document(*kind).section(id);
    m_out << (*language == Lang::Cy ? tr("Set the Welsh text of “%1”. Translation status: %2.")
                                    : tr("Set the English text of “%1”. Translation status: %2."))
                 .arg(id, statusOf(*updated))
          << Qt::endl;
    return CommandLine::Success;
}

int WritingCommands::runSections(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = valueOption("doc", tr("Document: strategy or sna."), "DOC");
    parser.addOptions({help, doc});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kSections, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kSections);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(
            m_err, kSections, tr("give one project file: sna sections FILE.sna --doc strategy"));
    if (!parser.isSet(doc))
        return CommandLine::usageError(m_err, kSections,
                                       tr("--doc is required (strategy or sna)."));
    const auto kind = documentOption(kSections, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    auto opened = openContent(parser.positionalArguments().constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    for (const Section& section : opened.value().second.document(*kind).sections())
        m_out << section.id << '\t' << inUi(section.title) << '\t' << statusOf(section) << '\n';
    m_out.flush();
    return CommandLine::Success;
}

void WritingCommands::printSection(const Document& document, const Section& section)
{
    m_out << tr("Section %1 “%2” (%3)")
                 .arg(document.number(section.id), inUi(section.title), section.id)
          << Qt::endl;
    m_out << tr("  Source language: %1").arg(langCode(section.sourceLanguage)) << Qt::endl;
    m_out << tr("  Translation: %1").arg(statusOf(section)) << Qt::endl;
    if (section.sensitive)
        m_out << tr("  Restricted: never published") << Qt::endl;
    if (section.notApplicable)
        m_out << tr("  Not applicable: %1")
                     .arg(section.notApplicableReason.in(section.sourceLanguage))
              << Qt::endl;
    if (!section.guidanceRef.isEmpty())
        m_out << tr("  Statutory guidance, para %1").arg(section.guidanceRef) << Qt::endl;
    for (const EmbeddedItem& item : section.items)
        m_out << tr("  Item: %1:%2").arg(item.kind, item.reference) << Qt::endl;
}

int WritingCommands::runSection(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = valueOption("doc", tr("Document: strategy or sna."), "DOC");
    const QCommandLineOption section = valueOption("section", tr("Section id."), "ID");
    const QCommandLineOption add(QStringLiteral("add"), tr("Add a section."));
    const QCommandLineOption after = valueOption("after", tr("Add after this section."), "ID");
    const QCommandLineOption titleEn = valueOption("title-en", tr("English title."), "TEXT");
    const QCommandLineOption titleCy = valueOption("title-cy", tr("Welsh title."), "TEXT");
    const QCommandLineOption sourceLang =
        valueOption("source-lang", tr("Language written first."), "en|cy");
    const QCommandLineOption sensitive =
        valueOption("sensitive", tr("Restricted: never published."), "yes|no");
    const QCommandLineOption notApplicable =
        valueOption("not-applicable", tr("Mark not applicable, with the reason."), "REASON");
    const QCommandLineOption reasonCy =
        valueOption("reason-cy", tr("The reason in Welsh."), "REASON");
    const QCommandLineOption applicable(QStringLiteral("applicable"), tr("Mark applicable again."));
    const QCommandLineOption confirm(QStringLiteral("confirm"),
                                     tr("Mark the translation current."));
    const QCommandLineOption level = valueOption("level", tr("Outline level."), "1|2|3");
    const QCommandLineOption move = valueOption("move", tr("Move among its siblings."), "up|down");
    const QCommandLineOption addItem = valueOption("add-item", tr("Embed an item."), "KIND:REF");
    const QCommandLineOption removeItem =
        valueOption("remove-item", tr("Remove an embedded item."), "KIND:REF");
    const QCommandLineOption mergeInto =
        valueOption("merge-into", tr("Merge this section into another."), "ID");
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Remove the section."));
    parser.addOptions({help, doc, section, add, after, titleEn, titleCy, sourceLang, sensitive,
                       notApplicable, reasonCy, applicable, confirm, level, move, addItem,
                       removeItem, mergeInto, remove});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kSection, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kSection);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kSection,
                                       tr("give one project file: sna section FILE.sna --doc "
                                          "strategy --section ID …"));
    if (!parser.isSet(doc))
        return CommandLine::usageError(m_err, kSection, tr("--doc is required (strategy or sna)."));
    const auto kind = documentOption(kSection, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    if (parser.isSet(add) == parser.isSet(section))
        return CommandLine::usageError(m_err, kSection, tr("give either --section ID or --add."));
    if (parser.isSet(notApplicable) && parser.isSet(applicable))
        return CommandLine::usageError(
            m_err, kSection, tr("--not-applicable and --applicable contradict each other."));
    std::optional<Lang> source;
    if (parser.isSet(sourceLang)) {
        source = langOption(kSection, QStringLiteral("--source-lang"), parser.value(sourceLang));
        if (!source)
            return CommandLine::UsageError;
    }
    std::optional<bool> restricted;
    if (parser.isSet(sensitive)) {
        const QString value = parser.value(sensitive);
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return CommandLine::usageError(
                m_err, kSection, tr("--sensitive must be yes or no, not “%1”.").arg(value));
        restricted = value == QLatin1String("yes");
    }
    int newLevel = 0;
    if (parser.isSet(level)) {
        bool ok = false;
        newLevel = parser.value(level).toInt(&ok);
        if (!ok || newLevel < 1 || newLevel > Section::kMaxLevel)
            return CommandLine::usageError(
                m_err, kSection,
                tr("--level must be 1, 2 or 3, not “%1”.").arg(parser.value(level)));
    }
    auto parseItem = [&](const QString& value) -> std::optional<EmbeddedItem> {
        const EmbeddedItem item{value.section(QLatin1Char(':'), 0, 0),
                                value.section(QLatin1Char(':'), 1)};
        if (!EmbeddedItems::isKnown(item)) {
            QStringList known;
            for (const EmbeddedItem& available : EmbeddedItems::available())
                known << available.kind + QLatin1Char(':') + available.reference;
            CommandLine::usageError(m_err, kSection,
                                    tr("“%1” is not an item that can be embedded; use one of: %2.")
                                        .arg(value, known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return item;
    };

    auto opened = openContent(parser.positionalArguments().constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    auto& [project, content] = opened.value();
    Document& document = content.document(*kind);

    QString id = parser.value(section);
    if (parser.isSet(add)) {
        if (!parser.isSet(titleEn) && !parser.isSet(titleCy))
            return CommandLine::usageError(m_err, kSection,
                                           tr("a new section needs --title-en or --title-cy."));
        if (parser.isSet(after) && !document.section(parser.value(after)))
            return CommandLine::failure(
                m_err, tr("The %1 has no section “%2”. Its sections are: %3.")
                           .arg(documentId(*kind), parser.value(after), sectionIds(document)));
        id = document.insertSection(parser.value(after),
                                    BilingualText{parser.value(titleEn), parser.value(titleCy)},
                                    newLevel > 0 ? newLevel : 1);
    } else if (!document.section(id)) {
        return CommandLine::failure(m_err, tr("The %1 has no section “%2”. Its sections are: %3.")
                                               .arg(documentId(*kind), id, sectionIds(document)));
    }

    if (!parser.isSet(add)) {
        if (parser.isSet(titleEn))
            document.setTitle(id, Lang::En, parser.value(titleEn));
        if (parser.isSet(titleCy))
            document.setTitle(id, Lang::Cy, parser.value(titleCy));
        if (newLevel > 0) {
            document.setLevel(id, newLevel);
            if (document.section(id)->level != newLevel)
                return CommandLine::failure(
                    m_err, tr("Section “%1” cannot be at level %2 here: a section can be at "
                              "most one level below the one before it.")
                               .arg(id)
                               .arg(newLevel));
        }
    }
    if (source)
        document.setSourceLanguage(id, *source);
    if (restricted)
        document.setSensitive(id, *restricted);
    if (parser.isSet(notApplicable)) {
        const Lang from = document.section(id)->sourceLanguage;
        document.setNotApplicable(id, true);
        document.setNotApplicableReason(id, from, parser.value(notApplicable).simplified());
        if (parser.isSet(reasonCy))
            document.setNotApplicableReason(id, Lang::Cy, parser.value(reasonCy).simplified());
        if (document.section(id)->notApplicableReason.in(from).isEmpty())
            return CommandLine::usageError(m_err, kSection, tr("--not-applicable needs a reason."));
    } else if (parser.isSet(reasonCy)) {
        document.setNotApplicableReason(id, Lang::Cy, parser.value(reasonCy).simplified());
    }
    if (parser.isSet(applicable))
        document.setNotApplicable(id, false);
    if (parser.isSet(confirm)) {
        if (document.section(id)->translationStatus() != TranslationStatus::Stale)
            return CommandLine::failure(
                m_err, tr("The translation of “%1” is not out of date; there is nothing to "
                          "confirm (status: %2).")
                           .arg(id, statusOf(*document.section(id))));
        document.confirmTranslation(id);
    }
    QList<EmbeddedItem> items = document.section(id)->items;
    for (const QString& value : parser.values(addItem)) {
        const auto item = parseItem(value);
        if (!item)
            return CommandLine::UsageError;
        if (!items.contains(*item))
            items.append(*item);
    }
    for (const QString& value : parser.values(removeItem)) {
        const auto item = parseItem(value);
        if (!item)
            return CommandLine::UsageError;
        items.removeAll(*item);
    }
    document.setItems(id, items);
    if (parser.isSet(move)) {
        const QString direction = parser.value(move);
        if (direction != QLatin1String("up") && direction != QLatin1String("down"))
            return CommandLine::usageError(
                m_err, kSection, tr("--move must be up or down, not “%1”.").arg(direction));
        if (!document.moveSection(id, direction == QLatin1String("up") ? -1 : +1))
            return CommandLine::failure(
                m_err, tr("Section “%1” cannot move %2: it is already at the end of its "
                          "level.")
                           .arg(id, direction));
    }
    if (parser.isSet(mergeInto)) {
        const QString target = parser.value(mergeInto);
        if (!document.section(target) || target == id)
            return CommandLine::failure(
                m_err, tr("Cannot merge “%1” into “%2”: choose another section of the %3.")
                           .arg(id, target, documentId(*kind)));
        document.mergeSection(id, target);
        id = target;
    }
    if (parser.isSet(remove)) {
        document.removeSection(id);
        if (auto saved = content.save(*project); !saved)
            return CommandLine::failure(m_err, saved.error().fullText());
        m_out << tr("Removed section “%1”.").arg(id) << Qt::endl;
        return CommandLine::Success;
    }
    if (auto saved = content.save(*project); !saved)
        return CommandLine::failure(m_err, saved.error().fullText());
    printSection(content.document(*kind), *content.document(*kind).section(id));
    return CommandLine::Success;
}

int WritingCommands::runProfile(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption name = valueOption("name", tr("Name of the partnership."), "NAME");
    const QCommandLineOption coordinator =
        valueOption("coordinator", tr("Named coordinator."), "NAME");
    const QCommandLineOption addArea = valueOption("add-area", tr("Add an area."), "CODE");
    const QCommandLineOption removeArea = valueOption("remove-area", tr("Remove an area."), "CODE");
    const QCommandLineOption addAuthority =
        valueOption("add-authority", tr("Add an authority or partner."), "NAME");
    const QCommandLineOption type = valueOption("type", tr("Type of the authority."), "TYPE");
    const QCommandLineOption removeAuthority =
        valueOption("remove-authority", tr("Remove an authority."), "NAME");
    const QCommandLineOption consulted =
        valueOption("consulted", tr("When an authority was consulted."), "NAME=DATE");
    const QCommandLineOption addGovernance =
        valueOption("add-governance", tr("Add a governance body."), "NAME");
    const QCommandLineOption removeGovernance =
        valueOption("remove-governance", tr("Remove a governance body."), "NAME");
    const QCommandLineOption milestone =
        valueOption("milestone", tr("Due date of a milestone."), "KIND=DATE");
    const QCommandLineOption milestoneDone =
        valueOption("milestone-done", tr("Date a milestone was done."), "KIND=DATE");
    parser.addOptions({help, json, name, coordinator, addArea, removeArea, addAuthority, type,
                       removeAuthority, consulted, addGovernance, removeGovernance, milestone,
                       milestoneDone});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kProfile, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kProfile);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kProfile,
                                       tr("give one project file: sna profile FILE.sna"));
    if (parser.values(addAuthority).size() != parser.values(type).size())
        return CommandLine::usageError(m_err, kProfile,
                                       tr("give one --type for each --add-authority."));

    auto opened = openContent(parser.positionalArguments().constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    auto& [project, content] = opened.value();
    PartnershipProfile& profile = content.profile;
    const PartnershipProfile before = profile;

    if (parser.isSet(name))
        profile.name = parser.value(name).trimmed();
    if (parser.isSet(coordinator))
        profile.coordinator = parser.value(coordinator).trimmed();
    for (const QString& code : parser.values(addArea)) {
        const QString upper = code.trimmed().toUpper();
        if (auto valid = PartnershipProfile::validateAreaCode(upper); !valid)
            return CommandLine::failure(m_err, valid.error().message);
        QString areaName;
        if (const auto entry = AreaCatalogue::instance().find(upper))
            areaName = entry->name;
        profile.areas.append(Area{upper, areaName});
    }
    for (const QString& code : parser.values(removeArea)) {
        const qsizetype removed = profile.areas.removeIf([&](const Area& area) {
            return area.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (removed == 0)
            return CommandLine::failure(
                m_err, tr("The partnership does not cover the area “%1”.").arg(code));
    }
    const QStringList authorities = parser.values(addAuthority);
    const QStringList types = parser.values(type);
    for (qsizetype i = 0; i < authorities.size(); ++i) {
        const auto kind = AuthorityKinds::fromCode(types[i]);
        if (!kind) {
            QStringList codes;
            for (AuthorityKind k : AuthorityKinds::all())
                codes << AuthorityKinds::code(k);
            return CommandLine::usageError(m_err, kProfile,
                                           tr("“%1” is not a type of authority; use one of: %2.")
                                               .arg(types[i], codes.join(QStringLiteral(", "))));
        }
        profile.authorities.append(Authority{authorities[i].trimmed(), *kind});
    }
    for (const QString& authority : parser.values(removeAuthority)) {
        const qsizetype removed = profile.authorities.removeIf([&](const Authority& a) {
            return a.name.compare(authority.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (removed == 0)
            return CommandLine::failure(
                m_err, tr("There is no authority “%1” in the profile.").arg(authority));
    }
    for (const QString& value : parser.values(consulted)) {
        const QString who = value.section(QLatin1Char('='), 0, 0).trimmed();
        const auto date = dateOption(kProfile, QStringLiteral("--consulted"),
                                     value.section(QLatin1Char('='), 1).trimmed(), true);
        if (!date)
            return CommandLine::UsageError;
        bool found = false;
        for (Authority& authority : profile.authorities) {
            if (authority.name.compare(who, Qt::CaseInsensitive) == 0) {
                authority.consultedOn = *date;
                found = true;
            }
        }
        if (!found)
            return CommandLine::failure(m_err,
                                        tr("There is no authority “%1” in the profile.").arg(who));
    }
    for (const QString& body : parser.values(addGovernance))
        profile.governanceBodies.append(body.trimmed());
    for (const QString& body : parser.values(removeGovernance)) {
        if (profile.governanceBodies.removeAll(body.trimmed()) == 0)
            return CommandLine::failure(
                m_err, tr("There is no governance body “%1” in the profile.").arg(body));
    }
    auto milestoneValue =
        [&](const QString& option,
            const QString& value) -> std::optional<std::pair<MilestoneKind, QDate>> {
        const QString code = value.section(QLatin1Char('='), 0, 0).trimmed();
        const auto kind = Timetable::fromCode(code);
        if (!kind) {
            QStringList codes;
            for (MilestoneKind k : Timetable::kinds())
                codes << Timetable::code(k);
            CommandLine::usageError(m_err, kProfile,
                                    tr("“%1” is not a milestone; use one of: %2.")
                                        .arg(code, codes.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        const auto date =
            dateOption(kProfile, option, value.section(QLatin1Char('='), 1).trimmed(), true);
        if (!date)
            return std::nullopt;
        return std::pair{*kind, *date};
    };
    for (const QString& value : parser.values(milestone)) {
        const auto parsed = milestoneValue(QStringLiteral("--milestone"), value);
        if (!parsed)
            return CommandLine::UsageError;
        Milestone m = profile.milestone(parsed->first) ? *profile.milestone(parsed->first)
                                                       : Milestone{parsed->first, {}, {}};
        m.due = parsed->second;
        profile.setMilestone(m);
    }
    for (const QString& value : parser.values(milestoneDone)) {
        const auto parsed = milestoneValue(QStringLiteral("--milestone-done"), value);
        if (!parsed)
            return CommandLine::UsageError;
        Milestone m = profile.milestone(parsed->first) ? *profile.milestone(parsed->first)
                                                       : Milestone{parsed->first, {}, {}};
        m.done = parsed->second;
        profile.setMilestone(m);
    }

    if (!(profile == before)) {
        if (auto valid = profile.validate(); !valid)
            return CommandLine::failure(m_err, valid.error().fullText());
        if (auto saved = content.save(*project); !saved)
            return CommandLine::failure(m_err, saved.error().fullText());
    }

    const QDate today = QDate::currentDate();
    const QList<Timetable::Entry> entries = Timetable::entries(profile, today);
    const auto next = Timetable::nextDue(profile, today);
    if (parser.isSet(json)) {
        QJsonArray areas;
        for (const Area& area : profile.areas)
            areas.append(QJsonObject{{QStringLiteral("code"), area.code},
                                     {QStringLiteral("name"), area.name},
                                     {QStringLiteral("wales"), area.isInWales()}});
        QJsonArray bodies;
        for (const Authority& authority : profile.authorities)
            bodies.append(QJsonObject{
                {QStringLiteral("name"), authority.name},
                {QStringLiteral("type"), AuthorityKinds::code(authority.kind)},
                {QStringLiteral("specified"), AuthorityKinds::isSpecified(authority.kind)},
                {QStringLiteral("consulted_on"), dateText(authority.consultedOn)}});
        QJsonArray milestones;
        for (const Timetable::Entry& entry : entries)
            milestones.append(
                QJsonObject{{QStringLiteral("kind"), Timetable::code(entry.kind)},
                            {QStringLiteral("due"), dateText(entry.due)},
                            {QStringLiteral("done"), dateText(entry.done)},
                            {QStringLiteral("latest"), dateText(entry.latest)},
                            {QStringLiteral("state"), Timetable::stateCode(entry.state)}});
        QJsonObject object{
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("coordinator"), profile.coordinator},
            {QStringLiteral("areas"), areas},
            {QStringLiteral("authorities"), bodies},
            {QStringLiteral("governance_bodies"),
             QJsonArray::fromStringList(profile.governanceBodies)},
            {QStringLiteral("milestones"), milestones},
            {QStringLiteral("next_due"),
             next ? QJsonValue(QJsonObject{{QStringLiteral("kind"), Timetable::code(next->kind)},
                                           {QStringLiteral("due"), dateText(next->due)}})
                  : QJsonValue()}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CommandLine::Success;
    }
    const Lang ui = UiLanguage::instance().current();
    m_out << tr("Name: %1").arg(profile.name) << Qt::endl;
    m_out << tr("Coordinator: %1").arg(profile.coordinator) << Qt::endl;
    QStringList areaNames;
    for (const Area& area : profile.areas) {
        const auto entry = AreaCatalogue::instance().find(area.code);
        areaNames << QStringLiteral("%1 %2").arg(area.code, entry ? entry->nameIn(ui) : area.name);
    }
    m_out << tr("Areas: %1").arg(areaNames.join(QStringLiteral("; "))) << Qt::endl;
    m_out << tr("Authorities and partners:") << Qt::endl;
    for (const Authority& authority : profile.authorities) {
        m_out << QStringLiteral("  %1\t%2\t%3\t%4")
                     .arg(authority.name, AuthorityKinds::code(authority.kind),
                          AuthorityKinds::isSpecified(authority.kind) ? tr("specified authority")
                                                                      : tr("partner"),
                          authority.consultedOn.isValid()
                              ? tr("consulted %1").arg(dateText(authority.consultedOn))
                              : QString())
              << Qt::endl;
    }
    m_out << tr("Governance bodies: %1").arg(profile.governanceBodies.join(QStringLiteral("; ")))
          << Qt::endl;
    m_out << tr("Milestones:") << Qt::endl;
    for (const Timetable::Entry& entry : entries) {
        m_out << QStringLiteral("  %1\t%2\t%3\t%4")
                     .arg(Timetable::code(entry.kind),
                          entry.due.isValid() ? tr("due %1").arg(dateText(entry.due)) : QString(),
                          entry.done.isValid() ? tr("done %1").arg(dateText(entry.done))
                                               : QString(),
                          Timetable::stateCode(entry.state))
              << Qt::endl;
    }
    if (next)
        m_out << tr("Next due: %1 on %2").arg(Timetable::label(next->kind), dateText(next->due))
              << Qt::endl;
    return CommandLine::Success;
}

int WritingCommands::runActions(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption by = valueOption("by", tr("Group as printed."), "priority|sector");
    const QCommandLineOption lang =
        valueOption("lang", tr("Language of the grouped plan."), "en|cy");
    parser.addOptions({help, json, by, lang});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kActions, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kActions);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kActions,
                                       tr("give one project file: sna actions FILE.sna"));
    const QString grouping = parser.value(by);
    if (parser.isSet(by) && grouping != QLatin1String("priority") &&
        grouping != QLatin1String("sector"))
        return CommandLine::usageError(
            m_err, kActions, tr("--by must be priority or sector, not “%1”.").arg(grouping));
    Lang language = UiLanguage::instance().current();
    if (parser.isSet(lang)) {
        const auto parsed = langOption(kActions, QStringLiteral("--lang"), parser.value(lang));
        if (!parsed)
            return CommandLine::UsageError;
        language = *parsed;
    }
    auto opened = openContent(parser.positionalArguments().constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    const ActionPlan& plan = opened.value().second.plan;

    if (parser.isSet(json)) {
        QJsonArray priorities;
        for (const Priority& priority : plan.priorities())
            priorities.append(QJsonObject{{QStringLiteral("id"), priority.id},
                                          {QStringLiteral("title_en"), priority.title.en},
                                          {QStringLiteral("title_cy"), priority.title.cy},
                                          {QStringLiteral("finding"), priority.finding}});
        QJsonArray actions;
        for (const Action& action : plan.actions())
            actions.append(QJsonObject{
                {QStringLiteral("id"), action.id},
                {QStringLiteral("title_en"), action.title.en},
                {QStringLiteral("title_cy"), action.title.cy},
                {QStringLiteral("description_en"), action.description.en},
                {QStringLiteral("description_cy"), action.description.cy},
                {QStringLiteral("measure_en"), action.measure.en},
                {QStringLiteral("measure_cy"), action.measure.cy},
                {QStringLiteral("lead"), action.lead},
                {QStringLiteral("partners"), QJsonArray::fromStringList(action.partners)},
                {QStringLiteral("sector"), action.sector},
                {QStringLiteral("priority"), action.priorityId},
                {QStringLiteral("start"), dateText(action.start)},
                {QStringLiteral("due"), dateText(action.due)},
                {QStringLiteral("status"), ActionVocabulary::statusCode(action.status)},
                {QStringLiteral("translation"),
                 translationStatusCode(action.translationStatus())}});
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("priorities"), priorities},
                                      {QStringLiteral("actions"), actions}})
                .toJson(QJsonDocument::Indented));
        m_out.flush();
        return CommandLine::Success;
    }
    if (parser.isSet(by)) {
        const QList<ActionGroup> groups = grouping == QLatin1String("sector")
                                              ? ActionPlanReport::bySector(plan)
                                              : ActionPlanReport::byPriority(plan);
        for (const ActionGroup& group : groups) {
            m_out << group.heading.in(language) << Qt::endl;
            for (const Action& action : group.actions) {
                const QString title = action.title.in(language).isEmpty()
                                          ? action.title.in(otherLang(language))
                                          : action.title.in(language);
                m_out << QStringLiteral("  %1\t%2").arg(action.id).arg(title) << Qt::endl;
            }
        }
        return CommandLine::Success;
    }
    for (const Priority& priority : plan.priorities())
        m_out
            << tr("Priority %1: %2").arg(plan.priorityNumber(priority.id)).arg(inUi(priority.title))
            << Qt::endl;
    for (const Action& action : plan.actions()) {
        m_out << QStringList{QString::number(action.id),
                             inUi(action.title),
                             action.sector,
                             QString::number(plan.priorityNumber(action.priorityId)),
                             action.lead,
                             dateText(action.due),
                             ActionVocabulary::statusCode(action.status),
                             translationStatusCode(action.translationStatus())}
                     .join(QLatin1Char('\t'))
              << '\n';
    }
    m_out.flush();
    return CommandLine::Success;
}

int WritingCommands::runAction(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption titleEn = valueOption("title-en", tr("English title."), "TEXT");
    const QCommandLineOption titleCy = valueOption("title-cy", tr("Welsh title."), "TEXT");
    const QCommandLineOption descriptionEn =
        valueOption("description-en", tr("English description."), "TEXT");
    const QCommandLineOption descriptionCy =
        valueOption("description-cy", tr("Welsh description."), "TEXT");
    const QCommandLineOption measureEn =
        valueOption("measure-en", tr("English success measure."), "TEXT");
    const QCommandLineOption measureCy =
        valueOption("measure-cy", tr("Welsh success measure."), "TEXT");
    const QCommandLineOption lead = valueOption("lead", tr("Lead authority."), "NAME");
    const QCommandLineOption partner = valueOption("partner", tr("Supporting partner."), "NAME");
    const QCommandLineOption sector = valueOption("sector", tr("Sector."), "SECTOR");
    const QCommandLineOption priority = valueOption("priority", tr("Priority number."), "N");
    const QCommandLineOption start = valueOption("start", tr("Start date."), "DATE");
    const QCommandLineOption due = valueOption("due", tr("Due date."), "DATE");
    const QCommandLineOption status = valueOption("status", tr("Status."), "STATUS");
    const QCommandLineOption sourceLang =
        valueOption("source-lang", tr("Language written first."), "en|cy");
    const QCommandLineOption confirm(QStringLiteral("confirm"),
                                     tr("Mark the translation current."));
    parser.addOptions({help, titleEn, titleCy, descriptionEn, descriptionCy, measureEn, measureCy,
                       lead, partner, sector, priority, start, due, status, sourceLang, confirm});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kAction, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kAction);
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(1);
    const bool needsId = verb == QLatin1String("set") || verb == QLatin1String("remove");
    if (positional.size() < 2 ||
        !QStringList{QStringLiteral("add"), QStringLiteral("set"), QStringLiteral("remove")}
             .contains(verb) ||
        positional.size() != (needsId ? 3 : 2))
        return CommandLine::usageError(
            m_err, kAction, tr("use: sna action FILE.sna add|set ID|remove ID [FIELDS]"));

    auto opened = openContent(positional.constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    auto& [project, content] = opened.value();
    ActionPlan& plan = content.plan;

    int id = 0;
    if (needsId) {
        bool ok = false;
        id = positional[2].toInt(&ok);
        if (!ok || !plan.action(id))
            return CommandLine::failure(
                m_err, tr("There is no action “%1” in the plan.").arg(positional[2]));
    }
    if (verb == QLatin1String("remove")) {
        plan.removeAction(id);
        if (auto saved = content.save(*project); !saved)
            return CommandLine::failure(m_err, saved.error().fullText());
        m_out << tr("Removed action %1.").arg(id) << Qt::endl;
        return CommandLine::Success;
    }

    Action action = verb == QLatin1String("add") ? Action{} : *plan.action(id);
    if (parser.isSet(lead))
        action.lead = parser.value(lead).trimmed();
    if (parser.isSet(partner)) {
        action.partners.clear();
        for (const QString& name : parser.values(partner))
            if (!name.trimmed().isEmpty())
                action.partners << name.trimmed();
    }
    if (parser.isSet(sector))
        action.sector = parser.value(sector).trimmed();
    if (parser.isSet(priority)) {
        bool ok = false;
        const int number = parser.value(priority).toInt(&ok);
        if (!ok || number < 0 || number > plan.priorities().size())
            return CommandLine::failure(m_err, tr("There is no priority %1; the plan has %2.")
                                                   .arg(parser.value(priority))
                                                   .arg(plan.priorities().size()));
        action.priorityId = number == 0 ? 0 : plan.priorities()[number - 1].id;
    }
    for (const auto& [option, target] :
         {std::pair{&start, &action.start}, std::pair{&due, &action.due}}) {
        if (!parser.isSet(*option))
            continue;
        const auto date = dateOption(kAction, QStringLiteral("--") + option->names().first(),
                                     parser.value(*option), true);
        if (!date)
            return CommandLine::UsageError;
        *target = *date;
    }
    if (parser.isSet(status)) {
        const auto parsed = ActionVocabulary::statusFromCode(parser.value(status));
        if (!parsed) {
            QStringList codes;
            for (ActionStatus s : ActionVocabulary::statuses())
                codes << ActionVocabulary::statusCode(s);
            return CommandLine::usageError(
                m_err, kAction,
                tr("“%1” is not a status; use one of: %2.")
                    .arg(parser.value(status), codes.join(QStringLiteral(", "))));
        }
        action.status = *parsed;
    }
    if (parser.isSet(sourceLang)) {
        const auto parsed =
            langOption(kAction, QStringLiteral("--source-lang"), parser.value(sourceLang));
        if (!parsed)
            return CommandLine::UsageError;
        action.sourceLanguage = *parsed;
    }
    const std::pair<const QCommandLineOption*, std::pair<Action::Field, Lang>> texts[] = {
        {&titleEn, {Action::Field::Title, Lang::En}},
        {&titleCy, {Action::Field::Title, Lang::Cy}},
        {&descriptionEn, {Action::Field::Description, Lang::En}},
        {&descriptionCy, {Action::Field::Description, Lang::Cy}},
        {&measureEn, {Action::Field::Measure, Lang::En}},
        {&measureCy, {Action::Field::Measure, Lang::Cy}}};
    if (verb == QLatin1String("add")) {
        for (const auto& [option, field] : texts) {
            if (parser.isSet(*option))
                action.text(field.first).in(field.second) = parser.value(*option).trimmed();
        }
    }
    if (auto valid = plan.validateAction(action); !valid)
        return CommandLine::failure(m_err, valid.error().message);
    if (verb == QLatin1String("add")) {
        id = plan.addAction(action);
    } else {
        plan.updateAction(action);
        // Source texts first, so that a translation given in the same command is current.
        for (Lang lang : {action.sourceLanguage, otherLang(action.sourceLanguage)}) {
            for (const auto& [option, field] : texts) {
                if (field.second == lang && parser.isSet(*option))
                    plan.setText(id, field.first, lang, parser.value(*option).trimmed());
            }
        }
        if (plan.action(id)->title.en.isEmpty() && plan.action(id)->title.cy.isEmpty())
            return CommandLine::failure(m_err, tr("Every action needs a title."));
    }
    if (parser.isSet(confirm))
        plan.confirmTranslation(id);
    if (auto saved = content.save(*project); !saved)
        return CommandLine::failure(m_err, saved.error().fullText());
    const Action* stored = content.plan.action(id);
    m_out << (verb == QLatin1String("add") ? tr("Added action %1: %2. Translation: %3.")
                                           : tr("Changed action %1: %2. Translation: %3."))
                 .arg(id)
                 .arg(inUi(stored->title), translationStatusCode(stored->translationStatus()))
          << Qt::endl;
    return CommandLine::Success;
}

int WritingCommands::runPriority(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption titleEn = valueOption("title-en", tr("English title."), "TEXT");
    const QCommandLineOption titleCy = valueOption("title-cy", tr("Welsh title."), "TEXT");
    const QCommandLineOption finding =
        valueOption("finding", tr("SNA section it comes from."), "ID");
    parser.addOptions({help, titleEn, titleCy, finding});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kPriority, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kPriority);
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(1);
    const bool needsId = verb == QLatin1String("set") || verb == QLatin1String("remove");
    if (positional.size() < 2 ||
        !QStringList{QStringLiteral("add"), QStringLiteral("set"), QStringLiteral("remove")}
             .contains(verb) ||
        positional.size() != (needsId ? 3 : 2))
        return CommandLine::usageError(
            m_err, kPriority, tr("use: sna priority FILE.sna add|set ID|remove ID [FIELDS]"));
    auto opened = openContent(positional.constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    auto& [project, content] = opened.value();
    ActionPlan& plan = content.plan;
    int id = 0;
    if (needsId) {
        bool ok = false;
        id = positional[2].toInt(&ok);
        if (!ok || !plan.priority(id))
            return CommandLine::failure(
                m_err, tr("There is no priority “%1” in the plan.").arg(positional[2]));
    }
    if (parser.isSet(finding) && !parser.value(finding).isEmpty() &&
        !content.sna.section(parser.value(finding)))
        return CommandLine::failure(m_err,
                                    tr("The SNA has no section “%1”. Its sections are: %2.")
                                        .arg(parser.value(finding), sectionIds(content.sna)));
    if (verb == QLatin1String("remove")) {
        plan.removePriority(id);
    } else {
        Priority priority = verb == QLatin1String("add") ? Priority{} : *plan.priority(id);
        if (parser.isSet(titleEn))
            priority.title.en = parser.value(titleEn).simplified();
        if (parser.isSet(titleCy))
            priority.title.cy = parser.value(titleCy).simplified();
        if (parser.isSet(finding))
            priority.finding = parser.value(finding);
        if (priority.title.en.isEmpty() && priority.title.cy.isEmpty())
            return CommandLine::usageError(m_err, kPriority,
                                           tr("a priority needs --title-en or --title-cy."));
        if (verb == QLatin1String("add"))
            id = plan.addPriority(priority);
        else
            plan.updatePriority(priority);
    }
    if (auto saved = content.save(*project); !saved)
        return CommandLine::failure(m_err, saved.error().fullText());
    if (verb == QLatin1String("remove"))
        m_out << tr("Removed priority %1.").arg(id) << Qt::endl;
    else
        m_out << tr("Priority %1: %2")
                     .arg(content.plan.priorityNumber(id))
                     .arg(inUi(content.plan.priority(id)->title))
              << Qt::endl;
    return CommandLine::Success;
}

int WritingCommands::runGlossary(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption add = valueOption("add", tr("Add or override a term."), "EN=CY");
    const QCommandLineOption note = valueOption("note", tr("Note on the term."), "TEXT");
    const QCommandLineOption unchecked(QStringLiteral("unchecked"),
                                       tr("Offer the term without checking texts for it."));
    const QCommandLineOption remove = valueOption("remove", tr("Remove a project term."), "EN");
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("List sections that do not use agreed terms."));
    const QCommandLineOption doc = valueOption("doc", tr("Document: strategy or sna."), "DOC");
    parser.addOptions({help, add, note, unchecked, remove, check, doc});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kGlossary, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kGlossary);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kGlossary,
                                       tr("give one project file: sna glossary FILE.sna"));
    auto opened = openContent(parser.positionalArguments().constFirst());
    if (!opened)
        return CommandLine::failure(m_err, opened.error().fullText());
    auto& [project, content] = opened.value();

    if (parser.isSet(check)) {
        QList<DocumentKind> kinds{DocumentKind::Strategy, DocumentKind::Sna};
        if (parser.isSet(doc)) {
            const auto kind = documentOption(kGlossary, parser.value(doc));
            if (!kind)
                return CommandLine::UsageError;
            kinds = {*kind};
        }
        const QList<GlossaryTerm> terms = Glossary::merged(content.projectTerms);
        for (DocumentKind kind : kinds) {
            for (const Section& section : content.document(kind).sections()) {
                for (const GlossaryFinding& finding : Glossary::checkSection(section, terms))
                    m_out << documentId(kind) << '/' << section.id << '\t' << finding.term.en
                          << '\t' << finding.term.cy << '\n';
            }
        }
        m_out.flush();
        return CommandLine::Success;
    }
    bool changed = false;
    if (parser.isSet(add)) {
        const QString value = parser.value(add);
        if (!value.contains(QLatin1Char('=')))
            return CommandLine::usageError(
                m_err, kGlossary, tr("--add needs ENGLISH=WELSH, e.g. --add \"hub=hyb\"."));
        GlossaryTerm term;
        term.en = value.section(QLatin1Char('='), 0, 0).trimmed();
        term.cy = value.section(QLatin1Char('='), 1).trimmed();
        term.note = parser.value(note);
        term.checked = !parser.isSet(unchecked);
        term.projectTerm = true;
        if (auto valid = Glossary::validate(term); !valid)
            return CommandLine::failure(m_err, valid.error().message);
        content.projectTerms.removeIf(
            [&](const GlossaryTerm& t) { return t.en.compare(term.en, Qt::CaseInsensitive) == 0; });
        content.projectTerms.append(term);
        changed = true;
    }
    if (parser.isSet(remove)) {
        const qsizetype removed = content.projectTerms.removeIf([&](const GlossaryTerm& t) {
            return t.en.compare(parser.value(remove).trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (removed == 0)
            return CommandLine::failure(
                m_err, tr("The project has no term “%1” of its own (bundled terms can be "
                          "overridden, not removed).")
                           .arg(parser.value(remove)));
        changed = true;
    }
    if (changed) {
        if (auto saved = content.save(*project); !saved)
            return CommandLine::failure(m_err, saved.error().fullText());
    }
    for (const GlossaryTerm& term : Glossary::merged(content.projectTerms)) {
        m_out << term.en << '\t' << term.cy << '\t'
              << (term.projectTerm ? QStringLiteral("project") : term.source) << '\t'
              << (term.checked ? QStringLiteral("checked") : QStringLiteral("unchecked")) << '\n';
    }
    m_out.flush();
    return CommandLine::Success;
}

int WritingCommands::runTranslation(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Pack to write."), QStringLiteral("PACK.xlf"));
    const QCommandLineOption doc = valueOption("doc", tr("Document: strategy, sna or all."), "DOC");
    const QCommandLineOption noPlan(QStringLiteral("no-plan"), tr("Leave out the action plan."));
    const QCommandLineOption onlyNeeded(QStringLiteral("only-needed"),
                                        tr("Only missing and out-of-date translations."));
    parser.addOptions({help, output, doc, noPlan, onlyNeeded});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kTranslation, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kTranslation);
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb == QLatin1String("export")) {
        if (positional.size() != 2 || !parser.isSet(output))
            return CommandLine::usageError(m_err, kTranslation,
                                           tr("use: sna translation export FILE.sna -o PACK.xlf"));
        TranslationPack::ExportOptions options;
        const QString which = parser.value(doc);
        if (which == QLatin1String("strategy"))
            options.documents = {DocumentKind::Strategy};
        else if (which == QLatin1String("sna"))
            options.documents = {DocumentKind::Sna};
        else if (!which.isEmpty() && which != QLatin1String("all"))
            return CommandLine::usageError(
                m_err, kTranslation,
                tr("--doc must be strategy, sna or all, not “%1”.").arg(which));
        options.includePlan = !parser.isSet(noPlan);
        options.onlyNeeded = parser.isSet(onlyNeeded);
        auto opened = openContent(positional[1]);
        if (!opened)
            return CommandLine::failure(m_err, opened.error().fullText());
        auto written = TranslationPack::exportTo(parser.value(output),
                                                 opened.value().second.translatable(), options);
        if (!written)
            return CommandLine::failure(m_err, written.error().fullText());
        m_out << tr("Wrote %1: texts: %2; needing translation: %3.")
                     .arg(QDir::toNativeSeparators(parser.value(output)))
                     .arg(written.value().units)
                     .arg(written.value().needed)
              << Qt::endl;
        return CommandLine::Success;
    }
    if (verb == QLatin1String("import")) {
        if (positional.size() != 3)
            return CommandLine::usageError(m_err, kTranslation,
                                           tr("use: sna translation import FILE.sna PACK.xlf"));
        auto opened = openContent(positional[1]);
        if (!opened)
            return CommandLine::failure(m_err, opened.error().fullText());
        auto& [project, content] = opened.value();
        TranslatableContent texts = content.translatable();
        auto report = TranslationPack::importFrom(positional[2], texts);
        if (!report)
            return CommandLine::failure(m_err, report.error().fullText());
        content.setTranslatable(texts);
        if (report.value().changes() > 0) {
            if (auto saved = content.save(*project); !saved)
                return CommandLine::failure(m_err, saved.error().fullText());
        }
        const TranslationPack::ImportReport& r = report.value();
        m_out << tr("Imported %1: updated: %2; confirmed: %3; still out of date (source changed): "
                    "%4; unchanged: %5; skipped: %6.")
                     .arg(QDir::toNativeSeparators(positional[2]))
                     .arg(r.updated)
                     .arg(r.confirmed)
                     .arg(r.outdated)
                     .arg(r.unchanged)
                     .arg(r.skipped)
              << Qt::endl;
        for (const QString& note : r.notes)
            m_err << note << Qt::endl;
        return CommandLine::Success;
    }
    return CommandLine::usageError(m_err, kTranslation, tr("use: sna translation export|import …"));
}

int WritingCommands::runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption date = valueOption("date", tr("Check as of this day."), "YYYY-MM-DD");
    parser.addOptions({help, json, date});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kCheck, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kCheck);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kCheck,
                                       tr("give one project file: sna check FILE.sna"));
    QDate today = QDate::currentDate();
    if (parser.isSet(date)) {
        const auto parsed = dateOption(kCheck, QStringLiteral("--date"), parser.value(date), false);
        if (!parsed)
            return CommandLine::UsageError;
        today = *parsed;
    }
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto input = ComplianceChecklist::load(*project.value(), today);
    if (!input)
        return CommandLine::failure(m_err, input.error().fullText());
    const QList<ComplianceItem> items = ComplianceChecklist::evaluate(input.value());
    const int failing = ComplianceChecklist::failingRequired(items);
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(
            QJsonDocument(ComplianceChecklist::toJson(items)).toJson(QJsonDocument::Indented));
        m_out.flush();
    } else {
        for (const ComplianceItem& item : items) {
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(ComplianceChecklist::stateCode(item.state), item.id,
                              item.required ? tr("required") : tr("optional"), item.title,
                              item.reason)
                  << '\n';
        }
        m_out << tr("Required items failing: %1").arg(failing) << Qt::endl;
    }
    return failing > 0 ? CommandLine::Failure : CommandLine::Success;
}

} // namespace sna
