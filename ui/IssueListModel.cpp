#include "IssueListModel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace sna {

IssueListModel::IssueListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void IssueListModel::add(Severity severity, const QString& text)
{
    beginInsertRows({}, 0, 0);
    m_issues.prepend(Issue{severity, text, QDateTime::currentDateTime()});
    endInsertRows();
}

void IssueListModel::clear()
{
    beginResetModel();
    m_issues.clear();
    endResetModel();
}

int IssueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

QVariant IssueListModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_issues.size())
        return {};
    const Issue& issue = m_issues[index.row()];
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1  %2").arg(
            QLocale().toString(issue.when.time(), QLocale::ShortFormat), issue.text);
    if (role == Qt::ToolTipRole)
        return issue.text;
    if (role == Qt::DecorationRole) {
        const QStyle::StandardPixmap icon =
            issue.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : issue.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                  : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    return {};
}

} // namespace sna
