#include "CommentTableModel.h"

#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

namespace sna {

CommentTableModel::CommentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CommentTableModel::setSession(ProjectSession* session)
{
    m_session = session;
    reload();
}

void CommentTableModel::reload()
{
    beginResetModel();
    m_all.clear();
    m_threads.clear();
    if (m_session) {
        if (auto comments = CommentStore(m_session->project()).list(); comments)
            m_all = comments.value();
    }
    for (const ReviewComment& comment : std::as_const(m_all)) {
        if (!comment.isReply())
            m_threads.append(comment);
    }
    endResetModel();
}

const ReviewComment* CommentTableModel::comment(qint64 id) const
{
    for (const ReviewComment& comment : m_all) {
        if (comment.id == id)
            return &comment;
    }
    return nullptr;
}

QList<ReviewComment> CommentTableModel::replies(const ReviewComment& comment) const
{
    QList<ReviewComment> list;
    for (const ReviewComment& reply : m_all) {
        if (reply.parentUid == comment.uid)
            list.append(reply);
    }
    return list;
}

QString CommentTableModel::sectionLabel(const ReviewComment& comment) const
{
    if (!comment.isPlaced())
        return comment.page > 0 ? tr("Not placed (page %1)").arg(comment.page) : tr("Not placed");
    if (!m_session)
        return comment.sectionId;
    const Document& document = m_session->document(comment.document);
    const Section* section = document.section(comment.sectionId);
    if (!section)
        return tr("Removed section “%1”").arg(comment.sectionId);
    const Lang ui = UiLanguage::instance().current();
    const QString title =
        section->title.in(ui).isEmpty() ? section->title.in(otherLang(ui)) : section->title.in(ui);
    const QString documentName = comment.document == DocumentKind::Sna ? tr("SNA") : tr("Strategy");
    return tr("%1: %2 %3").arg(documentName, document.number(section->id), title);
}

int CommentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

int CommentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_threads.size())
        return {};
    const ReviewComment& c = m_threads[index.row()];
    if (role == IdRole)
        return c.id;
    if (role == ResolvedRole)
        return c.resolved;
    if (role == PlacedRole)
        return c.isPlaced();
    const qsizetype replyCount = replies(c).size();
    switch (index.column()) {
    case SectionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return sectionLabel(c);
        if (role == SortRole) {
            // Document order: unplaced first (they need the analyst), then strategy, then SNA.
            if (!c.isPlaced() || !m_session)
                return QStringLiteral("0");
            const qsizetype position = m_session->document(c.document).indexOf(c.sectionId);
            return QStringLiteral("%1%2")
                .arg(c.document == DocumentKind::Sna ? 2 : 1)
                .arg(position + 1, 4, 10, QLatin1Char('0'));
        }
        break;
    case Reviewer: {
        const QString who = c.author.isEmpty() ? tr("Unknown reviewer") : c.author;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return c.authority.isEmpty() ? who : tr("%1 (%2)").arg(who, c.authority);
        break;
    }
    case Text: {
        QString text = c.text;
        if (text.isEmpty())
            text = tr("“%1”").arg(c.quote);
        else if (!c.quote.isEmpty())
            text = tr("“%1” — %2").arg(c.quote, c.text);
        if (role == Qt::DisplayRole || role == SortRole)
            return replyCount > 0 ? tr("%1 (replies: %2)").arg(text).arg(replyCount) : text;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n%2").arg(text, CommentStore::originLabel(c.origin));
        break;
    }
    case State:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.resolved ? tr("Resolved") : tr("Open");
        break;
    default:
        break;
    }
    return {};
}

QVariant CommentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case Reviewer:
        return tr("Reviewer");
    case Text:
        return tr("Comment");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace sna
