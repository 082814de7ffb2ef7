#include "LocalCategoryDelegate.h"

#include "analysis/ViolenceDefinition.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>

namespace sna {

namespace {
// The combo's data: "?" for not decided, "" for not serious violence, otherwise the id.
const QString kUndecided = QStringLiteral("?");
} // namespace

LocalCategoryDelegate::LocalCategoryDelegate(std::function<const ViolenceDefinition*()> definition,
                                             QObject* parent)
    : QStyledItemDelegate(parent)
    , m_definition(std::move(definition))
{
}

QString LocalCategoryDelegate::label(const ViolenceDefinition* definition, bool decided,
                                     const QString& id)
{
    if (!decided)
        return tr("Not decided yet");
    if (id.isEmpty())
        return tr("Not serious violence");
    if (definition) {
        if (const DefinitionCategory* category = definition->category(id))
            return category->name.in(UiLanguage::instance().current());
    }
    return id;
}

QWidget* LocalCategoryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                             const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    const ViolenceDefinition* definition = m_definition();
    combo->addItem(label(definition, false, {}), kUndecided);
    if (definition) {
        for (const DefinitionCategory& category : definition->categories)
            combo->addItem(label(definition, true, category.id), category.id);
    }
    combo->addItem(label(definition, true, {}), QString());
    return combo;
}

void LocalCategoryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const bool decided = index.data(DecidedRole).toBool();
    const int found = combo->findData(decided ? index.data(IdRole).toString() : kUndecided);
    combo->setCurrentIndex(std::max(0, found));
}

void LocalCategoryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                         const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString choice = combo->currentData().toString();
    const bool decided = choice != kUndecided;
    model->setData(index, decided ? choice : QString(), IdRole);
    model->setData(index, decided, DecidedRole);
    model->setData(index, label(m_definition(), decided, choice), Qt::DisplayRole);
}

} // namespace sna
