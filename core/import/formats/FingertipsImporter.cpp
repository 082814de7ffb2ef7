#include "import/formats/FingertipsImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"

namespace sna {

namespace {
const char* const kNames[FingertipsImporter::ColumnCount] = {"Indicator ID",
                                                             "Indicator Name",
                                                             "Area Code",
                                                             "Area Name",
                                                             "Area Type",
                                                             "Sex",
                                                             "Age",
                                                             "Category Type",
                                                             "Category",
                                                             "Time period",
                                                             "Value",
                                                             "Lower CI 95.0 limit",
                                                             "Upper CI 95.0 limit",
                                                             "Count",
                                                             "Denominator",
                                                             "Value note"};
} // namespace

int FingertipsImporter::detect(const HeaderIndex& header)
{
    if (header.has({"Indicator ID"}) && header.has({"Area Code"}) && header.has({"Time period"}) &&
        header.has({"Value"}))
        return 100;
    return 0;
}

QString FingertipsImporter::name() const
{
    return tr("OHID Fingertips indicator data");
}

Status FingertipsImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    if (!detect(header))
        return missingColumns(fileName, name(),
                              {QStringLiteral("Indicator ID"), QStringLiteral("Area Code"),
                               QStringLiteral("Time period"), QStringLiteral("Value")},
                              header);
    for (int c = 0; c < ColumnCount; ++c)
        m_index[size_t(c)] = header.find({kNames[c]});
    return {};
}

Status FingertipsImporter::begin(ImportContext& context)
{
    m_context = &context;
    if (!context.dryRun) {
        m_insert = std::make_unique<BatchInsert>(
            context.db, QStringLiteral("indicator_value"),
            QStringList{QStringLiteral("dataset_id"),   QStringLiteral("line"),
                        QStringLiteral("indicator_id"), QStringLiteral("indicator_name"),
                        QStringLiteral("area_code"),    QStringLiteral("area_name"),
                        QStringLiteral("area_type"),    QStringLiteral("sex"),
                        QStringLiteral("age"),          QStringLiteral("category_type"),
                        QStringLiteral("category"),     QStringLiteral("period"),
                        QStringLiteral("period_start"), QStringLiteral("period_end"),
                        QStringLiteral("value"),        QStringLiteral("lower_ci95"),
                        QStringLiteral("upper_ci95"),   QStringLiteral("count"),
                        QStringLiteral("denominator"),  QStringLiteral("value_note")},
            16);
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome FingertipsImporter::row(const std::vector<std::string_view>& fields,
                                                   qint64 line, RowProblem& problem)
{
    const HeaderIndex& header = m_context->header;
    const auto field = [&](int c) { return HeaderIndex::field(fields, m_index[size_t(c)]); };
    const auto columnName = [&](int c) { return header.name(m_index[size_t(c)]); };
    // Rows one (empty) field short of the header are how Fingertips writes them.
    if (qsizetype(fields.size()) > header.size())
        return reject(problem, line, QString(), {},
                      tr("expected at most %1 fields as in the header, found %2")
                          .arg(header.size())
                          .arg(fields.size()));
    const auto indicator = ValueParsers::integer(field(IndicatorId));
    if (!indicator || *indicator <= 0)
        return reject(problem, line, columnName(IndicatorId), field(IndicatorId),
                      tr("not an indicator number"));
    const QString area = ValueParsers::text(field(AreaCode));
    if (area.isEmpty())
        return reject(problem, line, columnName(AreaCode), field(AreaCode),
                      tr("the area code is empty"));
    const auto period = ValueParsers::period(field(TimePeriod), YearSpanStyle::Financial);
    if (!period)
        return reject(problem, line, columnName(TimePeriod), field(TimePeriod),
                      tr("not a period (such as 2019, 2019/20 or 2017 - 19)"));
    std::optional<double> numbers[5];
    const int numberColumns[5] = {Value, LowerCi95, UpperCi95, Count, Denominator};
    for (int i = 0; i < 5; ++i) {
        const std::string_view value = ValueParsers::trimmed(field(numberColumns[i]));
        if (value.empty())
            continue;
        numbers[i] = ValueParsers::number(value);
        if (!numbers[i])
            return reject(problem, line, columnName(numberColumns[i]), value, tr("not a number"));
    }
    if (numbers[3] && *numbers[3] < 0)
        return reject(problem, line, columnName(Count), field(Count), tr("a negative count"));
    const QString areaType = ValueParsers::text(field(AreaType));
    m_coverage.insert({QStringLiteral("indicator %1 %2").arg(*indicator).arg(areaType),
                       period->start, period->end});
    m_context->notePeriod(period->start, period->end);
    if (m_context->dryRun)
        return RowOutcome::Stored;

    BatchInsert& insert = *m_insert;
    insert.add(m_context->datasetId);
    insert.add(line);
    insert.add(*indicator);
    insert.addText(ValueParsers::text(field(IndicatorName)).simplified());
    insert.addText(area);
    insert.addText(ValueParsers::text(field(AreaName)));
    insert.addText(areaType);
    insert.addText(ValueParsers::text(field(Sex)));
    insert.addText(ValueParsers::text(field(Age)));
    insert.addText(ValueParsers::text(field(CategoryType)));
    insert.addText(ValueParsers::text(field(Category)));
    insert.addText(ValueParsers::text(field(TimePeriod)));
    insert.add(qint64(period->start));
    insert.add(qint64(period->end));
    for (const auto& number : numbers)
        number ? insert.add(*number) : insert.addNull();
    insert.addText(ValueParsers::text(field(ValueNote)));
    if (!insert.endRow())
        return fail(tr("Could not store line %1").arg(line));
    return RowOutcome::Stored;
}

Status FingertipsImporter::finish(ImportContext& context)
{
    if (m_insert && !m_insert->flush())
        return context.project.databaseError(tr("Could not store the import's records"));
    for (const CoverageKey& key : std::as_const(m_coverage))
        context.cover(key.source, key.start, key.end);
    return {};
}

} // namespace sna
