#include "import/ColumnMapping.h"

#include "import/SourceAuthority.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sna {

namespace {
struct FieldInfo {
    CanonicalField field;
    const char* code;
    const char* label;
};
const FieldInfo kFields[] = {
    {CanonicalField::Date, "date", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Date")},
    {CanonicalField::Period, "period",
     QT_TRANSLATE_NOOP("sna::CanonicalFields", "Period (month, quarter or year)")},
    {CanonicalField::AreaCode, "area_code", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Area code")},
    {CanonicalField::Category, "category", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Category")},
    {CanonicalField::Count, "count", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Count")},
    {CanonicalField::Age, "age", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Age")},
    {CanonicalField::AgeBand, "age_band", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Age band")},
    {CanonicalField::Sex, "sex", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Sex")},
    {CanonicalField::LocationType, "location_type",
     QT_TRANSLATE_NOOP("sna::CanonicalFields", "Location type")},
    {CanonicalField::WeaponFlag, "weapon",
     QT_TRANSLATE_NOOP("sna::CanonicalFields", "Knife or sharp object (yes/no)")},
    {CanonicalField::DomesticAbuseFlag, "domestic_abuse",
     QT_TRANSLATE_NOOP("sna::CanonicalFields", "Domestic abuse (yes/no)")},
    {CanonicalField::Time, "time", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Time of day")},
    {CanonicalField::FreeText, "free_text",
     QT_TRANSLATE_NOOP("sna::CanonicalFields", "Free text (never kept)")},
    {CanonicalField::Ignore, "ignore", QT_TRANSLATE_NOOP("sna::CanonicalFields", "Not imported")},
};

const char* const kLevels[] = {"lsoa", "msoa", "ward", "lad", "csp", "pfa"};

bool isKnownLevel(const QString& level)
{
    for (const char* known : kLevels) {
        if (level == QLatin1String(known))
            return true;
    }
    return false;
}
} // namespace

QList<CanonicalField> CanonicalFields::all()
{
    QList<CanonicalField> list;
    for (const FieldInfo& info : kFields)
        list << info.field;
    return list;
}

QString CanonicalFields::code(CanonicalField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field)
            return QString::fromLatin1(info.code);
    }
    return {};
}

std::optional<CanonicalField> CanonicalFields::fromCode(const QString& code)
{
    for (const FieldInfo& info : kFields) {
        if (code == QLatin1String(info.code))
            return info.field;
    }
    return std::nullopt;
}

QString CanonicalFields::label(CanonicalField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field)
            return tr(info.label);
    }
    return {};
}

const ColumnMapping::Column* ColumnMapping::columnFor(CanonicalField field) const
{
    for (const Column& column : columns) {
        if (column.field == field)
            return &column;
    }
    return nullptr;
}

QStringList ColumnMapping::mappedColumns() const
{
    QStringList list;
    for (const Column& column : columns)
        list << column.column;
    return list;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(tr("The mapping “%1” is not valid JSON (at character %2: %3).")
                             .arg(sourceName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(tr("The mapping “%1” must be a JSON object.").arg(sourceName));
    const QJsonObject root = document.object();
    const QStringList knownKeys{QStringLiteral("sna_mapping"),   QStringLiteral("name"),
                                QStringLiteral("partner"),       QStringLiteral("authority_type"),
                                QStringLiteral("sharing_basis"), QStringLiteral("columns"),
                                QStringLiteral("categories")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return makeError(tr("The mapping “%1” has an unknown key “%2”; the keys are %3.")
                                 .arg(sourceName, it.key(), knownKeys.join(QStringLiteral(", "))));
    }
    if (root.value(QStringLiteral("sna_mapping")).toInt(-1) != kFormatVersion) {
        return makeError(tr("The mapping “%1” must start with \"sna_mapping\": %2 (this version "
                            "of SNA Studio reads mapping format %2).")
                             .arg(sourceName)
                             .arg(kFormatVersion));
    }
    ColumnMapping mapping;
    mapping.name = root.value(QStringLiteral("name")).toString().trimmed();
    mapping.partner = root.value(QStringLiteral("partner")).toString().trimmed();
    mapping.authorityType = root.value(QStringLiteral("authority_type")).toString().trimmed();
    mapping.sharingBasis = root.value(QStringLiteral("sharing_basis")).toString().trimmed();
    if (!mapping.authorityType.isEmpty() && !SourceAuthorities::isKnown(mapping.authorityType)) {
        return makeError(tr("The mapping “%1” has an unknown authority_type “%2”; use one of %3.")
                             .arg(sourceName, mapping.authorityType,
                                  SourceAuthorities::codes().join(QStringLiteral(", "))));
    }
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isArray() || columns.toArray().isEmpty())
        return makeError(
            tr("The mapping “%1” needs a non-empty \"columns\" list.").arg(sourceName));
    int position = 0;
    for (const QJsonValue& value : columns.toArray()) {
        ++position;
        const QJsonObject object = value.toObject();
        Column column;
        column.column = object.value(QStringLiteral("column")).toString();
        const QString fieldCode = object.value(QStringLiteral("field")).toString();
        if (column.column.trimmed().isEmpty()) {
            return makeError(tr("The mapping “%1”: entry %2 of \"columns\" has no \"column\".")
                                 .arg(sourceName)
                                 .arg(position));
        }
        const auto field = CanonicalFields::fromCode(fieldCode);
        if (!field) {
            QStringList codes;
            for (CanonicalField f : CanonicalFields::all())
                codes << CanonicalFields::code(f);
            return makeError(
                tr("The mapping “%1”: column “%2” has the unknown field “%3”; use "
                   "one of %4.")
                    .arg(sourceName, column.column, fieldCode, codes.join(QStringLiteral(", "))));
        }
        column.field = *field;
        column.level = object.value(QStringLiteral("level")).toString().trimmed().toLower();
        column.format = object.value(QStringLiteral("format")).toString().trimmed();
        const QJsonObject values = object.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            column.values.insert(it.key(), it.value().toString());
        if (column.field == CanonicalField::AreaCode && !isKnownLevel(column.level)) {
            return makeError(tr("The mapping “%1”: the area column “%2” needs a \"level\": one of "
                                "lsoa, msoa, ward, lad, csp, pfa.")
                                 .arg(sourceName, column.column));
        }
        for (const Column& earlier : std::as_const(mapping.columns)) {
            if (earlier.column == column.column) {
                return makeError(tr("The mapping “%1” lists the column “%2” twice.")
                                     .arg(sourceName, column.column));
            }
            if (earlier.field == column.field && column.field != CanonicalField::Ignore &&
                column.field != CanonicalField::FreeText) {
                return makeError(tr("The mapping “%1” maps both “%2” and “%3” to %4; map one "
                                    "column to each field.")
                                     .arg(sourceName, earlier.column, column.column,
                                          CanonicalFields::code(column.field)));
            }
        }
        mapping.columns.append(column);
    }
    const QJsonObject categories = root.value(QStringLiteral("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull()) {
            return makeError(tr("The mapping “%1”: the category “%2” must map to a text (or to "
                                "\"\" when it is outside the local definition).")
                                 .arg(sourceName, it.key()));
        }
        mapping.categories.insert(it.key(), it.value().toString());
    }
    if (!mapping.columnFor(CanonicalField::Date) && !mapping.columnFor(CanonicalField::Period))
        return makeError(tr("The mapping “%1” maps no column to \"date\" or \"period\": every "
                            "record needs a date or a period.")
                             .arg(sourceName));
    if (!mapping.columnFor(CanonicalField::Category))
        return makeError(tr("The mapping “%1” maps no column to \"category\".").arg(sourceName));
    return mapping;
}

Result<ColumnMapping> ColumnMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(
            tr("The mapping file “%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not read the mapping file “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromJson(file.readAll(), QDir::toNativeSeparators(path));
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("sna_mapping"), kFormatVersion);
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    if (!partner.isEmpty())
        root.insert(QStringLiteral("partner"), partner);
    if (!authorityType.isEmpty())
        root.insert(QStringLiteral("authority_type"), authorityType);
    if (!sharingBasis.isEmpty())
        root.insert(QStringLiteral("sharing_basis"), sharingBasis);
    QJsonArray list;
    for (const Column& column : columns) {
        QJsonObject object;
        object.insert(QStringLiteral("column"), column.column);
        object.insert(QStringLiteral("field"), CanonicalFields::code(column.field));
        if (!column.level.isEmpty())
            object.insert(QStringLiteral("level"), column.level);
        if (!column.format.isEmpty())
            object.insert(QStringLiteral("format"), column.format);
        if (!column.values.isEmpty()) {
            QJsonObject values;
            for (auto it = column.values.cbegin(); it != column.values.cend(); ++it)
                values.insert(it.key(), it.value());
            object.insert(QStringLiteral("values"), values);
        }
        list.append(object);
    }
    root.insert(QStringLiteral("columns"), list);
    if (!categories.isEmpty()) {
        QJsonObject map;
        for (auto it = categories.cbegin(); it != categories.cend(); ++it)
            map.insert(it.key(), it.value());
        root.insert(QStringLiteral("categories"), map);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ColumnMapping::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return makeError(tr("Could not write the mapping file “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status ColumnMapping::checkAgainst(const QStringList& header, const QString& fileName) const
{
    QStringList missing;
    for (const Column& column : columns) {
        bool found = false;
        for (const QString& name : header)
            found =
                found || name.trimmed().compare(column.column.trimmed(), Qt::CaseInsensitive) == 0;
        if (!found && column.field != CanonicalField::Ignore &&
            column.field != CanonicalField::FreeText)
            missing << column.column;
    }
    if (!missing.isEmpty()) {
        return makeError(tr("The mapping “%1” does not fit “%2”: the file has no column %3. The "
                            "columns found were: %4")
                             .arg(name.isEmpty() ? partner : name, fileName,
                                  QStringLiteral("“") + missing.join(QStringLiteral("”, “")) +
                                      QStringLiteral("”"),
                                  header.join(QStringLiteral(", ")).left(300)),
                         {}, QStringLiteral("needs-mapping"));
    }
    return {};
}

int ColumnMapping::matchScore(const QStringList& header) const
{
    int score = 0;
    for (const Column& column : columns) {
        for (const QString& name : header) {
            if (name.trimmed().compare(column.column.trimmed(), Qt::CaseInsensitive) == 0) {
                ++score;
                break;
            }
        }
    }
    return score;
}

} // namespace sna
