#include "ChoiceDelegate.h"

#include <QComboBox>

namespace sna {

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const QVariantList choices = index.data(ChoicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    for (const QVariant& choice : choices) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(1).toString(), pair.value(0));
    }
    // Commit as soon as a choice is made, so a click is enough.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<ChoiceDelegate*>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(std::max(found, 0));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace sna
