#include "DateDelegate.h"

#include <QDateEdit>

namespace sna {

const QDate DateDelegate::kNotSet(2000, 1, 1);

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex&) const
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNotSet);
    edit->setSpecialValueText(tr("Not set"));
    return edit;
}

void DateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<QDateEdit*>(editor);
    const QDate date = index.data(Qt::EditRole).toDate();
    edit->setDate(date.isValid() ? date : QDate::currentDate());
}

void DateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const
{
    const QDate date = static_cast<QDateEdit*>(editor)->date();
    model->setData(index, date == kNotSet ? QDate() : date, Qt::EditRole);
}

} // namespace sna
