#include "import/formats/StopSearchImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sna {

namespace {
// Each column under the names it has had.
const std::initializer_list<const char*> kNames[StopSearchImporter::ColumnCount] = {
    {"Type", "Search type"},
    {"Date", "Date and time"},
    {"Part of a policing operation", "Policing operation flag"},
    {"Policing operation", "Operation name"},
    {"Latitude"},
    {"Longitude"},
    {"Gender", "Sex"},
    {"Age range", "Age group"},
    {"Self-defined ethnicity", "Self defined ethnicity"},
    {"Officer-defined ethnicity", "Officer defined ethnicity"},
    {"Legislation"},
    {"Object of search"},
    {"Outcome"},
    {"Outcome linked to object of search"},
    {"Removal of more than just outer clothing"},
};
} // namespace

int StopSearchImporter::detect(const HeaderIndex& header)
{
    if (header.has({"Type", "Search type"}) && header.has({"Date", "Date and time"}) &&
        (header.has({"Object of search"}) || header.has({"Legislation"})))
        return 100;
    return 0;
}

QString StopSearchImporter::name() const
{
    return tr("data.police.uk stop and search");
}

QString StopSearchImporter::outcomeCode(const QString& outcome)
{
    const QString o = outcome.trimmed().toLower();
    if (o.isEmpty())
        return {};
    if (o.contains(QLatin1String("no further action")))
        return QStringLiteral("no-further-action");
    if (o.contains(QLatin1String("arrest")))
        return QStringLiteral("arrest");
    if (o.contains(QLatin1String("penalty notice")))
        return QStringLiteral("penalty-notice");
    if (o.contains(QLatin1String("resolution")))
        return QStringLiteral("community-resolution");
    if (o.contains(QLatin1String("summons")) || o.contains(QLatin1String("charged by post")))
        return QStringLiteral("summons");
    if (o.contains(QLatin1String("caution")))
        return QStringLiteral("caution");
    if (o.contains(QLatin1String("warning")))
        return QStringLiteral("drugs-warning");
    if (o.contains(QLatin1String("article found")))
        return QStringLiteral("article-found");
    return QStringLiteral("other");
}

QString StopSearchImporter::ageRange(const QString& label)
{
    const QString a = label.trimmed().toLower();
    static const QRegularExpression over(QStringLiteral("^(?:over|>)\\s*(\\d+)$|^(\\d+)\\s*\\+$"));
    static const QRegularExpression under(QStringLiteral("^(?:under|<)\\s*(\\d+)$"));
    static const QRegularExpression band(QStringLiteral("^(\\d+)\\s*(?:-|to)\\s*(\\d+)$"));
    QRegularExpressionMatch m;
    if ((m = over.match(a)).hasMatch())
        return QStringLiteral("over %1").arg(m.captured(1).isEmpty() ? m.captured(2)
                                                                     : m.captured(1));
    if ((m = under.match(a)).hasMatch())
        return QStringLiteral("under %1").arg(m.captured(1));
    if ((m = band.match(a)).hasMatch())
        return QStringLiteral("%1-%2").arg(m.captured(1), m.captured(2));
    return label.trimmed();
}

Status StopSearchImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    if (!detect(header))
        return missingColumns(
            fileName, name(),
            {QStringLiteral("Type"), QStringLiteral("Date"), QStringLiteral("Object of search")},
            header);
    for (int c = 0; c < ColumnCount; ++c)
        m_index[size_t(c)] = header.find(kNames[c]);
    return {};
}

Status StopSearchImporter::begin(ImportContext& context)
{
    m_context = &context;
    // The force: the partner named for the import, else the file name's force part.
    m_source = context.options.provenance.partner.isEmpty() ? context.options.partner
                                                            : context.options.provenance.partner;
    if (m_source.isEmpty() || m_source == defaultPartner()) {
        static const QRegularExpression name(
            QStringLiteral("^\\d{4}-\\d{2}-(.+)-stop-and-search\\.csv$"),
            QRegularExpression::CaseInsensitiveOption);
        const auto match = name.match(context.fileName);
        m_source = match.hasMatch() ? match.captured(1) : QString();
    }
    if (!context.dryRun) {
        m_insert = std::make_unique<BatchInsert>(
            context.db, QStringLiteral("stop_search_record"),
            QStringList{QStringLiteral("dataset_id"), QStringLiteral("line"),
                        QStringLiteral("type"), QStringLiteral("searched_at"),
                        QStringLiteral("month"), QStringLiteral("policing_operation"),
                        QStringLiteral("operation_name"), QStringLiteral("latitude"),
                        QStringLiteral("longitude"), QStringLiteral("gender"),
                        QStringLiteral("age_range"), QStringLiteral("self_defined_ethnicity"),
                        QStringLiteral("officer_defined_ethnicity"), QStringLiteral("legislation"),
                        QStringLiteral("object_of_search"), QStringLiteral("outcome"),
                        QStringLiteral("outcome_code"), QStringLiteral("outcome_linked"),
                        QStringLiteral("outer_clothing_removed")},
            16);
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome StopSearchImporter::row(const std::vector<std::string_view>& fields,
                                                   qint64 line, RowProblem& problem)
{
    const HeaderIndex& header = m_context->header;
    const auto field = [&](int c) { return HeaderIndex::field(fields, m_index[size_t(c)]); };
    const auto columnName = [&](int c) { return header.name(m_index[size_t(c)]); };
    if (qsizetype(fields.size()) > header.size())
        return reject(problem, line, QString(), {},
                      tr("expected %1 fields as in the header, found %2")
                          .arg(header.size())
                          .arg(fields.size()));
    const QString type = ValueParsers::text(field(Type));
    if (type.isEmpty())
        return reject(problem, line, columnName(Type), field(Type), tr("the search type is empty"));
    const auto date = ValueParsers::date(field(Date));
    if (!date)
        return reject(problem, line, columnName(Date), field(Date),
                      tr("not a date (such as 2019-01-31T14:05:00+00:00)"));
    const int month = date->year() * 100 + date->month();

    std::optional<bool> flags[3];
    const int flagColumns[3] = {PartOfOperation, OutcomeLinked, OuterClothing};
    for (int i = 0; i < 3; ++i) {
        const std::string_view value = ValueParsers::trimmed(field(flagColumns[i]));
        if (value.empty())
            continue;
        flags[i] = ValueParsers::flag(value);
        if (!flags[i])
            return reject(problem, line, columnName(flagColumns[i]), value,
                          tr("not True or False"));
    }
    std::optional<double> latitude, longitude;
    if (!ValueParsers::trimmed(field(Latitude)).empty() ||
        !ValueParsers::trimmed(field(Longitude)).empty()) {
        latitude = ValueParsers::number(field(Latitude));
        longitude = ValueParsers::number(field(Longitude));
        if (!latitude || *latitude < -90 || *latitude > 90)
            return reject(problem, line, columnName(Latitude), field(Latitude),
                          tr("not a latitude"));
        if (!longitude || *longitude < -180 || *longitude > 180)
            return reject(problem, line, columnName(Longitude), field(Longitude),
                          tr("not a longitude"));
    }
    m_months.insert(month);
    m_context->notePeriod(month, month);
    if (m_context->dryRun)
        return RowOutcome::Stored;

    BatchInsert& insert = *m_insert;
    const auto text = [&](int c) { insert.addTextOrNull(ValueParsers::trimmed(field(c))); };
    const auto flag = [&](int i) { flags[i] ? insert.add(qint64(*flags[i])) : insert.addNull(); };
    insert.add(m_context->datasetId);
    insert.add(line);
    insert.addText(type);
    insert.addText(ValueParsers::text(field(Date)));
    insert.add(qint64(month));
    flag(0);
    text(OperationName);
    latitude ? insert.add(*latitude) : insert.addNull();
    longitude ? insert.add(*longitude) : insert.addNull();
    text(Gender);
    const QString age = ageRange(ValueParsers::text(field(AgeRange)));
    age.isEmpty() ? insert.addNull() : insert.addText(age);
    text(SelfEthnicity);
    text(OfficerEthnicity);
    text(Legislation);
    text(ObjectOfSearch);
    text(Outcome);
    const QString code = outcomeCode(ValueParsers::text(field(Outcome)));
    code.isEmpty() ? insert.addNull() : insert.addText(code);
    flag(1);
    flag(2);
    if (!insert.endRow())
        return fail(tr("Could not store line %1").arg(line));
    return RowOutcome::Stored;
}

Status StopSearchImporter::finish(ImportContext& context)
{
    if (m_insert && !m_insert->flush())
        return context.project.databaseError(tr("Could not store the import's records"));
    for (int month : std::as_const(m_months))
        context.cover(m_source, month, month);
    return {};
}

} // namespace sna
