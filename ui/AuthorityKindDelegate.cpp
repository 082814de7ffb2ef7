#include "AuthorityKindDelegate.h"

#include "AuthorityTableModel.h"
#include "project/AuthorityKind.h"

#include <QComboBox>

namespace sna {

QWidget* AuthorityKindDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                             const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (AuthorityKind kind : AuthorityKinds::all())
        combo->addItem(AuthorityKinds::label(kind), AuthorityKinds::code(kind));
    return combo;
}

void AuthorityKindDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(AuthorityTableModel::KindCodeRole)));
}

void AuthorityKindDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                         const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace sna
