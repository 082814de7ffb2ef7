#include "DefinitionCommand.h"

#include "CommandLine.h"

#include "analysis/Summary.h"
#include "analysis/ViolenceDefinitionStore.h"
#include "project/Project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sna {

DefinitionCommand::DefinitionCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString DefinitionCommand::summary()
{
    return tr("  definition  show or change the local definition of serious violence");
}

QString DefinitionCommand::usage()
{
    return tr(
        "Usage: sna definition FILE.sna [--json] [--include ID]… [--exclude ID]…\n"
        "                      [--map \"CATEGORY=ID\"]… [--source SOURCE]\n"
        "Shows the categories of the local definition of serious violence (id, included or "
        "excluded, kind, name) and how each source category counts. --include and --exclude "
        "change which categories count; --map makes a source category count as a category of "
        "the definition (an empty ID: not serious violence, shown as -). --source defaults to "
        "police-uk. "
        "A definition without public-space youth violence, or with terrorism, is refused.");
}

int DefinitionCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show help for this command."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption include(QStringLiteral("include"), tr("Count this category."),
                                     QStringLiteral("ID"));
    const QCommandLineOption exclude(QStringLiteral("exclude"), tr("Stop counting this category."),
                                     QStringLiteral("ID"));
    const QCommandLineOption map(QStringLiteral("map"), tr("How a source category counts."),
                                 QStringLiteral("CATEGORY=ID"));
    const QCommandLineOption source(
        QStringLiteral("source"), tr("The source the mappings are for."), QStringLiteral("SOURCE"),
        QString::fromLatin1(ViolenceDefinition::kPoliceSource));
    parser.addOptions({help, json, include, exclude, map, source});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, QString::fromLatin1(kName), parser.errorText());
    if (parser.isSet(help)) {
        m_out << usage() << Qt::endl;
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, QString::fromLatin1(kName),
                                       tr("give one project file: sna definition FILE.sna"));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    ViolenceDefinitionStore store(*project.value());
    auto loaded = store.load();
    if (!loaded)
        return CommandLine::failure(m_err, loaded.error().fullText());
    ViolenceDefinition definition = loaded.value();

    const bool changing = parser.isSet(include) || parser.isSet(exclude) || parser.isSet(map);
    auto setIncluded = [&](const QStringList& ids, bool included) -> bool {
        for (const QString& id : ids) {
            bool found = false;
            for (DefinitionCategory& category : definition.categories) {
                if (category.id == id) {
                    category.included = included;
                    found = true;
                }
            }
            if (!found) {
                QStringList known;
                for (const DefinitionCategory& category : definition.categories)
                    known << category.id;
                CommandLine::usageError(m_err, QString::fromLatin1(kName),
                                        tr("there is no category “%1”; the categories are: %2.")
                                            .arg(id, known.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    };
    if (!setIncluded(parser.values(include), true) || !setIncluded(parser.values(exclude), false))
        return 2;
    const QString sourceName = parser.value(source);
    for (const QString& value : parser.values(map)) {
        const qsizetype equals = value.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return CommandLine::usageError(m_err, QString::fromLatin1(kName),
                                           tr("--map takes CATEGORY=ID, not “%1”.").arg(value));
        const QString category = value.left(equals).trimmed();
        const QString target = value.mid(equals + 1).trimmed();
        bool found = false;
        for (CategoryMapping& mapping : definition.mappings) {
            if (mapping.source == sourceName && mapping.sourceCategory == category) {
                mapping.categoryId = target;
                found = true;
            }
        }
        if (!found)
            definition.mappings.append(CategoryMapping{sourceName, category, target});
    }
    if (changing) {
        if (auto saved = store.save(definition); !saved)
            return CommandLine::failure(m_err, saved.error().fullText());
    }

    auto summary = SummaryBuilder::build(*project.value(), definition);
    if (!summary)
        return CommandLine::failure(m_err, summary.error().fullText());
    const QStringList unmapped = summary.value().seriousViolence.unmappedCategories;
    if (parser.isSet(json)) {
        QJsonArray categories;
        for (const DefinitionCategory& c : definition.categories) {
            categories.append(QJsonObject{{QStringLiteral("id"), c.id},
                                          {QStringLiteral("scope"), ViolenceScopes::code(c.scope)},
                                          {QStringLiteral("included"), c.included},
                                          {QStringLiteral("name_en"), c.name.en},
                                          {QStringLiteral("name_cy"), c.name.cy},
                                          {QStringLiteral("rationale_en"), c.rationale.en},
                                          {QStringLiteral("rationale_cy"), c.rationale.cy}});
        }
        QJsonArray mappings;
        for (const CategoryMapping& m : definition.mappings) {
            mappings.append(
                QJsonObject{{QStringLiteral("source"), m.source},
                            {QStringLiteral("category"), m.sourceCategory},
                            {QStringLiteral("counts_as"),
                             m.categoryId.isEmpty() ? QJsonValue() : QJsonValue(m.categoryId)}});
        }
        m_out << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("categories"), categories},
                            {QStringLiteral("mappings"), mappings},
                            {QStringLiteral("unmapped"), QJsonArray::fromStringList(unmapped)}})
                .toJson(QJsonDocument::Indented));
        m_out.flush();
        return 0;
    }
    // Codes, not words, in the columns scripts read: the same whatever --ui-lang says.
    for (const DefinitionCategory& c : definition.categories) {
        m_out << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(c.id,
                          c.included ? QStringLiteral("included") : QStringLiteral("excluded"),
                          ViolenceScopes::code(c.scope), c.name.en)
              << Qt::endl;
    }
    for (const CategoryMapping& m : definition.mappings) {
        m_out << QStringLiteral("%1\t%2\t→ %3")
                     .arg(m.source, m.sourceCategory,
                          m.categoryId.isEmpty() ? QStringLiteral("-") : m.categoryId)
              << Qt::endl;
    }
    for (const QString& category : unmapped)
        m_out << QStringLiteral("unmapped\t%1").arg(category) << Qt::endl;
    return 0;
}

} // namespace sna
