#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace sna {

class ViolenceDefinition;

// Chooses what a source category counts as: a category of the definition, or "not serious
// violence".
class MappingTargetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    MappingTargetDelegate(std::function<const ViolenceDefinition*()> definition, QObject* parent);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    std::function<const ViolenceDefinition*()> m_definition;
};

} // namespace sna
