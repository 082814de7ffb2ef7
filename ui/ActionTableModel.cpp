#include "ActionTableModel.h"

#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sna {

namespace {
QString inUi(const BilingualText& text)
{
    const Lang ui = UiLanguage::instance().current();
    return text.in(ui).isEmpty() ? text.in(otherLang(ui)) : text.in(ui);
}

QString translationLabel(TranslationStatus status)
{
    switch (status) {
    case TranslationStatus::Missing:
        return ActionTableModel::tr("Missing");
    case TranslationStatus::Stale:
        return ActionTableModel::tr("Out of date");
    case TranslationStatus::UpToDate:
        break;
    }
    return ActionTableModel::tr("Up to date");
}
} // namespace

ActionTableModel::ActionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActionTableModel::setSession(ProjectSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_ids.clear();
    if (m_session) {
        for (const Action& action : m_session->actionPlan().actions())
            m_ids << action.id;
        connect(m_session, &ProjectSession::actionPlanChanged, this,
                &ActionTableModel::planChanged);
        connect(m_session, &ProjectSession::profileChanged, this, &ActionTableModel::retranslate);
    }
    endResetModel();
}

void ActionTableModel::planChanged()
{
    QList<int> ids;
    for (const Action& action : m_session->actionPlan().actions())
        ids << action.id;
    if (ids == m_ids) {
        // Typing in an action's fields: keep rows and selection, refresh the cells.
        if (!ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

int ActionTableModel::rowOfAction(int id) const
{
    return int(m_ids.indexOf(id));
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->actionPlan().actions().size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || index.row() < 0 || index.row() >= rowCount())
        return {};
    const ActionPlan& plan = m_session->actionPlan();
    const Action& action = plan.actions()[index.row()];
    const Lang ui = UiLanguage::instance().current();
    switch (role) {
    case ActionIdRole:
        return action.id;
    case StatusCodeRole:
        return ActionVocabulary::statusCode(action.status);
    case SectorCodeRole:
        return action.sector;
    case PriorityIdRole:
        return plan.priority(action.priorityId) ? action.priorityId : 0;
    case SearchTextRole: {
        QStringList texts{action.lead};
        texts << action.partners;
        for (Action::Field field : Action::textFields())
            texts << action.text(field).en << action.text(field).cy;
        return texts.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    const int priority = plan.priorityNumber(action.priorityId);
    if (role == SortRole) {
        switch (index.column()) {
        case Priority:
            return priority == 0 ? 1000 : priority;
        case Start:
            return action.start.isValid() ? action.start : QDate(9999, 12, 31);
        case Due:
            return action.due.isValid() ? action.due : QDate(9999, 12, 31);
        case Status:
            return int(action.status);
        case Translation:
            return int(action.translationStatus());
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return inUi(action.title);
        case Lead:
            return action.lead;
        case Sector:
            return ActionVocabulary::sectorLabel(action.sector).in(ui);
        case Priority:
            return priority == 0 ? QString() : QString::number(priority);
        case Start:
            return action.start.isValid() ? QLocale().toString(action.start, QLocale::ShortFormat)
                                          : QString();
        case Due:
            return action.due.isValid() ? QLocale().toString(action.due, QLocale::ShortFormat)
                                        : QString();
        case Status:
            return ActionVocabulary::statusLabel(action.status).in(ui);
        case Translation:
            return translationLabel(action.translationStatus());
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Priority && priority > 0)
        return inUi(plan.priority(action.priorityId)->title);
    if (role == Qt::ForegroundRole) {
        if (index.column() == Status &&
            (action.status == ActionStatus::AtRisk || action.status == ActionStatus::OffTrack))
            return QBrush(QColor(0xA3, 0x3B, 0x00));
        if (index.column() == Translation &&
            action.translationStatus() != TranslationStatus::UpToDate)
            return QBrush(QColor(0xA3, 0x3B, 0x00));
        if (index.column() == Due && action.due.isValid() && action.status != ActionStatus::Done &&
            action.due < QDate::currentDate())
            return QBrush(QColor(0xA3, 0x3B, 0x00));
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Action");
    case Lead:
        return tr("Lead");
    case Sector:
        return tr("Sector");
    case Priority:
        return tr("Priority");
    case Start:
        return tr("Start");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Translation:
        return tr("Translation");
    }
    return {};
}

void ActionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ActionFilterProxy::ActionFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTableModel::SortRole);
    setDynamicSortFilter(true);
    // Text sorts in the interface language's order: in Welsh, ll after l, ch after c (the
    // default locale follows the interface language; see UiLanguage).
    setSortLocaleAware(true);
}

void ActionFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ActionFilterProxy::setStatus(const QString& code)
{
    m_status = code;
    invalidateFilter();
}

void ActionFilterProxy::setSector(const QString& code)
{
    m_sector = code;
    invalidateFilter();
}

void ActionFilterProxy::setPriority(int priorityId)
{
    m_priority = priorityId;
    invalidateFilter();
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && first.data(ActionTableModel::StatusCodeRole).toString() != m_status)
        return false;
    if (!m_sector.isEmpty() && first.data(ActionTableModel::SectorCodeRole).toString() != m_sector)
        return false;
    if (m_priority >= 0 && first.data(ActionTableModel::PriorityIdRole).toInt() != m_priority)
        return false;
    if (m_text.isEmpty())
        return true;
    if (first.data(ActionTableModel::SearchTextRole)
            .toString()
            .contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sna
