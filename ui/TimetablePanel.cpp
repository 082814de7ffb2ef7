#include "TimetablePanel.h"

#include "DateDelegate.h"
#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

namespace {
const QColor kDone(0x2E, 0x7D, 0x32);
const QColor kOverdue(0xA3, 0x3B, 0x00);
const QColor kSoon(0xB2, 0x6A, 0x00);
const QColor kPlanned(0x0B, 0x3C, 0x5D);

QColor colourOf(Timetable::State state)
{
    switch (state) {
    case Timetable::State::Done:
        return kDone;
    case Timetable::State::Overdue:
        return kOverdue;
    case Timetable::State::DueSoon:
        return kSoon;
    default:
        break;
    }
    return kPlanned;
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? localeFor(UiLanguage::instance().current())
                                .toString(date, QStringLiteral("d MMM yyyy"))
                          : QString();
}
} // namespace

MilestoneTableModel::MilestoneTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MilestoneTableModel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProjectSession::profileChanged, this, &MilestoneTableModel::refresh);
    refresh();
}

void MilestoneTableModel::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void MilestoneTableModel::refresh()
{
    beginResetModel();
    m_entries =
        m_session ? Timetable::entries(m_session->profile(), m_today) : QList<Timetable::Entry>();
    endResetModel();
}

int MilestoneTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MilestoneTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneTableModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_entries.size())
        return {};
    const Timetable::Entry& entry = m_entries[index.row()];
    switch (index.column()) {
    case Milestone:
        if (role == Qt::DisplayRole)
            return Timetable::label(entry.kind);
        break;
    case Due:
        if (role == Qt::DisplayRole)
            return shortDate(entry.due);
        if (role == Qt::EditRole)
            return entry.due;
        break;
    case Done:
        if (role == Qt::DisplayRole)
            return shortDate(entry.done);
        if (role == Qt::EditRole)
            return entry.done;
        break;
    case Latest:
        if (role == Qt::DisplayRole)
            return shortDate(entry.latest);
        if (role == Qt::ToolTipRole && entry.latest.isValid())
            return entry.kind == MilestoneKind::AnnualReview
                       ? tr("At least once a year after publication (guidance para 153)")
                       : tr("Within 7 days of publication (guidance para 162)");
        break;
    case State:
        if (role == Qt::DisplayRole) {
            if (entry.state == Timetable::State::Overdue)
                return tr("Overdue (days: %1)").arg(-entry.daysLeft);
            if (entry.state == Timetable::State::DueSoon ||
                entry.state == Timetable::State::Scheduled)
                return tr("%1 (days left: %2)")
                    .arg(Timetable::stateLabel(entry.state))
                    .arg(entry.daysLeft);
            return Timetable::stateLabel(entry.state);
        }
        if (role == Qt::ForegroundRole)
            return colourOf(entry.state);
        break;
    }
    return {};
}

bool MilestoneTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || role != Qt::EditRole || index.row() < 0 || index.row() >= m_entries.size())
        return false;
    const Timetable::Entry& entry = m_entries[index.row()];
    PartnershipProfile profile = m_session->profile();
    sna::Milestone milestone = profile.milestone(entry.kind) ? *profile.milestone(entry.kind)
                                                             : sna::Milestone{entry.kind, {}, {}};
    if (index.column() == Due)
        milestone.due = value.toDate();
    else if (index.column() == Done)
        milestone.done = value.toDate();
    else
        return false;
    profile.setMilestone(milestone);
    const QString description = index.column() == Due
                                    ? tr("Set the date of “%1”").arg(Timetable::label(entry.kind))
                                    : tr("Mark “%1” done").arg(Timetable::label(entry.kind));
    if (auto s = m_session->editProfile(profile, description); !s) {
        Q_EMIT refused(s.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags MilestoneTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Due || index.column() == Done)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MilestoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Milestone:
        return tr("Milestone");
    case Due:
        return tr("Planned date");
    case Done:
        return tr("Done on");
    case Latest:
        return tr("Deadline under the Duty");
    case State:
        return tr("State");
    }
    return {};
}

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline of milestones"));
}

void TimelineWidget::setEntries(const QList<Timetable::Entry>& entries, const QDate& today)
{
    m_entries = entries;
    m_today = today;
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return {800, 7 * (fontMetrics().height() + 2) + 40};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {300, 7 * (fontMetrics().height() + 2) + 40};
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    QList<std::pair<QDate, const Timetable::Entry*>> points;
    for (const Timetable::Entry& entry : m_entries) {
        const QDate when = entry.done.isValid() ? entry.done : entry.due;
        if (when.isValid())
            points.append({when, &entry});
    }
    if (points.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No dates yet: set them in the table below."));
        return;
    }
    std::sort(points.begin(), points.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QDate first = std::min(points.first().first, m_today).addDays(-30);
    QDate last = std::max(points.last().first, m_today).addDays(30);
    const qint64 span = std::max<qint64>(1, first.daysTo(last));
    const int margin = 16;
    const int axisY = height() / 2;
    auto xOf = [&](const QDate& date) {
        return margin + double(first.daysTo(date)) * (width() - 2 * margin) / double(span);
    };
    painter.setPen(QPen(palette().color(QPalette::Mid), 2));
    painter.drawLine(QPointF(margin, axisY), QPointF(width() - margin, axisY));

    // Today.
    const double todayX = xOf(m_today);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    painter.drawLine(QPointF(todayX, 4), QPointF(todayX, height() - 4));
    painter.setPen(palette().color(QPalette::Highlight));
    painter.drawText(QPointF(todayX + 4, metrics.ascent() + 2), tr("Today"));

    // Each label goes into the first lane (above the line, then below, then further out) where
    // it does not run into the label before it in that lane.
    const Lang ui = UiLanguage::instance().current();
    constexpr int kLanes = 6;
    double laneEnd[kLanes];
    std::fill(std::begin(laneEnd), std::end(laneEnd), -1e9);
    for (const auto& [date, entry] : points) {
        const double x = xOf(date);
        const QColor colour = colourOf(entry->state);
        painter.setPen(QPen(colour, 2));
        painter.setBrush(entry->state == Timetable::State::Done ? QBrush(colour)
                                                                : QBrush(Qt::white));
        painter.drawEllipse(QPointF(x, axisY), 6, 6);
        const QString label = QStringLiteral("%1 — %2").arg(
            Timetable::label(entry->kind),
            localeFor(ui).toString(date, QStringLiteral("d MMM yyyy")));
        const int textWidth = metrics.horizontalAdvance(label);
        const double textX = std::clamp(x - textWidth / 2.0, 2.0, double(width() - textWidth - 2));
        int lane = 0;
        while (lane < kLanes - 1 && laneEnd[lane] + 8 > textX)
            ++lane;
        laneEnd[lane] = textX + textWidth;
        const bool above = lane % 2 == 0;
        const int offset = 12 + (lane / 2) * (metrics.height() + 2);
        const double y = above ? axisY - offset : axisY + offset + metrics.ascent();
        painter.setPen(QPen(colour, 1));
        painter.drawLine(QPointF(x, axisY + (above ? -7 : 7)),
                         QPointF(x, above ? y + 2 : y - metrics.ascent()));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPointF(textX, y), label);
    }
}

TimetablePanel::TimetablePanel(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    QFont big = m_next->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_next->setFont(big);
    m_timeline = new TimelineWidget(this);
    m_model = new MilestoneTableModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    auto* dates = new DateDelegate(m_view);
    m_view->setItemDelegateForColumn(MilestoneTableModel::Due, dates);
    m_view->setItemDelegateForColumn(MilestoneTableModel::Done, dates);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setSectionResizeMode(MilestoneTableModel::Milestone,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #A33B00; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_next);
    layout->addWidget(m_timeline);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_intro);
    connect(m_model, &MilestoneTableModel::modelReset, this, &TimetablePanel::refresh);
    connect(m_model, &MilestoneTableModel::refused, this, [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    });
    setEnabled(false);
    retranslateUi();
}

void TimetablePanel::setSession(ProjectSession* session)
{
    m_session = session;
    setEnabled(session != nullptr);
    m_problem->hide();
    m_model->setSession(session);
}

void TimetablePanel::setToday(const QDate& today)
{
    m_today = today;
    m_model->setToday(today);
}

void TimetablePanel::refresh()
{
    m_problem->hide();
    m_timeline->setEntries(m_model->entries(), m_today);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(MilestoneTableModel::Milestone,
                                                     QHeaderView::Stretch);
    if (!m_session) {
        m_next->clear();
        return;
    }
    const auto next = Timetable::nextDue(m_session->profile(), m_today);
    if (!next) {
        m_next->setText(tr("Nothing is due: set the partnership’s dates below."));
    } else if (next->state == Timetable::State::Overdue) {
        m_next->setText(tr("Overdue: %1, due %2 (days late: %3)")
                            .arg(Timetable::label(next->kind), shortDate(next->due))
                            .arg(-next->daysLeft));
    } else {
        m_next->setText(tr("Next: %1, due %2 (days left: %3)")
                            .arg(Timetable::label(next->kind), shortDate(next->due))
                            .arg(next->daysLeft));
    }
    m_next->setStyleSheet(
        next ? QStringLiteral("QLabel { color: %1; }").arg(colourOf(next->state).name())
             : QString());
}

void TimetablePanel::retranslateUi()
{
    m_intro->setText(tr("The strategy is sent to the Home Office within 7 days of publication "
                        "and, where the partnership covers part of Wales, to the Welsh Ministers "
                        "within 7 days too; it is reviewed at least once a year. Double-click a "
                        "date to change it; choose “Not set” to clear it."));
    m_view->setAccessibleName(tr("Milestones"));
    m_model->refresh();
}

void TimetablePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
