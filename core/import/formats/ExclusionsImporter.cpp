#include "import/formats/ExclusionsImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"

#include <QLocale>
#include <QRegularExpression>

namespace sna {

namespace {
// Columns that place a row in time and space (not measures, not breakdowns).
const char* const kPlaceAndTime[] = {"time_period",
                                     "time_identifier",
                                     "geographic_level",
                                     "country_code",
                                     "country_name",
                                     "region_code",
                                     "region_name",
                                     "old_la_code",
                                     "new_la_code",
                                     "la_name",
                                     "year",
                                     "level",
                                     "la_code",
                                     "estab",
                                     "laestab",
                                     "urn",
                                     "school_name",
                                     "data",
                                     "notecodes",
                                     "note_codes",
                                     "areacode",
                                     "area_code",
                                     "area",
                                     "yearcode",
                                     "year_code",
                                     "areaitemnameeng",
                                     "yearitemnameeng",
                                     "areaitemnamecym",
                                     "yearitemnamecym"};

// The academic year a term belongs to starts in September of the first year: "202223" with
// "Autumn term" is September–December 2022.
std::optional<MonthSpan> termSpan(const QString& identifier, const MonthSpan& year)
{
    const QString t = identifier.toLower();
    const int first = year.start / 100;
    if (t.contains(QLatin1String("autumn")) && t.contains(QLatin1String("spring")))
        return MonthSpan{first * 100 + 9, (first + 1) * 100 + 4};
    if (t.contains(QLatin1String("autumn")))
        return MonthSpan{first * 100 + 9, first * 100 + 12};
    if (t.contains(QLatin1String("spring")))
        return MonthSpan{(first + 1) * 100 + 1, (first + 1) * 100 + 4};
    if (t.contains(QLatin1String("summer")))
        return MonthSpan{(first + 1) * 100 + 4, (first + 1) * 100 + 8};
    return std::nullopt;
}
} // namespace

bool ExclusionsImporter::isMeasure(const QString& key)
{
    static const QRegularExpression measure(QStringLiteral(
        "excl|susp|fixed|rate|^num|headcount|enrol|pupil|percent|pct|count|^one_?plus"));
    return measure.match(key).hasMatch();
}

bool ExclusionsImporter::isStatsWales(const HeaderIndex& header)
{
    if (!header.has({"Data"}) || !header.has({"AreaCode", "Area_Code", "Area code"}) ||
        !header.has({"YearCode", "Year_Code", "Year"}))
        return false;
    return header.findContaining("exclu") >= 0 || header.findContaining("suspen") >= 0 ||
           header.findContaining("gwahardd") >= 0;
}

int ExclusionsImporter::detect(const HeaderIndex& header)
{
    bool measures = false;
    for (int i = 0; i < int(header.size()); ++i) {
        const QString& key = header.keyAt(i);
        measures = measures || key.contains(QLatin1String("excl")) ||
                   key.contains(QLatin1String("susp")) || key.contains(QLatin1String("fixed"));
    }
    if (header.has({"time_period"}) && header.has({"geographic_level"}) && measures)
        return 100;
    if (header.has({"year"}) && header.has({"level"}) && header.has({"la_name"}) && measures)
        return 90;
    if (isStatsWales(header))
        return 80;
    return 0;
}

QString ExclusionsImporter::name() const
{
    return tr("suspensions and exclusions (DfE or StatsWales)");
}

QString ExclusionsImporter::defaultPartner() const
{
    return m_layout == Layout::StatsWales ? QStringLiteral("Welsh Government (StatsWales)")
                                          : QStringLiteral("Department for Education");
}

Status ExclusionsImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    const int score = detect(header);
    if (score == 0)
        return missingColumns(fileName, name(),
                              {QStringLiteral("time_period"), QStringLiteral("geographic_level"),
                               tr("a measure such as perm_excl or suspension")},
                              header);
    m_layout = score == 100  ? Layout::DfeCurrent
               : score == 90 ? Layout::DfeOlder
                             : Layout::StatsWales;
    if (m_layout == Layout::StatsWales) {
        m_period = header.find({"YearCode", "Year_Code", "Year"});
        m_laCode = header.find({"AreaCode", "Area_Code", "Area code"});
        m_laName = header.find({"Area_ItemName_ENG", "AreaItemName_ENG", "Area name", "Area"});
        m_data = header.find({"Data"});
        m_notes = header.find({"NoteCodes", "Note_Codes", "Notes"});
    } else {
        m_period = header.find({"time_period", "year"});
        m_timeIdentifier = header.find({"time_identifier"});
        m_level = header.find({"geographic_level", "level"});
        m_laCode = header.find({"new_la_code", "la_code"});
        m_oldLaCode = header.find({"old_la_code"});
        m_laName = header.find({"la_name"});
        m_regionCode = header.find({"region_code"});
        m_regionName = header.find({"region_name"});
        m_countryCode = header.find({"country_code"});
        m_countryName = header.find({"country_name"});
    }
    for (int i = 0; i < int(header.size()); ++i) {
        const QString& key = header.keyAt(i);
        bool placeOrTime = false;
        for (const char* name : kPlaceAndTime)
            placeOrTime = placeOrTime || key == HeaderIndex::key(QString::fromLatin1(name));
        if (placeOrTime || i == m_laName)
            continue;
        if (m_layout != Layout::StatsWales && isMeasure(key))
            m_measures.append(i);
        else if (!key.endsWith(QLatin1String("code")) || m_layout != Layout::StatsWales)
            m_dimensions.append(i);
    }
    if (m_layout != Layout::StatsWales && m_measures.isEmpty())
        return missingColumns(fileName, name(), {tr("a measure such as perm_excl or suspension")},
                              header);
    return {};
}

Status ExclusionsImporter::begin(ImportContext& context)
{
    m_context = &context;
    if (!context.dryRun) {
        m_insert = std::make_unique<BatchInsert>(
            context.db, QStringLiteral("exclusion_value"),
            QStringList{QStringLiteral("dataset_id"), QStringLiteral("line"),
                        QStringLiteral("period"), QStringLiteral("period_start"),
                        QStringLiteral("period_end"), QStringLiteral("geographic_level"),
                        QStringLiteral("area_code"), QStringLiteral("area_name"),
                        QStringLiteral("breakdown"), QStringLiteral("measure"),
                        QStringLiteral("value"), QStringLiteral("suppression")});
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome ExclusionsImporter::row(const std::vector<std::string_view>& fields,
                                                   qint64 line, RowProblem& problem)
{
    const HeaderIndex& header = m_context->header;
    const auto field = [&](int c) { return HeaderIndex::field(fields, c); };
    if (qsizetype(fields.size()) != header.size())
        return reject(problem, line, QString(), {},
                      tr("expected %1 fields as in the header, found %2")
                          .arg(header.size())
                          .arg(fields.size()));
    // When: academic years ("201516", "2015/16"), or what time_identifier says.
    const QString periodText = ValueParsers::text(field(m_period));
    const QString identifier = ValueParsers::text(field(m_timeIdentifier));
    const YearSpanStyle style = identifier.contains(QLatin1String("financial"), Qt::CaseInsensitive)
                                    ? YearSpanStyle::Financial
                                    : YearSpanStyle::Academic;
    auto period = ValueParsers::period(field(m_period), style);
    if (period && !identifier.isEmpty())
        period = termSpan(identifier, *period).value_or(*period);
    if (!period)
        return reject(problem, line, header.name(m_period), field(m_period),
                      tr("not an academic year (such as 202223 or 2022/23)"));
    // Where: the local authority, region or country the row is about.
    QString level = ValueParsers::text(field(m_level));
    QString code, areaName;
    if (m_layout == Layout::StatsWales) {
        level = QStringLiteral("Local authority");
        code = ValueParsers::text(field(m_laCode));
        areaName = ValueParsers::text(field(m_laName));
    } else if (level.compare(QLatin1String("National"), Qt::CaseInsensitive) == 0) {
        code = ValueParsers::text(field(m_countryCode));
        areaName = ValueParsers::text(field(m_countryName));
    } else if (level.compare(QLatin1String("Regional"), Qt::CaseInsensitive) == 0) {
        code = ValueParsers::text(field(m_regionCode));
        areaName = ValueParsers::text(field(m_regionName));
    } else {
        code = ValueParsers::text(field(m_laCode));
        if (code.isEmpty())
            code = ValueParsers::text(field(m_oldLaCode));
        areaName = ValueParsers::text(field(m_laName));
    }
    if (code.isEmpty() && areaName.isEmpty())
        return reject(problem, line, header.name(m_laCode), field(m_laCode),
                      tr("the row names no area"));
    QStringList breakdown;
    for (int column : std::as_const(m_dimensions)) {
        const QString value = ValueParsers::text(field(column));
        if (!value.isEmpty())
            breakdown << QStringLiteral("%1=%2").arg(header.name(column), value);
    }
    const QString breakdownText = breakdown.join(QStringLiteral("; "));

    struct Value {
        QString measure;
        std::optional<double> value;
        QString mark;
    };
    QList<Value> values;
    const auto read = [&](int column, const QString& measure) -> bool {
        const std::string_view text = ValueParsers::trimmed(field(column));
        Value v{measure, std::nullopt, QString()};
        if (!text.empty()) {
            v.value = ValueParsers::number(text);
            if (!v.value) {
                if (!ValueParsers::isSuppressionMark(text))
                    return false;
                v.mark = ValueParsers::text(text);
                ++m_suppressed;
            }
        }
        values.append(v);
        return true;
    };
    if (m_layout == Layout::StatsWales) {
        if (!read(m_data, breakdownText))
            return reject(problem, line, header.name(m_data), field(m_data),
                          tr("not a number or a suppression mark (such as x, c, z or ..)"));
        if (values.first().mark.isEmpty() && m_notes >= 0 && !values.first().value)
            values.first().mark = ValueParsers::text(field(m_notes));
    } else {
        for (int column : std::as_const(m_measures)) {
            if (!read(column, header.name(column)))
                return reject(problem, line, header.name(column), field(column),
                              tr("not a number or a suppression mark (such as x, c, z or low)"));
        }
    }
    m_coverage.insert(
        {QStringLiteral("%1 %2").arg(code, breakdownText).trimmed(), period->start, period->end});
    m_context->notePeriod(period->start, period->end);
    if (m_context->dryRun)
        return RowOutcome::Stored;
    for (const Value& v : std::as_const(values)) {
        BatchInsert& insert = *m_insert;
        insert.add(m_context->datasetId);
        insert.add(line);
        insert.addText(periodText);
        insert.add(qint64(period->start));
        insert.add(qint64(period->end));
        insert.addText(level);
        insert.addText(code);
        insert.addText(areaName);
        insert.addText(m_layout == Layout::StatsWales ? QString() : breakdownText);
        insert.addText(v.measure);
        v.value ? insert.add(*v.value) : insert.addNull();
        insert.addText(v.mark);
        if (!insert.endRow())
            return fail(tr("Could not store line %1").arg(line));
    }
    return RowOutcome::Stored;
}

Status ExclusionsImporter::finish(ImportContext& context)
{
    if (m_insert && !m_insert->flush())
        return context.project.databaseError(tr("Could not store the import's records"));
    for (const CoverageKey& key : std::as_const(m_coverage))
        context.cover(key.source, key.start, key.end);
    if (m_suppressed > 0)
        context.report.notes << tr("Suppressed or unavailable values kept as missing (not zero): "
                                   "%1.")
                                    .arg(QLocale().toString(m_suppressed));
    return {};
}

} // namespace sna
