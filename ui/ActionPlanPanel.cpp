#include "ActionPlanPanel.h"

#include "ActionDetailWidget.h"
#include "ActionTableModel.h"
#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

namespace {
QString inUi(const BilingualText& text)
{
    const Lang ui = UiLanguage::instance().current();
    return text.in(ui).isEmpty() ? text.in(otherLang(ui)) : text.in(ui);
}
} // namespace

PriorityListModel::PriorityListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void PriorityListModel::setSession(ProjectSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::actionPlanChanged, this, [this] {
            // Keep the selection while a title is typed; reset when priorities come or go.
            if (rowCount() == m_session->actionPlan().priorities().size() && rowCount() > 0) {
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
                return;
            }
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

int PriorityListModel::priorityIdAt(int row) const
{
    if (!m_session || row < 0 || row >= m_session->actionPlan().priorities().size())
        return 0;
    return m_session->actionPlan().priorities()[row].id;
}

int PriorityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->actionPlan().priorities().size());
}

QVariant PriorityListModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Priority& priority = m_session->actionPlan().priorities()[index.row()];
    if (role == Qt::DisplayRole)
        return tr("%1. %2").arg(index.row() + 1).arg(inUi(priority.title));
    return {};
}

ActionPlanPanel::ActionPlanPanel(QWidget* parent)
    : QWidget(parent)
{
    m_prioritiesLabel = new QLabel(this);
    QFont bold = m_prioritiesLabel->font();
    bold.setBold(true);
    m_prioritiesLabel->setFont(bold);
    m_priorityModel = new PriorityListModel(this);
    m_priorities = new QListView(this);
    m_priorities->setModel(m_priorityModel);
    m_prioritiesLabel->setBuddy(m_priorities);
    m_addPriority = new QPushButton(this);
    m_removePriority = new QPushButton(this);
    auto* priorityForm = new QFormLayout;
    priorityForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (int i = 0; i < 2; ++i) {
        m_priorityTitleLabel[i] = new QLabel(this);
        m_priorityTitle[i] = new QLineEdit(this);
        m_priorityTitleLabel[i]->setBuddy(m_priorityTitle[i]);
        priorityForm->addRow(m_priorityTitleLabel[i], m_priorityTitle[i]);
        connect(m_priorityTitle[i], &QLineEdit::textEdited, this,
                [this, i](const QString& text) { editPriority(i, text); });
    }
    m_findingLabel = new QLabel(this);
    m_finding = new QComboBox(this);
    m_finding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_finding->setMinimumContentsLength(10);
    m_findingLabel->setBuddy(m_finding);
    priorityForm->addRow(m_findingLabel, m_finding);
    auto* priorityButtons = new QHBoxLayout;
    priorityButtons->addWidget(m_addPriority);
    priorityButtons->addWidget(m_removePriority);
    priorityButtons->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_prioritiesLabel);
    leftLayout->addWidget(m_priorities, 1);
    leftLayout->addLayout(priorityButtons);
    leftLayout->addLayout(priorityForm);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(this);
    m_sectorFilter = new QComboBox(this);
    m_priorityFilter = new QComboBox(this);
    for (QComboBox* box : {m_statusFilter, m_sectorFilter, m_priorityFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_model = new ActionTableModel(this);
    m_proxy = new ActionFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the plan's own order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setMinimumHeight(6 * (m_view->fontMetrics().height() + 8));
    // The title keeps a readable width (the table scrolls sideways when the window is narrow);
    // short columns take what their content needs.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(ActionTableModel::Title, 30 * m_view->fontMetrics().averageCharWidth());
    for (int column : {ActionTableModel::Priority, ActionTableModel::Start, ActionTableModel::Due})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_count = new QLabel(this);
    m_detail = new ActionDetailWidget(this);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #A33B00; }"));
    m_problem->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_sectorFilter, 1);
    filters->addWidget(m_priorityFilter, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_problem, 2);
    auto* table = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(buttons);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(table);
    vertical->addWidget(m_detail);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);
    vertical->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(vertical);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ActionFilterProxy::setText);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ActionPlanPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActionPlanPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActionPlanPanel::updateCount);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_sectorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSector(m_sectorFilter->currentData().toString()); });
    connect(m_priorityFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPriority(m_priorityFilter->currentData().toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->setAction(current.data(ActionTableModel::ActionIdRole).toInt());
                m_remove->setEnabled(current.isValid());
            });
    connect(m_add, &QPushButton::clicked, this, &ActionPlanPanel::addAction);
    connect(m_remove, &QPushButton::clicked, this, &ActionPlanPanel::removeCurrentAction);
    connect(m_addPriority, &QPushButton::clicked, this, &ActionPlanPanel::addPriority);
    connect(m_removePriority, &QPushButton::clicked, this, &ActionPlanPanel::removeCurrentPriority);
    connect(m_priorities->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionPlanPanel::refreshPriority);
    connect(m_finding, &QComboBox::activated, this, [this] {
        if (!m_session || currentPriorityId() == 0)
            return;
        ActionPlan plan = m_session->actionPlan();
        Priority priority = *plan.priority(currentPriorityId());
        priority.finding = m_finding->currentData().toString();
        plan.updatePriority(priority);
        (void)m_session->editActionPlan(plan, tr("Link priority to the SNA"));
    });
    setEnabled(false);
    retranslateUi();
}

void ActionPlanPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    m_priorityModel->setSession(session);
    m_detail->setSession(session);
    setEnabled(session != nullptr);
    m_problem->hide();
    if (session) {
        connect(session, &ProjectSession::actionPlanChanged, this, [this] {
            fillFilters();
            refreshPriority();
        });
        connect(session, &ProjectSession::documentChanged, this, &ActionPlanPanel::refreshPriority);
    }
    fillFilters();
    refreshPriority();
    m_remove->setEnabled(false);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

int ActionPlanPanel::addAction()
{
    if (!m_session)
        return 0;
    ActionPlan plan = m_session->actionPlan();
    Action action;
    // The title in the interface language; the other column waits for its translation.
    action.sourceLanguage = UiLanguage::instance().current();
    action.title.in(action.sourceLanguage) = tr("New action");
    action.priorityId = currentPriorityId();
    const int id = plan.addAction(action);
    if (auto s = m_session->editActionPlan(plan, tr("Add action")); !s) {
        m_problem->setText(s.error().message);
        m_problem->show();
        return 0;
    }
    // A filter must not hide what was just added.
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_sectorFilter->setCurrentIndex(0);
    m_priorityFilter->setCurrentIndex(0);
    selectAction(id);
    m_detail->titleEdit(action.sourceLanguage)->setFocus();
    m_detail->titleEdit(action.sourceLanguage)->selectAll();
    return id;
}

void ActionPlanPanel::removeCurrentAction()
{
    if (!m_session)
        return;
    const int id = m_view->currentIndex().data(ActionTableModel::ActionIdRole).toInt();
    const Action* action = m_session->actionPlan().action(id);
    if (!action)
        return;
    ActionPlan plan = m_session->actionPlan();
    const QString title = inUi(action->title);
    plan.removeAction(id);
    (void)m_session->editActionPlan(plan, tr("Remove action “%1”").arg(title));
}

void ActionPlanPanel::selectAction(int id)
{
    const int row = m_model->rowOfAction(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

int ActionPlanPanel::currentPriorityId() const
{
    return m_priorityModel->priorityIdAt(m_priorities->currentIndex().row());
}

int ActionPlanPanel::addPriority()
{
    if (!m_session)
        return 0;
    ActionPlan plan = m_session->actionPlan();
    Priority priority;
    priority.title.in(UiLanguage::instance().current()) = tr("New priority");
    const int id = plan.addPriority(priority);
    if (!m_session->editActionPlan(plan, tr("Add priority")).ok())
        return 0;
    m_priorities->setCurrentIndex(m_priorityModel->index(m_priorityModel->rowCount() - 1));
    m_priorityTitle[UiLanguage::instance().current() == Lang::Cy ? 1 : 0]->setFocus();
    m_priorityTitle[UiLanguage::instance().current() == Lang::Cy ? 1 : 0]->selectAll();
    return id;
}

void ActionPlanPanel::removeCurrentPriority()
{
    const int id = currentPriorityId();
    if (!m_session || id == 0)
        return;
    ActionPlan plan = m_session->actionPlan();
    const QString title = inUi(plan.priority(id)->title);
    plan.removePriority(id);
    (void)m_session->editActionPlan(plan, tr("Remove priority “%1”").arg(title));
}

void ActionPlanPanel::editPriority(int lang, const QString& text)
{
    const int id = currentPriorityId();
    if (!m_session || id == 0)
        return;
    ActionPlan plan = m_session->actionPlan();
    Priority priority = *plan.priority(id);
    priority.title.in(lang == 1 ? Lang::Cy : Lang::En) = text.trimmed();
    plan.updatePriority(priority);
    (void)m_session->editActionPlan(plan, tr("Edit priority"),
                                    QStringLiteral("priority:%1:%2").arg(id).arg(lang));
}

void ActionPlanPanel::refreshPriority()
{
    const int id = currentPriorityId();
    const Priority* priority = m_session ? m_session->actionPlan().priority(id) : nullptr;
    for (int i = 0; i < 2; ++i) {
        m_priorityTitle[i]->setEnabled(priority != nullptr);
        const QString text =
            priority ? priority->title.in(i == 1 ? Lang::Cy : Lang::En) : QString();
        if (m_priorityTitle[i]->text() != text && !m_priorityTitle[i]->hasFocus()) {
            m_priorityTitle[i]->setText(text);
            m_priorityTitle[i]->setCursorPosition(0);
        }
    }
    m_removePriority->setEnabled(priority != nullptr);
    const QSignalBlocker blocker(m_finding);
    m_finding->clear();
    m_finding->addItem(tr("(none)"), QString());
    if (m_session) {
        const Document& sna = m_session->document(DocumentKind::Sna);
        const Lang ui = UiLanguage::instance().current();
        for (const Section& section : sna.sections())
            m_finding->addItem(
                QStringLiteral("%1  %2").arg(sna.number(section.id), section.title.in(ui)),
                section.id);
    }
    m_finding->setEnabled(priority != nullptr);
    m_finding->setCurrentIndex(
        std::max(0, m_finding->findData(priority ? priority->finding : QString())));
}

void ActionPlanPanel::fillFilters()
{
    const Lang ui = UiLanguage::instance().current();
    auto refill = [](QComboBox* box, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const auto& [text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<std::pair<QString, QVariant>> statuses{{tr("All statuses"), QString()}};
    for (ActionStatus status : ActionVocabulary::statuses())
        statuses.append(
            {ActionVocabulary::statusLabel(status).in(ui), ActionVocabulary::statusCode(status)});
    refill(m_statusFilter, statuses);
    QList<std::pair<QString, QVariant>> sectors{{tr("All sectors"), QString()}};
    for (const QString& code : ActionVocabulary::sectorCodes())
        sectors.append({ActionVocabulary::sectorLabel(code).in(ui), code});
    refill(m_sectorFilter, sectors);
    QList<std::pair<QString, QVariant>> priorities{{tr("All priorities"), -1},
                                                   {tr("No priority"), 0}};
    if (m_session) {
        const ActionPlan& plan = m_session->actionPlan();
        for (const Priority& priority : plan.priorities())
            priorities.append(
                {tr("Priority %1").arg(plan.priorityNumber(priority.id)), priority.id});
    }
    refill(m_priorityFilter, priorities);
    m_proxy->setStatus(m_statusFilter->currentData().toString());
    m_proxy->setSector(m_sectorFilter->currentData().toString());
    m_proxy->setPriority(m_priorityFilter->currentData().toInt());
    updateCount();
}

void ActionPlanPanel::updateCount()
{
    const int total = m_session ? int(m_session->actionPlan().actions().size()) : 0;
    m_count->setText(tr("Shown: %1 of %2").arg(m_proxy->rowCount()).arg(total));
}

void ActionPlanPanel::retranslateUi()
{
    m_prioritiesLabel->setText(tr("Strategic &priorities"));
    m_addPriority->setText(tr("Add"));
    m_addPriority->setAccessibleName(tr("Add priority"));
    m_removePriority->setText(tr("Remove"));
    m_removePriority->setAccessibleName(tr("Remove priority"));
    m_priorityTitleLabel[0]->setText(tr("Title (English):"));
    m_priorityTitleLabel[1]->setText(tr("Title (Welsh):"));
    m_findingLabel->setText(tr("From the SNA section:"));
    m_search->setPlaceholderText(tr("Search actions in either language"));
    m_search->setAccessibleName(tr("Search actions"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_sectorFilter->setAccessibleName(tr("Filter by sector"));
    m_priorityFilter->setAccessibleName(tr("Filter by priority"));
    m_priorities->setAccessibleName(tr("Strategic priorities"));
    m_view->setAccessibleName(tr("Actions"));
    m_add->setText(tr("Add action"));
    m_remove->setText(tr("Remove action"));
    m_model->retranslate();
    fillFilters();
    refreshPriority();
}

void ActionPlanPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
