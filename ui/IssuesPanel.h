#pragma once

#include "IssueListModel.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace sna {

// The non-modal list of warnings and notices.
class IssuesPanel : public QWidget {
    Q_OBJECT
public:
    explicit IssuesPanel(QWidget* parent = nullptr);
    IssueListModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateCount();
    IssueListModel* m_model;
    QListView* m_view;
    QPushButton* m_clear;
    QLabel* m_count;
};

} // namespace sna
