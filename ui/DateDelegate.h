#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace sna {

// Edits an optional date: the earliest date of the editor reads "Not set" and stands for no
// date, so a date can be cleared as easily as set. The model gives and takes a QDate (invalid
// when not set) in Qt::EditRole.
class DateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static const QDate kNotSet;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace sna
