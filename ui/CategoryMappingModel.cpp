#include "CategoryMappingModel.h"

#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sna {

namespace {
const QString kPolice = QString::fromLatin1(ViolenceDefinition::kPoliceSource);
}

CategoryMappingModel::CategoryMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CategoryMappingModel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProjectSession::dataChanged, this, &CategoryMappingModel::rebuild);
    rebuild();
}

void CategoryMappingModel::rebuild()
{
    beginResetModel();
    m_categories.clear();
    if (m_session) {
        for (const auto& [category, count] : m_session->summary().byCategory)
            m_categories.append(category);
        for (const CategoryMapping& mapping : m_session->definition().mappings) {
            if (mapping.source == kPolice && !m_categories.contains(mapping.sourceCategory))
                m_categories.append(mapping.sourceCategory);
        }
    }
    endResetModel();
}

int CategoryMappingModel::unmappedCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += index(row, 0).data(UnmappedRole).toBool();
    return count;
}

int CategoryMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoryMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryMappingModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || index.row() < 0 || index.row() >= rowCount())
        return {};
    const QString& category = m_categories[index.row()];
    const auto mapping = m_session->definition().mappingFor(kPolice, category);
    if (role == UnmappedRole)
        return !mapping.has_value();
    if (role == CategoryIdRole)
        return mapping.value_or(QString());
    switch (index.column()) {
    case SourceCategory:
        if (role == Qt::DisplayRole)
            return category;
        break;
    case Records:
        if (role == Qt::DisplayRole) {
            for (const auto& [name, count] : m_session->summary().byCategory) {
                if (name == category)
                    return QLocale().toString(count);
            }
            return QLocale().toString(0);
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CountsAs:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (!mapping)
                return tr("Unmapped — choose");
            if (mapping->isEmpty())
                return tr("Not serious violence");
            const DefinitionCategory* target = m_session->definition().category(*mapping);
            if (!target)
                return *mapping;
            const QString name = target->name.in(UiLanguage::instance().current());
            return target->included ? name : tr("%1 (not included)").arg(name);
        }
        if (role == Qt::ForegroundRole && !mapping)
            return QBrush(QColor(0xA3, 0x3B, 0x00));
        break;
    }
    return {};
}

bool CategoryMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || index.column() != CountsAs || role != Qt::EditRole ||
        index.row() >= rowCount())
        return false;
    const QString category = m_categories[index.row()];
    ViolenceDefinition definition = m_session->definition();
    const QString target = value.toString();
    bool found = false;
    for (CategoryMapping& mapping : definition.mappings) {
        if (mapping.source == kPolice && mapping.sourceCategory == category) {
            mapping.categoryId = target;
            found = true;
        }
    }
    if (!found)
        definition.mappings.append(CategoryMapping{kPolice, category, target});
    if (auto edited = m_session->editDefinition(definition, tr("Map “%1”").arg(category));
        !edited) {
        Q_EMIT refused(edited.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags CategoryMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == CountsAs)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CategoryMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceCategory:
        return tr("Police category (data.police.uk)");
    case Records:
        return tr("Records");
    case CountsAs:
        return tr("Counts as");
    }
    return {};
}

void CategoryMappingModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace sna
