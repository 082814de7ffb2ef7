#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace sna {

// A combo box editor whose choices the model gives for each cell (Qt::UserRole + 1: a list of
// [code, label] pairs as QVariantList); the chosen code is written back with Qt::EditRole.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace sna
