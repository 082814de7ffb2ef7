#include "WelcomePanel.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace sna {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_new = new QPushButton(this);
    m_open = new QPushButton(this);
    m_demo = new QPushButton(this);
    m_recentLabel = new QLabel(this);
    m_recentModel = new QStringListModel(this);
    m_recent = new QListView(this);
    m_recent->setModel(m_recentModel);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentLabel->setBuddy(m_recent);

    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addWidget(m_new);
    column->addWidget(m_open);
    column->addWidget(m_demo);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &WelcomePanel::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePanel::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_recent, &QListView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT recentRequested(index.data().toString()); });
    retranslateUi();
}

void WelcomePanel::setRecentProjects(const QStringList& paths)
{
    m_recentModel->setStringList(paths);
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void WelcomePanel::retranslateUi()
{
    m_title->setText(tr("SNA Studio"));
    m_intro->setText(tr("Build your partnership’s strategic needs assessment and serious "
                        "violence strategy from partner data, in English and Welsh. Your data "
                        "stays on this computer."));
    m_new->setText(tr("&New project…"));
    m_open->setText(tr("&Open project…"));
    m_demo->setText(tr("Open the &demo project (synthetic data)"));
    m_recentLabel->setText(tr("&Recent projects:"));
}

void WelcomePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
