#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace sna {

class ViolenceDefinition;

// Chooses what a partner's category counts as in the local definition of serious violence:
// one of its categories, "not serious violence", or not decided yet (left unmapped and listed).
// The item keeps the choice in IdRole and DecidedRole; its text is the choice's name.
class LocalCategoryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 40; // category id; "" with DecidedRole: not SV
    static constexpr int DecidedRole = Qt::UserRole + 41; // false: not decided yet

    LocalCategoryDelegate(std::function<const ViolenceDefinition*()> definition, QObject* parent);

    // The text an item shows for a choice, in the interface language.
    static QString label(const ViolenceDefinition* definition, bool decided, const QString& id);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    std::function<const ViolenceDefinition*()> m_definition;
};

} // namespace sna
