#include "MappingTargetDelegate.h"

#include "CategoryMappingModel.h"
#include "analysis/ViolenceDefinition.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>

namespace sna {

MappingTargetDelegate::MappingTargetDelegate(std::function<const ViolenceDefinition*()> definition,
                                             QObject* parent)
    : QStyledItemDelegate(parent)
    , m_definition(std::move(definition))
{
}

QWidget* MappingTargetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                             const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    const Lang ui = UiLanguage::instance().current();
    if (const ViolenceDefinition* definition = m_definition()) {
        for (const DefinitionCategory& category : definition->categories)
            combo->addItem(category.name.in(ui), category.id);
    }
    combo->addItem(tr("Not serious violence"), QString());
    return combo;
}

void MappingTargetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int found = combo->findData(index.data(CategoryMappingModel::CategoryIdRole).toString());
    combo->setCurrentIndex(found >= 0 ? found : combo->count() - 1);
}

void MappingTargetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                         const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace sna
