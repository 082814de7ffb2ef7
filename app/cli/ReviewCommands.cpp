#include "ReviewCommands.h"

#include "CommandLine.h"
#include "annotations/AnnotationImporter.h"
#include "document/DocumentStore.h"
#include "document/ProjectContent.h"
#include "foundation/UiLanguage.h"
#include "project/ProfileStore.h"
#include "project/Project.h"
#include "review/CommentStore.h"
#include "review/DocumentDiff.h"
#include "review/ReviewPackage.h"
#include "review/SignoffStore.h"
#include "review/VersionStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sna {

namespace {
const QString kSnapshot = QStringLiteral("snapshot");
const QString kVersions = QStringLiteral("versions");
const QString kDiff = QStringLiteral("diff");
const QString kComments = QStringLiteral("comments");
const QString kSignoff = QStringLiteral("signoff");

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              ReviewCommands::tr("Show help for this command."));
}

QCommandLineOption valueOption(const char* name, const QString& description, const char* valueName,
                               const QString& defaultValue = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description,
                              QString::fromLatin1(valueName), defaultValue);
}

QCommandLineOption docOption()
{
    return valueOption("doc", ReviewCommands::tr("Document: strategy or sna."), "DOC",
                       QStringLiteral("strategy"));
}

QString inUi(const BilingualText& text)
{
    const Lang ui = UiLanguage::instance().current();
    return text.in(ui).isEmpty() ? text.in(otherLang(ui)) : text.in(ui);
}

QString oneLine(const QString& text)
{
    return QString(text)
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
}
} // namespace

ReviewCommands::ReviewCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool ReviewCommands::handles(const QString& command)
{
    return QStringList{kSnapshot, kVersions, kDiff, kComments, kSignoff}.contains(command);
}

QString ReviewCommands::summary()
{
    return tr("  snapshot     save a named version of a document\n"
              "  versions     list a document's named versions\n"
              "  diff         compare two versions section by section, in English and Welsh\n"
              "  comments     import an annotated review PDF, list, merge, add, reply, resolve\n"
              "  signoff      record a specified authority's sign-off of a version");
}

int ReviewCommands::helpFor(const QString& command)
{
    printHelp(command);
    return CommandLine::Success;
}

std::optional<DocumentKind> ReviewCommands::documentOption(const QString& command,
                                                           const QString& value)
{
    const auto kind = documentKindFromId(value);
    if (!kind)
        CommandLine::usageError(m_err, command,
                                tr("--doc must be strategy or sna, not “%1”.").arg(value));
    return kind;
}

bool ReviewCommands::printHelp(const QString& command)
{
    if (command == kSnapshot) {
        m_out << tr("Usage: sna snapshot FILE.sna --doc strategy|sna --name NAME [--by PERSON]\n"
                    "Saves the document as it is now as a named version (for example “Draft 1 "
                    "for CSP review”). Names are unique per document.")
              << Qt::endl;
    } else if (command == kVersions) {
        m_out << tr("Usage: sna versions FILE.sna [--doc strategy|sna] [--json]\n"
                    "Lists the named versions of a document, oldest first: name, date and who "
                    "saved it.")
              << Qt::endl;
    } else if (command == kDiff) {
        m_out << tr("Usage: sna diff FILE.sna [--doc strategy|sna] --from NAME [--to NAME] "
                    "[--lang en|cy] [--json]\n"
                    "Compares two versions section by section, in English and in Welsh; without "
                    "--to, the version is compared with the document as it is now. Deleted words "
                    "are shown as [-…-] and inserted words as {+…+}.")
              << Qt::endl;
    } else if (command == kComments) {
        m_out << tr("Usage: sna comments import FILE.sna ANNOTATED.pdf\n"
                    "       sna comments list FILE.sna [--json] [--open]\n"
                    "       sna comments merge FILE.sna REVIEWER.sna\n"
                    "       sna comments add FILE.sna [--doc DOC] --section ID --text TEXT "
                    "--author NAME [--authority NAME] [--quote TEXT] [--lang en|cy]\n"
                    "       sna comments reply FILE.sna --id N --text TEXT --author NAME "
                    "[--authority NAME]\n"
                    "       sna comments resolve FILE.sna --id N [--by NAME] [--reopen]\n"
                    "       sna comments place FILE.sna --id N [--doc DOC] --section ID\n"
                    "import reads the annotations of a review copy (sticky notes, highlights, "
                    "underlines, strike-outs) made in any PDF reader and turns each into a comment "
                    "on the section it sits in; it prints how many were placed and lists those it "
                    "could not place, which are kept for placing by hand. merge brings back the "
                    "comments made in a reviewer's file.")
              << Qt::endl;
    } else if (command == kSignoff) {
        m_out << tr("Usage: sna signoff FILE.sna --authority NAME --version NAME --by PERSON\n"
                    "                   [--doc strategy|sna] [--date YYYY-MM-DD] [--conditions "
                    "TEXT]\n"
                    "       sna signoff FILE.sna --list\n"
                    "Records that a specified authority approved a named version. The compliance "
                    "checklist shows when every specified authority has signed off the latest "
                    "version of the strategy.")
              << Qt::endl;
    } else {
        return false;
    }
    return true;
}

int ReviewCommands::run(const QString& command, const QStringList& arguments)
{
    if (command == kSnapshot)
        return runSnapshot(arguments);
    if (command == kVersions)
        return runVersions(arguments);
    if (command == kDiff)
        return runDiff(arguments);
    if (command == kComments)
        return runComments(arguments);
    return runSignoff(arguments);
}

int ReviewCommands::runSnapshot(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = docOption();
    const QCommandLineOption name = valueOption("name", tr("Name of the version."), "NAME");
    const QCommandLineOption by = valueOption("by", tr("Who saves the version."), "PERSON");
    parser.addOptions({help, doc, name, by});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kSnapshot, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kSnapshot);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(
            m_err, kSnapshot, tr("give one project file: sna snapshot FILE.sna --name NAME"));
    const auto kind = documentOption(kSnapshot, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
        return CommandLine::usageError(m_err, kSnapshot, tr("--name NAME is required."));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto document = DocumentStore(*project.value()).load(*kind);
    if (!document)
        return CommandLine::failure(m_err, document.error().fullText());
    auto version = VersionStore(*project.value())
                       .snapshot(document.value(), parser.value(name), parser.value(by));
    if (!version)
        return CommandLine::failure(m_err, version.error().fullText());
    m_out << tr("Saved version “%1” of the %2.").arg(version->name, inUi(document->title()))
          << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::runVersions(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = docOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({help, doc, json});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kVersions, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kVersions);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kVersions,
                                       tr("give one project file: sna versions FILE.sna"));
    const auto kind = documentOption(kVersions, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto versions = VersionStore(*project.value()).list(*kind);
    if (!versions)
        return CommandLine::failure(m_err, versions.error().fullText());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DocumentVersion& version : versions.value())
            array.append(
                QJsonObject{{QStringLiteral("name"), version.name},
                            {QStringLiteral("created"), version.createdAt.toString(Qt::ISODate)},
                            {QStringLiteral("by"), version.createdBy}});
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("versions"), array}})
                                       .toJson(QJsonDocument::Indented));
        m_out.flush();
        return CommandLine::Success;
    }
    for (const DocumentVersion& version : versions.value())
        m_out << QStringLiteral("%1\t%2\t%3")
                     .arg(version.name, version.createdAt.toString(Qt::ISODate), version.createdBy)
              << '\n';
    m_out << tr("Versions: %1").arg(versions->size()) << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::runDiff(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = docOption();
    const QCommandLineOption from = valueOption("from", tr("The older version."), "NAME");
    const QCommandLineOption to = valueOption(
        "to", tr("The newer version; the document as it is now when left out."), "NAME");
    const QCommandLineOption lang =
        valueOption("lang", tr("Only this language: en or cy."), "LANG");
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({help, doc, from, to, lang, json});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kDiff, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kDiff);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kDiff,
                                       tr("give one project file: sna diff FILE.sna --from NAME"));
    const auto kind = documentOption(kDiff, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    if (!parser.isSet(from))
        return CommandLine::usageError(m_err, kDiff, tr("--from NAME is required."));
    QList<Lang> langs{Lang::En, Lang::Cy};
    if (parser.isSet(lang)) {
        const auto chosen = langFromCode(parser.value(lang));
        if (!chosen || parser.value(lang).size() != 2)
            return CommandLine::usageError(
                m_err, kDiff, tr("--lang must be en or cy, not “%1”.").arg(parser.value(lang)));
        langs = {*chosen};
    }
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    VersionStore versions(*project.value());
    auto older = versions.load(*kind, parser.value(from));
    if (!older)
        return CommandLine::failure(m_err, older.error().fullText());
    Document newer(*kind);
    if (parser.isSet(to)) {
        auto version = versions.load(*kind, parser.value(to));
        if (!version)
            return CommandLine::failure(m_err, version.error().fullText());
        newer = version->document;
    } else {
        auto current = DocumentStore(*project.value()).load(*kind);
        if (!current)
            return CommandLine::failure(m_err, current.error().fullText());
        newer = current.value();
    }
    const QList<SectionDiff> diffs = DocumentDiff::compare(older->document, newer);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SectionDiff& diff : diffs) {
            QJsonObject object{{QStringLiteral("section"), diff.id},
                               {QStringLiteral("change"), DocumentDiff::changeCode(diff.change)}};
            for (Lang l : std::as_const(langs)) {
                object.insert(QStringLiteral("title_") + langCode(l), diff.title.in(l));
                object.insert(QStringLiteral("text_") + langCode(l),
                              DocumentDiff::marked(diff.text(l)));
                object.insert(QStringLiteral("changed_") + langCode(l), diff.changedIn(l));
            }
            array.append(object);
        }
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sections"), array}})
                                       .toJson(QJsonDocument::Indented));
        m_out.flush();
        return CommandLine::Success;
    }
    for (const SectionDiff& diff : diffs) {
        if (diff.change == SectionDiff::Change::Same)
            continue;
        m_out << QStringLiteral("%1\t%2\t%3")
                     .arg(DocumentDiff::changeCode(diff.change), diff.id, inUi(diff.title))
              << '\n';
        for (Lang l : std::as_const(langs)) {
            if (!diff.changedIn(l))
                continue;
            if (diff.titleIn(l).size() > 1 ||
                (diff.titleIn(l).size() == 1 && diff.titleIn(l).first().op != DiffRun::Op::Same))
                m_out << QStringLiteral("  %1 title: %2")
                             .arg(langCode(l), oneLine(DocumentDiff::marked(diff.titleIn(l))))
                      << '\n';
            m_out << QStringLiteral("  %1: %2")
                         .arg(langCode(l), oneLine(DocumentDiff::marked(diff.text(l))))
                  << '\n';
        }
    }
    m_out
        << tr("Sections changed: %1 of %2").arg(DocumentDiff::changedCount(diffs)).arg(diffs.size())
        << Qt::endl;
    return CommandLine::Success;
}

void ReviewCommands::printComment(const ReviewComment& c)
{
    m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                 .arg(QString::number(c.id), c.stateCode(),
                      c.isPlaced() ? c.sectionId : QStringLiteral("-"), oneLine(c.author),
                      oneLine(c.quote), oneLine(c.text))
          << '\n';
}

int ReviewCommands::runComments(const QStringList& arguments)
{
    // arguments[0] is the program and command; the action comes next.
    QString action;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(QLatin1Char('-'))) {
            action = arguments[i];
            break;
        }
    }
    QStringList rest = arguments;
    if (!action.isEmpty())
        rest.removeAt(rest.indexOf(action, 1));
    if (action == QLatin1String("import"))
        return commentsImport(rest);
    if (action == QLatin1String("list"))
        return commentsList(rest);
    if (action == QLatin1String("merge"))
        return commentsMerge(rest);
    if (action == QLatin1String("add"))
        return commentsAdd(rest);
    if (action == QLatin1String("reply"))
        return commentsReply(rest);
    if (action == QLatin1String("resolve"))
        return commentsResolve(rest);
    if (action == QLatin1String("place"))
        return commentsPlace(rest);
    if (action.isEmpty() &&
        (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))))
        return helpFor(kComments);
    return CommandLine::usageError(m_err, kComments,
                                   tr("say what to do: import, list, merge, add, reply, resolve or "
                                      "place (see “sna help comments”)."));
}

int ReviewCommands::commentsImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOptions({help});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kComments, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kComments);
    if (parser.positionalArguments().size() != 2)
        return CommandLine::usageError(
            m_err, kComments,
            tr("give the project and the annotated PDF: sna comments import "
               "FILE.sna ANNOTATED.pdf"));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto result = AnnotationImporter::import(*project.value(), parser.positionalArguments()[1]);
    if (!result)
        return CommandLine::failure(m_err, result.error().fullText());
    m_out << tr("Review copy: %1").arg(result->reviewId) << '\n';
    m_out << tr("Comments placed: %1").arg(result->placed.size()) << '\n';
    if (result->alreadyImported > 0)
        m_out << tr("Already imported before: %1").arg(result->alreadyImported) << '\n';
    m_out << tr("Not placed: %1").arg(result->unplaced.size()) << '\n';
    for (const ReviewComment& c : std::as_const(result->unplaced)) {
        m_out << QStringLiteral("  ")
              << tr("#%1, page %2, %3, %4: %5")
                     .arg(QString::number(c.id))
                     .arg(c.page)
                     .arg(CommentStore::originLabel(c.origin),
                          c.author.isEmpty() ? tr("no author") : c.author,
                          oneLine(c.text.isEmpty() ? c.quote : c.text))
              << '\n';
    }
    if (!result->unplaced.isEmpty())
        m_out << tr("Place them with “sna comments place” or in the Review panel.") << '\n';
    m_out.flush();
    return CommandLine::Success;
}

int ReviewCommands::commentsList(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption open(QStringLiteral("open"), tr("Only comments not yet resolved."));
    parser.addOptions({help, json, open});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kComments, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kComments);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kComments,
                                       tr("give one project file: sna comments list FILE.sna"));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto comments = CommentStore(*project.value()).list();
    if (!comments)
        return CommandLine::failure(m_err, comments.error().fullText());
    QList<ReviewComment> shown;
    for (const ReviewComment& c : comments.value()) {
        if (!parser.isSet(open) || !c.resolved)
            shown.append(c);
    }
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(
            QJsonDocument(CommentStore::toJson(shown)).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CommandLine::Success;
    }
    int open_ = 0;
    for (const ReviewComment& c : std::as_const(shown)) {
        if (c.isReply())
            continue;
        printComment(c);
        open_ += c.resolved ? 0 : 1;
        for (const ReviewComment& reply : std::as_const(shown)) {
            if (reply.parentUid == c.uid) {
                m_out << QStringLiteral("  ");
                printComment(reply);
            }
        }
    }
    m_out << tr("Open comments: %1").arg(open_) << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::commentsMerge(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOptions({help});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kComments, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kComments);
    if (parser.positionalArguments().size() != 2)
        return CommandLine::usageError(m_err, kComments,
                                       tr("give the project and the reviewer's file: sna comments "
                                          "merge FILE.sna REVIEWER.sna"));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto merged = ReviewPackage::mergeComments(*project.value(), parser.positionalArguments()[1]);
    if (!merged)
        return CommandLine::failure(m_err, merged.error().fullText());
    m_out << tr("Comments merged: %1").arg(merged->added) << '\n';
    m_out << tr("Already in the project: %1").arg(merged->alreadyPresent) << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::commentsAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = docOption();
    const QCommandLineOption section = valueOption("section", tr("Section id."), "ID");
    const QCommandLineOption text = valueOption("text", tr("The comment."), "TEXT");
    const QCommandLineOption author = valueOption("author", tr("Who makes the comment."), "NAME");
    const QCommandLineOption authority =
        valueOption("authority", tr("The authority the reviewer speaks for."), "NAME");
    const QCommandLineOption quote = valueOption("quote", tr("The words commented on."), "TEXT");
    const QCommandLineOption lang = valueOption("lang", tr("Language of the quoted text."), "LANG");
    parser.addOptions({help, doc, section, text, author, authority, quote, lang});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kComments, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kComments);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kComments,
                                       tr("give one project file: sna comments add FILE.sna"));
    const auto kind = documentOption(kComments, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    if (!parser.isSet(section) || !parser.isSet(text) || !parser.isSet(author))
        return CommandLine::usageError(m_err, kComments,
                                       tr("--section, --text and --author are required."));
    std::optional<Lang> quoteLang;
    if (parser.isSet(lang)) {
        quoteLang = langFromCode(parser.value(lang));
        if (!quoteLang || parser.value(lang).size() != 2)
            return CommandLine::usageError(
                m_err, kComments, tr("--lang must be en or cy, not “%1”.").arg(parser.value(lang)));
    }
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto document = DocumentStore(*project.value()).load(*kind);
    if (!document)
        return CommandLine::failure(m_err, document.error().fullText());
    const Section* target = document->section(parser.value(section));
    if (!target)
        return CommandLine::failure(m_err,
                                    tr("There is no section “%1” in the %2.")
                                        .arg(parser.value(section), inUi(document->title())));
    ReviewComment comment;
    comment.document = *kind;
    comment.sectionId = target->id;
    comment.text = parser.value(text).trimmed();
    comment.author = parser.value(author).trimmed();
    comment.authority = parser.value(authority).trimmed();
    comment.quote = parser.value(quote).trimmed();
    if (quoteLang)
        comment.lang = langCode(*quoteLang);
    if (!comment.quote.isEmpty()) {
        for (Lang l : quoteLang ? QList<Lang>{*quoteLang} : QList<Lang>{Lang::En, Lang::Cy}) {
            const auto range = CommentStore::locate(target->content().in(l), comment.quote);
            if (range.first >= 0) {
                comment.lang = langCode(l);
                comment.rangeStart = range.first;
                comment.rangeEnd = range.second;
                break;
            }
        }
    }
    auto added = CommentStore(*project.value()).add(comment);
    if (!added)
        return CommandLine::failure(m_err, added.error().fullText());
    m_out << tr("Added comment #%1 on section “%2”.").arg(added->id).arg(target->id) << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::commentsReply(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption id = valueOption("id", tr("The comment answered."), "N");
    const QCommandLineOption text = valueOption("text", tr("The reply."), "TEXT");
    const QCommandLineOption author = valueOption("author", tr("Who replies."), "NAME");
    const QCommandLineOption authority =
        valueOption("authority", tr("The authority the reviewer speaks for."), "NAME");
    parser.addOptions({help, id, text, author, authority});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kComments, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kComments);
    bool ok = false;
    const qint64 number = parser.value(id).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || !parser.isSet(text))
        return CommandLine::usageError(m_err, kComments,
                                       tr("give the project, --id N and --text TEXT."));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto reply =
        CommentStore(*project.value())
            .reply(number, parser.value(text), parser.value(author), parser.value(authority));
    if (!reply)
        return CommandLine::failure(m_err, reply.error().fullText());
    m_out << tr("Added reply #%1.").arg(reply->id) << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::commentsResolve(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption id = valueOption("id", tr("The comment."), "N");
    const QCommandLineOption by = valueOption("by", tr("Who resolves it."), "NAME");
    const QCommandLineOption reopen(QStringLiteral("reopen"), tr("Open it again."));
    parser.addOptions({help, id, by, reopen});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kComments, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kComments);
    bool ok = false;
    const qint64 number = parser.value(id).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok)
        return CommandLine::usageError(m_err, kComments, tr("give the project and --id N."));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    if (auto s = CommentStore(*project.value())
                     .setResolved(number, !parser.isSet(reopen), parser.value(by));
        !s)
        return CommandLine::failure(m_err, s.error().fullText());
    m_out << (parser.isSet(reopen) ? tr("Comment #%1 is open again.").arg(number)
                                   : tr("Comment #%1 is resolved.").arg(number))
          << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::commentsPlace(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption id = valueOption("id", tr("The comment."), "N");
    const QCommandLineOption doc = docOption();
    const QCommandLineOption section = valueOption("section", tr("Section id."), "ID");
    parser.addOptions({help, id, doc, section});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kComments, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kComments);
    bool ok = false;
    const qint64 number = parser.value(id).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || !parser.isSet(section))
        return CommandLine::usageError(m_err, kComments,
                                       tr("give the project, --id N and --section ID."));
    const auto kind = documentOption(kComments, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    auto document = DocumentStore(*project.value()).load(*kind);
    if (!document)
        return CommandLine::failure(m_err, document.error().fullText());
    if (!document->section(parser.value(section)))
        return CommandLine::failure(m_err,
                                    tr("There is no section “%1” in the %2.")
                                        .arg(parser.value(section), inUi(document->title())));
    if (auto s = CommentStore(*project.value()).place(number, *kind, parser.value(section)); !s)
        return CommandLine::failure(m_err, s.error().fullText());
    m_out << tr("Comment #%1 is on section “%2”.").arg(number).arg(parser.value(section))
          << Qt::endl;
    return CommandLine::Success;
}

int ReviewCommands::runSignoff(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption doc = docOption();
    const QCommandLineOption authority =
        valueOption("authority", tr("The specified authority signing off."), "NAME");
    const QCommandLineOption version = valueOption("version", tr("The version approved."), "NAME");
    const QCommandLineOption by = valueOption("by", tr("Who signed off."), "PERSON");
    const QCommandLineOption date =
        valueOption("date", tr("When (YYYY-MM-DD); today by default."), "DATE");
    const QCommandLineOption conditions =
        valueOption("conditions", tr("Conditions of the approval."), "TEXT");
    const QCommandLineOption list(QStringLiteral("list"), tr("List the sign-offs."));
    parser.addOptions({help, doc, authority, version, by, date, conditions, list});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, kSignoff, parser.errorText());
    if (parser.isSet(help))
        return helpFor(kSignoff);
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, kSignoff,
                                       tr("give one project file: sna signoff FILE.sna --authority "
                                          "NAME --version NAME --by PERSON"));
    const auto kind = documentOption(kSignoff, parser.value(doc));
    if (!kind)
        return CommandLine::UsageError;
    if (!parser.isSet(list) &&
        (!parser.isSet(authority) || !parser.isSet(version) || !parser.isSet(by)))
        return CommandLine::usageError(m_err, kSignoff,
                                       tr("--authority, --version and --by are required."));
    Signoff signoff;
    signoff.document = *kind;
    signoff.authority = parser.value(authority);
    signoff.version = parser.value(version);
    signoff.signedBy = parser.value(by);
    signoff.conditions = parser.value(conditions);
    if (parser.isSet(date)) {
        signoff.signedOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!signoff.signedOn.isValid())
            return CommandLine::usageError(
                m_err, kSignoff,
                tr("--date must be a date as YYYY-MM-DD, not “%1”.").arg(parser.value(date)));
    }
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    SignoffStore store(*project.value());
    if (parser.isSet(list)) {
        auto signoffs = store.list();
        if (!signoffs)
            return CommandLine::failure(m_err, signoffs.error().fullText());
        for (const Signoff& s : signoffs.value())
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                         .arg(s.authority, documentId(s.document), s.version, s.signedBy,
                              s.signedOn.toString(Qt::ISODate), oneLine(s.conditions))
                  << '\n';
        m_out.flush();
        return CommandLine::Success;
    }
    auto profile = ProfileStore(*project.value()).load();
    if (!profile)
        return CommandLine::failure(m_err, profile.error().fullText());
    auto recorded = store.record(profile.value(), signoff);
    if (!recorded)
        return CommandLine::failure(m_err, recorded.error().fullText());
    m_out << tr("Recorded: %1 signed off version “%2” for %3 on %4.")
                 .arg(recorded->signedBy, recorded->version, recorded->authority,
                      recorded->signedOn.toString(Qt::ISODate))
          << '\n';
    auto strategy = DocumentStore(*project.value()).load(DocumentKind::Strategy);
    if (strategy) {
        if (auto status = store.status(profile.value(), strategy.value()); status) {
            if (status->complete())
                m_out << tr("Every specified authority has signed off version “%1”.")
                             .arg(status->version)
                      << '\n';
            else if (!status->missing.isEmpty() && status->version == recorded->version)
                m_out << tr("Still to sign off: %1").arg(status->missing.join(QStringLiteral(", ")))
                      << '\n';
        }
    }
    m_out.flush();
    return CommandLine::Success;
}

} // namespace sna
