#include "EmbeddedItemsWidget.h"

#include "ProjectSession.h"
#include "document/EmbeddedItems.h"
#include "foundation/UiLanguage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

EmbeddedItemModel::EmbeddedItemModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void EmbeddedItemModel::setItems(ProjectSession* session, const QList<EmbeddedItem>& items)
{
    beginResetModel();
    m_session = session;
    m_items = items;
    endResetModel();
}

int EmbeddedItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant EmbeddedItemModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_items.size())
        return {};
    const EmbeddedItem& item = m_items[index.row()];
    const Lang ui = UiLanguage::instance().current();
    if (role == Qt::DisplayRole) {
        const QString preview =
            m_session ? EmbeddedItems::preview(item, m_session->analysis(), ui) : QString();
        return tr("%1: %2 — %3")
            .arg(EmbeddedItems::kindLabel(item.kind), EmbeddedItems::title(item).in(ui), preview);
    }
    if (role == Qt::ToolTipRole)
        return tr("Built from the project’s data each time the document is shown or exported, "
                  "with small counts withheld.");
    return {};
}

EmbeddedItemsWidget::EmbeddedItemsWidget(QWidget* parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_model = new EmbeddedItemModel(this);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setMaximumHeight(80);
    m_view->setWordWrap(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_label->setBuddy(m_view);
    m_add = new QPushButton(this);
    m_menu = new QMenu(m_add);
    m_add->setMenu(m_menu);
    m_remove = new QPushButton(this);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);

    auto* buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    buttons->addLayout(order);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(row);

    connect(m_remove, &QPushButton::clicked, this, &EmbeddedItemsWidget::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    retranslateUi();
}

void EmbeddedItemsWidget::setSection(ProjectSession* session, DocumentKind kind,
                                     const QString& sectionId)
{
    if (m_session != session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_session = session;
        if (m_session) {
            connect(m_session, &ProjectSession::documentChanged, this,
                    &EmbeddedItemsWidget::refresh);
            connect(m_session, &ProjectSession::dataChanged, this, &EmbeddedItemsWidget::refresh);
        }
    }
    m_kind = kind;
    m_sectionId = sectionId;
    refresh();
}

void EmbeddedItemsWidget::refresh()
{
    const Section* section = m_session ? m_session->document(m_kind).section(m_sectionId) : nullptr;
    const int row = m_view->currentIndex().row();
    m_model->setItems(m_session, section ? section->items : QList<EmbeddedItem>());
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row));
    setEnabled(section != nullptr && !section->notApplicable);
}

void EmbeddedItemsWidget::setItems(const QList<EmbeddedItem>& items, const QString& description)
{
    if (!m_session || !m_session->document(m_kind).section(m_sectionId))
        return;
    Document document = m_session->document(m_kind);
    document.setItems(m_sectionId, items);
    m_session->editDocument(m_kind, document, description);
}

void EmbeddedItemsWidget::addItem(const EmbeddedItem& item)
{
    QList<EmbeddedItem> items = m_model->items();
    if (items.contains(item))
        return;
    items.append(item);
    setItems(items,
             tr("Add “%1”").arg(EmbeddedItems::title(item).in(UiLanguage::instance().current())));
    m_view->setCurrentIndex(m_model->index(int(m_model->items().size()) - 1));
}

void EmbeddedItemsWidget::removeCurrent()
{
    const int row = m_view->currentIndex().row();
    QList<EmbeddedItem> items = m_model->items();
    if (row < 0 || row >= items.size())
        return;
    const EmbeddedItem item = items.takeAt(row);
    setItems(
        items,
        tr("Remove “%1”").arg(EmbeddedItems::title(item).in(UiLanguage::instance().current())));
}

void EmbeddedItemsWidget::moveCurrent(int direction)
{
    const int row = m_view->currentIndex().row();
    QList<EmbeddedItem> items = m_model->items();
    const int to = row + direction;
    if (row < 0 || row >= items.size() || to < 0 || to >= items.size())
        return;
    items.move(row, to);
    setItems(items, tr("Reorder items"));
    m_view->setCurrentIndex(m_model->index(to));
}

void EmbeddedItemsWidget::fillMenu()
{
    m_menu->clear();
    const Lang ui = UiLanguage::instance().current();
    QString kind;
    for (const EmbeddedItem& item : EmbeddedItems::available()) {
        if (item.kind != kind) {
            kind = item.kind;
            m_menu->addSection(EmbeddedItems::kindLabel(kind));
        }
        QAction* action = m_menu->addAction(EmbeddedItems::title(item).in(ui));
        connect(action, &QAction::triggered, this, [this, item] { addItem(item); });
    }
}

void EmbeddedItemsWidget::retranslateUi()
{
    m_label->setText(tr("&Live items after the text (charts, tables, key figures):"));
    m_view->setAccessibleName(tr("Live items"));
    m_add->setText(tr("Add item"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove item"));
    m_up->setText(tr("Up"));
    m_up->setAccessibleName(tr("Move item up"));
    m_down->setText(tr("Down"));
    m_down->setAccessibleName(tr("Move item down"));
    fillMenu();
    refresh();
}

void EmbeddedItemsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
