#pragma once

#include "review/CommentStore.h"

#include <QAbstractTableModel>

namespace sna {

class ProjectSession;

// Review comments, one thread per row (replies are shown with their comment), for the review
// panel: section, reviewer, what was said and whether it is resolved.
class CommentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SectionColumn, Reviewer, Text, State, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, ResolvedRole, PlacedRole };
    explicit CommentTableModel(QObject* parent = nullptr);

    void setSession(ProjectSession* session);
    void reload();
    const QList<ReviewComment>& all() const { return m_all; }
    const ReviewComment* comment(qint64 id) const;
    QList<ReviewComment> replies(const ReviewComment& comment) const;
    QString sectionLabel(const ReviewComment& comment) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ProjectSession* m_session = nullptr;
    QList<ReviewComment> m_all;
    QList<ReviewComment> m_threads;
};

} // namespace sna
