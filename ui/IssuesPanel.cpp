#include "IssuesPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

IssuesPanel::IssuesPanel(QWidget* parent)
    : QWidget(parent)
{
    m_model = new IssueListModel(this);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_clear = new QPushButton(this);
    m_count = new QLabel(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_clear, &QPushButton::clicked, m_model, &IssueListModel::clear);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &IssuesPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IssuesPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IssuesPanel::updateCount);
    retranslateUi();
}

void IssuesPanel::retranslateUi()
{
    m_clear->setText(tr("C&lear"));
    m_view->setAccessibleName(tr("Issues"));
    updateCount();
}

void IssuesPanel::updateCount()
{
    const int count = m_model->rowCount();
    m_count->setText(tr("%Ln message(s)", "issues panel", count));
    m_clear->setEnabled(count > 0);
}

void IssuesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
