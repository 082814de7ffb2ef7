#include "MappingTableModel.h"

#include "ChoiceDelegate.h"

namespace sna {

namespace {
const char* const kLevels[] = {"lsoa", "msoa", "ward", "lad", "csp", "pfa"};
}

MappingTableModel::MappingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString MappingTableModel::levelLabel(const QString& level)
{
    if (level == QLatin1String("lsoa"))
        return tr("LSOA");
    if (level == QLatin1String("msoa"))
        return tr("MSOA");
    if (level == QLatin1String("ward"))
        return tr("Ward");
    if (level == QLatin1String("lad"))
        return tr("Local authority");
    if (level == QLatin1String("csp"))
        return tr("Community Safety Partnership");
    if (level == QLatin1String("pfa"))
        return tr("Police force area");
    return level;
}

void MappingTableModel::setFile(const FilePreview& preview, const ColumnMapping& mapping)
{
    beginResetModel();
    m_preview = preview;
    m_base = mapping;
    m_rows.clear();
    for (const QString& name : preview.header) {
        ColumnMapping::Column column;
        column.column = name;
        for (const ColumnMapping::Column& mapped : mapping.columns) {
            if (mapped.column.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                column = mapped;
                column.column = name;
            }
        }
        m_rows.append(column);
    }
    endResetModel();
    Q_EMIT mappingChanged();
}

void MappingTableModel::setMapping(const ColumnMapping& mapping)
{
    setFile(m_preview, mapping);
}

ColumnMapping MappingTableModel::mapping() const
{
    ColumnMapping mapping = m_base;
    mapping.columns.clear();
    for (const ColumnMapping::Column& column : m_rows) {
        if (column.field != CanonicalField::Ignore)
            mapping.columns.append(column);
    }
    return mapping;
}

int MappingTableModel::columnOf(CanonicalField field) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].field == field)
            return i;
    }
    return -1;
}

bool MappingTableModel::setField(int row, CanonicalField field, const QString& level)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    // One column per field: the one mapped before goes back to "not imported".
    if (field != CanonicalField::Ignore && field != CanonicalField::FreeText) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (i != row && m_rows[i].field == field) {
                m_rows[i].field = CanonicalField::Ignore;
                m_rows[i].level.clear();
                Q_EMIT dataChanged(index(i, Field), index(i, Format));
            }
        }
    }
    m_rows[row].field = field;
    m_rows[row].level = field == CanonicalField::AreaCode
                            ? (level.isEmpty() ? QStringLiteral("lsoa") : level)
                            : QString();
    if (field != CanonicalField::Date)
        m_rows[row].format.clear();
    Q_EMIT dataChanged(index(row, Field), index(row, Format));
    Q_EMIT mappingChanged();
    return true;
}

int MappingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ColumnMapping::Column& column = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileColumn:
            return column.column;
        case Example: {
            for (const QStringList& row : m_preview.rows) {
                const QString value = row.value(index.row()).trimmed();
                if (!value.isEmpty())
                    return value.left(40);
            }
            return QString();
        }
        case Field:
            return CanonicalFields::label(column.field);
        case Level:
            return column.field == CanonicalField::AreaCode ? levelLabel(column.level) : QString();
        case Format:
            return column.field == CanonicalField::Date
                       ? (column.format.isEmpty() ? tr("automatic") : column.format)
                       : QString();
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Field:
            return CanonicalFields::code(column.field);
        case Level:
            return column.level;
        case Format:
            return column.format;
        }
    }
    if (role == ChoiceDelegate::ChoicesRole) {
        QVariantList choices;
        if (index.column() == Field) {
            for (CanonicalField f : CanonicalFields::all())
                choices << QVariant(
                    QVariantList{CanonicalFields::code(f), CanonicalFields::label(f)});
        } else if (index.column() == Level) {
            for (const char* level : kLevels)
                choices << QVariant(QVariantList{QString::fromLatin1(level),
                                                 levelLabel(QString::fromLatin1(level))});
        }
        return choices.isEmpty() ? QVariant() : QVariant(choices);
    }
    return {};
}

bool MappingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    ColumnMapping::Column& column = m_rows[index.row()];
    switch (index.column()) {
    case Field: {
        const auto field = CanonicalFields::fromCode(value.toString());
        return field && setField(index.row(), *field, column.level);
    }
    case Level:
        if (column.field != CanonicalField::AreaCode)
            return false;
        column.level = value.toString();
        break;
    case Format:
        if (column.field != CanonicalField::Date)
            return false;
        column.format = value.toString().trimmed();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_rows.size())
        return flags;
    const CanonicalField field = m_rows[index.row()].field;
    if (index.column() == Field || (index.column() == Level && field == CanonicalField::AreaCode) ||
        (index.column() == Format && field == CanonicalField::Date))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("Column in the file");
    case Example:
        return tr("First value");
    case Field:
        return tr("Imported as");
    case Level:
        return tr("Geography");
    case Format:
        return tr("Date format");
    }
    return {};
}

} // namespace sna
