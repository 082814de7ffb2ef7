#include "DefinitionCategoryModel.h"

#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

namespace sna {

DefinitionCategoryModel::DefinitionCategoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DefinitionCategoryModel::setSession(ProjectSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProjectSession::definitionChanged, this,
                &DefinitionCategoryModel::reset);
    endResetModel();
}

void DefinitionCategoryModel::reset()
{
    beginResetModel();
    endResetModel();
}

int DefinitionCategoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->definition().categories.size());
}

int DefinitionCategoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefinitionCategoryModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || index.row() < 0 || index.row() >= rowCount())
        return {};
    const DefinitionCategory& category = m_session->definition().categories[index.row()];
    const Lang ui = UiLanguage::instance().current();
    switch (index.column()) {
    case Included:
        if (role == Qt::CheckStateRole)
            return category.included ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return category.included ? tr("Included") : tr("Not included");
        break;
    case Name:
        if (role == Qt::DisplayRole)
            return category.name.in(ui);
        if (role == Qt::ToolTipRole)
            return category.rationale.in(ui);
        break;
    case Scope:
        if (role == Qt::DisplayRole)
            return ViolenceScopes::label(category.scope);
        break;
    }
    return {};
}

bool DefinitionCategoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || index.column() != Included || role != Qt::CheckStateRole ||
        index.row() >= rowCount())
        return false;
    ViolenceDefinition definition = m_session->definition();
    DefinitionCategory& category = definition.categories[index.row()];
    category.included = value.toInt() == Qt::Checked;
    const Lang ui = UiLanguage::instance().current();
    const QString description = category.included ? tr("Include “%1”").arg(category.name.in(ui))
                                                  : tr("Leave out “%1”").arg(category.name.in(ui));
    if (auto edited = m_session->editDefinition(definition, description); !edited) {
        Q_EMIT refused(edited.error().message);
        Q_EMIT dataChanged(index, index); // the box springs back
        return false;
    }
    return true;
}

Qt::ItemFlags DefinitionCategoryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Included)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DefinitionCategoryModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Included:
        return tr("Included");
    case Name:
        return tr("Category");
    case Scope:
        return tr("Kind of violence (guidance paras 29–33)");
    }
    return {};
}

void DefinitionCategoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace sna
