#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace sna {

// Warnings and notices that do not need a dialog: rows rejected by an import, a file that was
// upgraded, an autosave that failed. Shown in the non-modal issues panel.
class IssueListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Severity { Information, Warning, Error };
    struct Issue {
        Severity severity;
        QString text;
        QDateTime when;
    };

    explicit IssueListModel(QObject* parent = nullptr);
    void add(Severity severity, const QString& text);
    void clear();
    const QList<Issue>& issues() const { return m_issues; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Issue> m_issues;
};

} // namespace sna
