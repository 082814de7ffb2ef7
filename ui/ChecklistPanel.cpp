#include "ChecklistPanel.h"

#include "ProjectSession.h"

#include <QCheckBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sna {

namespace {
QColor colourOf(ComplianceItem::State state)
{
    switch (state) {
    case ComplianceItem::State::Pass:
        return QColor(0x2E, 0x7D, 0x32);
    case ComplianceItem::State::Fail:
        return QColor(0xA3, 0x3B, 0x00);
    case ComplianceItem::State::NotApplicable:
        break;
    }
    return QColor(0x55, 0x5F, 0x6B);
}
} // namespace

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChecklistModel::setItems(const QList<ComplianceItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const ComplianceItem* ChecklistModel::item(const QString& id) const
{
    for (const ComplianceItem& entry : m_items) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_items.size())
        return {};
    const ComplianceItem& entry = m_items[index.row()];
    switch (role) {
    case TargetRole:
        return entry.target;
    case IdRole:
        return entry.id;
    case FailingRole:
        return entry.state == ComplianceItem::State::Fail;
    default:
        break;
    }
    switch (index.column()) {
    case State:
        if (role == Qt::DisplayRole)
            return ComplianceChecklist::stateLabel(entry.state);
        if (role == Qt::ForegroundRole)
            return colourOf(entry.state);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(entry.state == ComplianceItem::State::Fail && entry.required);
            return font;
        }
        break;
    case Item:
        // The reason reads under the check, so that it is never cut short.
        if (role == Qt::DisplayRole)
            return (entry.required ? entry.title : tr("%1 (recommended)").arg(entry.title)) +
                   QLatin1Char('\n') + entry.reason;
        if (role == Qt::ToolTipRole)
            return entry.reason;
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("Result");
    case Item:
        return tr("Check and reason");
    }
    return {};
}

ChecklistPanel::ChecklistPanel(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    m_onlyFailing = new QCheckBox(this);
    m_model = new ChecklistModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ChecklistModel::FailingRole);
    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::State, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyFailing);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_view, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(left);

    connect(m_onlyFailing, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString target = index.data(ChecklistModel::TargetRole).toString();
        if (!target.isEmpty())
            Q_EMIT navigateRequested(target);
    });
    setEnabled(false);
    retranslateUi();
}

void ChecklistPanel::setSession(ProjectSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->undoStack(), nullptr, this, nullptr);
    }
    m_session = session;
    setEnabled(session != nullptr);
    if (session) {
        // Every edit may change an item: the checklist is computed again after each.
        connect(session->undoStack(), &QUndoStack::indexChanged, this, &ChecklistPanel::refresh);
        connect(session, &ProjectSession::dataChanged, this, &ChecklistPanel::refresh);
    }
    refresh();
}

void ChecklistPanel::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void ChecklistPanel::refresh()
{
    if (!m_session) {
        m_model->setItems({});
        m_summary->clear();
        return;
    }
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QList<ComplianceItem> items =
        ComplianceChecklist::evaluate(m_session->complianceInput(today));
    m_model->setItems(items);
    int required = 0;
    int passing = 0;
    for (const ComplianceItem& item : items) {
        if (!item.required || item.state == ComplianceItem::State::NotApplicable)
            continue;
        ++required;
        passing += item.state == ComplianceItem::State::Pass ? 1 : 0;
    }
    m_summary->setText(
        passing == required
            ? tr("Ready to publish: every required check passes (%1 of %2).")
                  .arg(passing)
                  .arg(required)
            : tr("Required checks passing: %1 of %2. Double-click an item to fix it.")
                  .arg(passing)
                  .arg(required));
    m_summary->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(passing == required ? QStringLiteral("#2E7D32") : QStringLiteral("#A33B00")));
}

void ChecklistPanel::retranslateUi()
{
    m_onlyFailing->setText(tr("Show only what fails"));
    m_view->setAccessibleName(tr("Compliance checklist"));
    refresh();
}

void ChecklistPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
