#include "import/formats/MappedImporter.h"

#include "import/MappingStore.h"
#include "import/ValueParsers.h"
#include "project/AreaCatalogue.h"
#include "project/Project.h"
#include "project/SqliteStatement.h"

#include <QLocale>

namespace sna {

QString MappedImporter::name() const
{
    return tr("partner data through the mapping “%1”")
        .arg(m_mapping.name.isEmpty() ? m_mapping.partner : m_mapping.name);
}

Status MappedImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    if (auto fits = m_mapping.checkAgainst(header.header(), fileName); !fits)
        return fits;
    for (const ColumnMapping::Column& c : std::as_const(m_mapping.columns)) {
        if (c.field == CanonicalField::Ignore || c.field == CanonicalField::FreeText)
            continue;
        m_columns.insert(int(c.field), header.find(c.column));
    }
    return {};
}

Status MappedImporter::begin(ImportContext& context)
{
    m_context = &context;
    const QString partner = context.options.provenance.partner.isEmpty()
                                ? m_mapping.partner
                                : context.options.provenance.partner;
    m_source = MappingStore::partnerSource(partner);
    // Area codes are checked against what the project knows: the bundled ONS lookup of local
    // authorities, CSPs and forces, and any lookups imported.
    const QString areaLevel =
        mapped(CanonicalField::AreaCode) ? mapped(CanonicalField::AreaCode)->level : QString();
    if (!areaLevel.isEmpty()) {
        SqliteStatement codes(context.db, "SELECT DISTINCT code FROM geo_name WHERE level = ?");
        codes.bindText(1, areaLevel);
        while (codes.step())
            m_knownAreas.insert(codes.columnText(0));
        if (!m_knownAreas.isEmpty())
            m_levelsWithLookup.insert(areaLevel);
    }
    {
        SqliteStatement categories(context.db,
                                   "SELECT id, name FROM partner_category WHERE source = ?");
        categories.bindText(1, m_source);
        while (categories.step())
            m_categories.insert(categories.columnText(1), categories.columnInt(0));
    }
    if (!context.dryRun) {
        m_insert = std::make_unique<BatchInsert>(
            context.db, QStringLiteral("partner_record"),
            QStringList{QStringLiteral("dataset_id"), QStringLiteral("line"),
                        QStringLiteral("period_start"), QStringLiteral("period_end"),
                        QStringLiteral("day"), QStringLiteral("area_level"),
                        QStringLiteral("area_code"), QStringLiteral("category_id"),
                        QStringLiteral("n"), QStringLiteral("suppressed"), QStringLiteral("age"),
                        QStringLiteral("age_band"), QStringLiteral("sex"),
                        QStringLiteral("location_type"), QStringLiteral("weapon"),
                        QStringLiteral("domestic_abuse"), QStringLiteral("hour")},
            16);
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

QString MappedImporter::translated(CanonicalField field, const QString& value) const
{
    const ColumnMapping::Column* c = mapped(field);
    if (!c)
        return value;
    for (auto it = c->values.cbegin(); it != c->values.cend(); ++it) {
        if (it.key().compare(value, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return value;
}

std::optional<qint64> MappedImporter::categoryId(const QString& name)
{
    auto it = m_categories.constFind(name);
    if (it != m_categories.constEnd())
        return *it;
    qint64 id = 0;
    if (m_context->dryRun) {
        id = m_provisional--;
    } else {
        SqliteStatement insert(m_context->db,
                               "INSERT INTO partner_category(source, name) VALUES (?, ?)");
        insert.bindText(1, m_source);
        insert.bindText(2, name);
        if (!insert.execute())
            return std::nullopt;
        id = sqlite3_last_insert_rowid(m_context->db);
    }
    m_categories.insert(name, id);
    if (!m_mapping.categories.contains(name))
        m_unmapped.insert(name);
    return id;
}

FormatImporter::RowOutcome MappedImporter::row(const std::vector<std::string_view>& fields,
                                               qint64 line, RowProblem& problem)
{
    const HeaderIndex& header = m_context->header;
    const auto field = [&](CanonicalField f) { return HeaderIndex::field(fields, column(f)); };
    const auto columnName = [&](CanonicalField f) { return header.name(column(f)); };
    if (qsizetype(fields.size()) > header.size())
        return reject(problem, line, QString(), {},
                      tr("expected %1 fields as in the header, found %2")
                          .arg(header.size())
                          .arg(fields.size()));

    // When.
    MonthSpan span;
    QString day;
    std::optional<int> hour;
    if (column(CanonicalField::Date) >= 0) {
        const auto date =
            ValueParsers::date(field(CanonicalField::Date), mapped(CanonicalField::Date)->format);
        if (!date)
            return reject(
                problem, line, columnName(CanonicalField::Date), field(CanonicalField::Date),
                mapped(CanonicalField::Date)->format.isEmpty()
                    ? tr("not a date (such as 31/03/2024 or 2024-03-31)")
                    : tr("not a date in the form %1").arg(mapped(CanonicalField::Date)->format));
        day = date->toString(Qt::ISODate);
        span = {date->year() * 100 + date->month(), date->year() * 100 + date->month()};
        hour = ValueParsers::hour(field(CanonicalField::Date)); // a date-time's hour, if any
    }
    if (column(CanonicalField::Time) >= 0) {
        const std::string_view text = ValueParsers::trimmed(field(CanonicalField::Time));
        if (!text.empty()) {
            hour = ValueParsers::hour(text);
            if (!hour)
                return reject(problem, line, columnName(CanonicalField::Time), text,
                              tr("not a time of day (such as 23:15)"));
        }
    }
    if (column(CanonicalField::Period) >= 0) {
        const auto period =
            ValueParsers::period(field(CanonicalField::Period), YearSpanStyle::Financial);
        if (!period)
            return reject(problem, line, columnName(CanonicalField::Period),
                          field(CanonicalField::Period),
                          tr("not a period (such as 2024-01, Jan 2024, 2024 Q1 or 2023/24)"));
        if (day.isEmpty())
            span = *period;
    }
    // Where.
    QString area;
    const QString level =
        mapped(CanonicalField::AreaCode) ? mapped(CanonicalField::AreaCode)->level : QString();
    if (column(CanonicalField::AreaCode) >= 0) {
        const std::string_view code = ValueParsers::trimmed(field(CanonicalField::AreaCode));
        if (!code.empty()) {
            area = ValueParsers::text(code).toUpper();
            if (!ValueParsers::isAreaCode(area.toLatin1().toStdString(), level))
                return reject(problem, line, columnName(CanonicalField::AreaCode), code,
                              tr("not an ONS %1 code").arg(level.toUpper()));
            // Local authority codes are checked against the bundled ONS lookup and any lookup
            // imported; other levels against imported lookups, when there are any.
            const bool isLad = level == QLatin1String("lad");
            bool known = m_knownAreas.contains(area) ||
                         (isLad && AreaCatalogue::instance().find(area).has_value());
            if (!isLad && !m_levelsWithLookup.contains(level))
                known = true; // nothing to check against: the code's form is all we know
            if (!known)
                return reject(problem, line, columnName(CanonicalField::AreaCode), code,
                              tr("unknown area code: not in the ONS lookups this project holds "
                                 "(import a newer lookup if the code is new)"));
        }
    }
    // What.
    const QString category = ValueParsers::text(field(CanonicalField::Category));
    if (category.isEmpty())
        return reject(problem, line, columnName(CanonicalField::Category),
                      field(CanonicalField::Category), tr("the category is empty"));
    std::optional<qint64> n = 1;
    bool suppressed = false;
    if (column(CanonicalField::Count) >= 0) {
        const std::string_view text = ValueParsers::trimmed(field(CanonicalField::Count));
        if (text.empty())
            return reject(problem, line, columnName(CanonicalField::Count), text,
                          tr("the count is empty"));
        n = ValueParsers::integer(text);
        if (!n) {
            if (!ValueParsers::isSuppressionMark(text))
                return reject(problem, line, columnName(CanonicalField::Count), text,
                              tr("not a whole number"));
            suppressed = true;
        } else if (*n < 0) {
            return reject(problem, line, columnName(CanonicalField::Count), text,
                          tr("a negative count"));
        }
    }
    std::optional<qint64> age;
    if (column(CanonicalField::Age) >= 0) {
        const std::string_view text = ValueParsers::trimmed(field(CanonicalField::Age));
        if (!text.empty()) {
            age = ValueParsers::integer(text);
            if (!age || *age < 0 || *age > 120)
                return reject(problem, line, columnName(CanonicalField::Age), text,
                              tr("not an age in years (0 to 120)"));
        }
    }
    QString sex;
    if (column(CanonicalField::Sex) >= 0) {
        const QString raw = ValueParsers::text(field(CanonicalField::Sex));
        const QString value = translated(CanonicalField::Sex, raw).toLower();
        if (value.isEmpty())
            sex = QString();
        else if (value == QLatin1String("m") || value == QLatin1String("male") ||
                 value == QLatin1String("man") || value == QLatin1String("boy") ||
                 value == QLatin1String("gwryw"))
            sex = QStringLiteral("M");
        else if (value == QLatin1String("f") || value == QLatin1String("female") ||
                 value == QLatin1String("woman") || value == QLatin1String("girl") ||
                 value == QLatin1String("benyw"))
            sex = QStringLiteral("F");
        else
            sex = QStringLiteral("U");
    }
    std::optional<bool> flags[2];
    const CanonicalField flagFields[2] = {CanonicalField::WeaponFlag,
                                          CanonicalField::DomesticAbuseFlag};
    for (int i = 0; i < 2; ++i) {
        if (column(flagFields[i]) < 0)
            continue;
        const QString raw = ValueParsers::text(field(flagFields[i]));
        if (raw.isEmpty())
            continue;
        const QByteArray value = translated(flagFields[i], raw).toUtf8();
        flags[i] = ValueParsers::flag(std::string_view(value.constData(), size_t(value.size())));
        if (!flags[i])
            return reject(problem, line, columnName(flagFields[i]), field(flagFields[i]),
                          tr("not yes or no"));
    }

    const auto category_id = categoryId(category);
    if (!category_id)
        return fail(tr("Could not store line %1").arg(line));
    m_spans.insert({span.start, span.end});
    m_context->notePeriod(span.start, span.end);
    if (m_context->dryRun)
        return RowOutcome::Stored;

    BatchInsert& insert = *m_insert;
    insert.add(m_context->datasetId);
    insert.add(line);
    insert.add(qint64(span.start));
    insert.add(qint64(span.end));
    day.isEmpty() ? insert.addNull() : insert.addText(day);
    insert.addText(area.isEmpty() ? QString() : level);
    insert.addText(area);
    insert.add(*category_id);
    suppressed ? insert.addNull() : insert.add(*n);
    insert.add(qint64(suppressed));
    age ? insert.add(*age) : insert.addNull();
    insert.addTextOrNull(ValueParsers::trimmed(field(CanonicalField::AgeBand)));
    sex.isEmpty() ? insert.addNull() : insert.addText(sex);
    insert.addTextOrNull(ValueParsers::trimmed(field(CanonicalField::LocationType)));
    for (const auto& flag : flags)
        flag ? insert.add(qint64(*flag)) : insert.addNull();
    hour ? insert.add(qint64(*hour)) : insert.addNull();
    if (!insert.endRow())
        return fail(tr("Could not store line %1").arg(line));
    return RowOutcome::Stored;
}

Status MappedImporter::finish(ImportContext& context)
{
    if (m_insert && !m_insert->flush())
        return context.project.databaseError(tr("Could not store the import's records"));
    // Coverage month by month: next month's file from the same partner does not overlap.
    QSet<int> months;
    for (const auto& [start, end] : std::as_const(m_spans)) {
        for (int m = start; m > 0 && m <= end && months.size() < 2400;
             m = ValueParsers::addMonths(m, 1))
            months.insert(m);
    }
    for (int month : std::as_const(months))
        context.cover(m_source, month, month);
    if (!m_unmapped.isEmpty()) {
        QStringList names = m_unmapped.values();
        names.sort();
        context.report.notes << tr("Categories not yet mapped to the local definition of "
                                   "serious violence: %1.")
                                    .arg(names.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace sna
