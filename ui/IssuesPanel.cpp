#include "IssuesPanel.h"

#include <QEvent>
#include <QHBoxLayout>
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
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_clear, &QPushButton::clicked, m_model, &IssueListModel::clear);
    retranslateUi();
}

void IssuesPanel::retranslateUi()
{
    m_clear->setText(tr("C&lear"));
    m_view->setAccessibleName(tr("Issues"));
}

void IssuesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
