#include "import/formats/LookupImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"

#include <QRegularExpression>

#include <algorithm>

namespace sna {

namespace {
struct Prefix {
    const char* prefix;
    const char* level;
    int rank;
};
// ONS column prefixes, finer geographies first.
const Prefix kPrefixes[] = {
    {"oa", "oa", 0},   {"lsoa", "lsoa", 1}, {"msoa", "msoa", 2},  {"wd", "ward", 3},
    {"lad", "lad", 4}, {"ltla", "lad", 4},  {"utla", "utla", 5},  {"cty", "utla", 5},
    {"csp", "csp", 6}, {"pfa", "pfa", 7},   {"rgn", "region", 8}, {"ctry", "country", 9},
};

// "LSOA11CD" → ("lsoa", 2011, "cd"); nothing for other column names.
bool splitColumn(const QString& key, QString& prefix, int& year, QString& kind)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]+)(\\d{2})(cd|nm|nmw)$"));
    const auto match = pattern.match(key);
    if (!match.hasMatch())
        return false;
    prefix = match.captured(1);
    const int yy = match.captured(2).toInt();
    year = yy < 70 ? 2000 + yy : 1900 + yy;
    kind = match.captured(3);
    return true;
}
} // namespace

QList<LookupImporter::Level> LookupImporter::levels(const HeaderIndex& header)
{
    QList<Level> levels;
    for (int i = 0; i < int(header.size()); ++i) {
        QString prefix, kind;
        int year = 0;
        if (!splitColumn(header.keyAt(i), prefix, year, kind))
            continue;
        const Prefix* known = nullptr;
        for (const Prefix& p : kPrefixes) {
            if (prefix == QLatin1String(p.prefix))
                known = &p;
        }
        if (!known)
            continue;
        auto it = std::find_if(levels.begin(), levels.end(), [&](const Level& l) {
            return l.level == QLatin1String(known->level) && l.year == year;
        });
        if (it == levels.end()) {
            levels.append(Level{QString::fromLatin1(known->level), year, known->rank});
            it = levels.end() - 1;
        }
        if (kind == QLatin1String("cd"))
            it->codeColumn = i;
        else if (kind == QLatin1String("nm"))
            it->nameColumn = i;
        else
            it->welshNameColumn = i;
    }
    levels.erase(std::remove_if(levels.begin(), levels.end(),
                                [](const Level& l) { return l.codeColumn < 0; }),
                 levels.end());
    std::stable_sort(levels.begin(), levels.end(),
                     [](const Level& a, const Level& b) { return a.rank < b.rank; });
    return levels;
}

int LookupImporter::detect(const HeaderIndex& header)
{
    const QList<Level> found = levels(header);
    if (found.size() < 2)
        return 0;
    // Deprivation and population files carry area codes too; they are recognised by their
    // own columns and win on score.
    return 50 + int(found.size());
}

QString LookupImporter::name() const
{
    return tr("ONS geography lookup");
}

Status LookupImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    m_levels = levels(header);
    if (m_levels.size() < 2)
        return missingColumns(fileName, name(),
                              {tr("two area code columns such as LSOA11CD and LAD19CD")}, header);
    QStringList parts;
    for (const Level& level : std::as_const(m_levels))
        parts << QStringLiteral("%1%2").arg(level.level).arg(level.year);
    m_signature = QStringLiteral("lookup ") + parts.join(QLatin1Char('>'));
    return {};
}

Status LookupImporter::begin(ImportContext& context)
{
    m_context = &context;
    if (!context.dryRun) {
        m_name = std::make_unique<SqliteStatement>(
            context.db, "INSERT OR IGNORE INTO geo_name(dataset_id, level, year, code, name, "
                        "name_cy) VALUES (?, ?, ?, ?, ?, ?)");
        m_link = std::make_unique<SqliteStatement>(
            context.db, "INSERT OR IGNORE INTO geo_link(dataset_id, child_level, child_year, "
                        "child_code, parent_level, parent_year, parent_code) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!m_name->prepared() || !m_link->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome LookupImporter::row(const std::vector<std::string_view>& fields,
                                               qint64 line, RowProblem& problem)
{
    const HeaderIndex& header = m_context->header;
    if (qsizetype(fields.size()) != header.size())
        return reject(problem, line, QString(), {},
                      tr("expected %1 fields as in the header, found %2")
                          .arg(header.size())
                          .arg(fields.size()));
    QList<QPair<const Level*, std::string_view>> present;
    for (const Level& level : std::as_const(m_levels)) {
        const std::string_view code = ValueParsers::trimmed(fields[size_t(level.codeColumn)]);
        if (code.empty())
            continue; // not every area belongs to every geography (a CSP may be missing)
        if (!ValueParsers::isAreaCode(code, level.level)) {
            return reject(problem, line, header.name(level.codeColumn), code,
                          tr("not an ONS %1 code").arg(level.level.toUpper()));
        }
        present.append({&level, code});
    }
    if (present.isEmpty())
        return reject(problem, line, QString(), {}, tr("the row has no area code"));
    if (m_context->dryRun)
        return RowOutcome::Stored;

    for (const auto& [level, code] : present) {
        m_name->bind(1, m_context->datasetId);
        m_name->bindText(2, level->level);
        m_name->bind(3, qint64(level->year));
        m_name->bindText(4, code);
        m_name->bindText(5, ValueParsers::text(HeaderIndex::field(fields, level->nameColumn)));
        m_name->bindText(6, ValueParsers::text(HeaderIndex::field(fields, level->welshNameColumn)));
        if (!m_name->execute())
            return fail(tr("Could not store line %1").arg(line));
    }
    for (qsizetype i = 0; i < present.size(); ++i) {
        for (qsizetype j = i + 1; j < present.size(); ++j) {
            const Level* child = present[i].first;
            const Level* parent = present[j].first;
            if (child->rank == parent->rank)
                continue;
            m_link->bind(1, m_context->datasetId);
            m_link->bindText(2, child->level);
            m_link->bind(3, qint64(child->year));
            m_link->bindText(4, present[i].second);
            m_link->bindText(5, parent->level);
            m_link->bind(6, qint64(parent->year));
            m_link->bindText(7, present[j].second);
            if (!m_link->execute())
                return fail(tr("Could not store line %1").arg(line));
        }
    }
    return RowOutcome::Stored;
}

Status LookupImporter::finish(ImportContext& context)
{
    context.cover(m_signature, 0, 0);
    return {};
}

} // namespace sna
