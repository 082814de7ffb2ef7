#include "ProfilePanel.h"

#include "AuthorityKindDelegate.h"
#include "AuthorityTableModel.h"
#include "DateDelegate.h"
#include "GovernanceBodyModel.h"
#include "ProjectSession.h"
#include "foundation/UiLanguage.h"
#include "project/AreaCatalogue.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

ProfilePanel::ProfilePanel(QWidget* parent)
    : QWidget(parent)
{
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_nameLabel->setBuddy(m_name);
    m_coordinatorLabel = new QLabel(this);
    m_coordinator = new QLineEdit(this);
    m_coordinatorLabel->setBuddy(m_coordinator);
    m_areasLabel = new QLabel(this);
    m_areaModel = new QStandardItemModel(this);
    m_areas = new QListView(this);
    m_areas->setModel(m_areaModel);
    m_areas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_areas->setMaximumHeight(110);
    m_areasLabel->setBuddy(m_areas);
    m_walesNotice = new QLabel(this);
    m_walesNotice->setWordWrap(true);
    m_walesNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #E8F1F8; color: #0B3C5D; padding: 6px; border-radius: 3px; }"));

    m_authoritiesLabel = new QLabel(this);
    m_authorityModel = new AuthorityTableModel(this);
    m_authorities = new QTableView(this);
    m_authorities->setTabKeyNavigation(false);
    m_authorities->setModel(m_authorityModel);
    m_authorities->setItemDelegateForColumn(AuthorityTableModel::Kind,
                                            new AuthorityKindDelegate(m_authorities));
    m_authorities->setItemDelegateForColumn(AuthorityTableModel::Consulted,
                                            new DateDelegate(m_authorities));
    m_authorities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_authorities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_authorities->verticalHeader()->hide();
    m_authorities->horizontalHeader()->setStretchLastSection(true);
    m_authorities->setWordWrap(false);
    m_authoritiesLabel->setBuddy(m_authorities);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);

    m_governanceLabel = new QLabel(this);
    m_governanceModel = new GovernanceBodyModel(this);
    m_governance = new QListView(this);
    m_governance->setModel(m_governanceModel);
    m_governance->setMaximumHeight(90);
    m_governance->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed);
    m_governanceLabel->setBuddy(m_governance);
    m_addGovernance = new QPushButton(this);
    m_removeGovernance = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #A33B00; }"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_coordinatorLabel, m_coordinator);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_areasLabel);
    layout->addWidget(m_areas);
    layout->addWidget(m_walesNotice);
    layout->addWidget(m_authoritiesLabel);
    layout->addWidget(m_authorities, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_governanceLabel);
    layout->addWidget(m_governance);
    auto* governanceButtons = new QHBoxLayout;
    governanceButtons->addWidget(m_addGovernance);
    governanceButtons->addWidget(m_removeGovernance);
    governanceButtons->addStretch();
    layout->addLayout(governanceButtons);
    layout->addWidget(m_problem);

    connect(m_name, &QLineEdit::editingFinished, this, &ProfilePanel::commitText);
    connect(m_coordinator, &QLineEdit::editingFinished, this, &ProfilePanel::commitText);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_authorityModel->addAuthority();
        if (row < 0)
            return;
        const QModelIndex added = m_authorityModel->index(row, 0);
        m_authorities->setCurrentIndex(added);
        m_authorities->edit(added);
    });
    connect(m_addGovernance, &QPushButton::clicked, this, [this] {
        const int row = m_governanceModel->addBody();
        if (row < 0)
            return;
        const QModelIndex added = m_governanceModel->index(row, 0);
        m_governance->setCurrentIndex(added);
        m_governance->edit(added);
    });
    connect(m_removeGovernance, &QPushButton::clicked, this,
            [this] { m_governanceModel->removeBody(m_governance->currentIndex().row()); });
    connect(m_authorityModel, &AuthorityTableModel::refused, this, &ProfilePanel::showProblem);
    connect(m_governanceModel, &GovernanceBodyModel::refused, this, &ProfilePanel::showProblem);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_authorityModel->removeAuthority(m_authorities->currentIndex().row()); });
    setEnabled(false);
    retranslateUi();
}

void ProfilePanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_authorityModel->setSession(session);
    m_governanceModel->setSession(session);
    m_problem->hide();
    setEnabled(session != nullptr);
    if (session)
        connect(session, &ProjectSession::profileChanged, this, &ProfilePanel::refresh);
    refresh();
}

void ProfilePanel::commitText()
{
    if (!m_session)
        return;
    PartnershipProfile profile = m_session->profile();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_name->setText(profile.name); // a partnership always has a name
        return;
    }
    profile.name = name;
    profile.coordinator = m_coordinator->text().trimmed();
    if (auto s = m_session->editProfile(profile, tr("Edit partnership profile")); !s)
        showProblem(s.error().message);
}

void ProfilePanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void ProfilePanel::refresh()
{
    m_areaModel->clear();
    if (!m_session) {
        m_name->clear();
        m_coordinator->clear();
        m_walesNotice->hide();
        return;
    }
    const PartnershipProfile& profile = m_session->profile();
    // Shown from the start, as a long name is read left to right.
    if (m_name->text() != profile.name) {
        m_name->setText(profile.name);
        m_name->setCursorPosition(0);
    }
    if (m_coordinator->text() != profile.coordinator) {
        m_coordinator->setText(profile.coordinator);
        m_coordinator->setCursorPosition(0);
    }
    const Lang ui = UiLanguage::instance().current();
    for (const Area& area : profile.areas) {
        const auto entry = AreaCatalogue::instance().find(area.code);
        const QString name = entry ? entry->nameIn(ui) : area.name;
        QString text = name.isEmpty() ? area.code : tr("%1 (%2)").arg(name, area.code);
        if (area.isInWales())
            text += tr(" — Wales");
        m_areaModel->appendRow(new QStandardItem(text));
    }
    m_walesNotice->setVisible(profile.coversWales());
    m_authorities->resizeColumnsToContents();
    m_problem->hide();
}

void ProfilePanel::retranslateUi()
{
    m_nameLabel->setText(tr("Partnership &name:"));
    m_coordinatorLabel->setText(tr("&Coordinator:"));
    m_areasLabel->setText(tr("&Areas covered:"));
    m_walesNotice->setText(tr("This partnership covers an area in Wales: the strategy must be "
                              "published in Welsh and English."));
    m_authoritiesLabel->setText(tr("Authorities and &partners:"));
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add authority"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove authority"));
    m_governanceLabel->setText(tr("&Governance bodies:"));
    m_addGovernance->setText(tr("Add"));
    m_addGovernance->setAccessibleName(tr("Add governance body"));
    m_removeGovernance->setText(tr("Remove"));
    m_removeGovernance->setAccessibleName(tr("Remove governance body"));
    m_areas->setAccessibleName(tr("Areas covered"));
    m_authorities->setAccessibleName(tr("Authorities and partners"));
    m_governance->setAccessibleName(tr("Governance bodies"));
    m_authorityModel->retranslate();
    refresh();
}

void ProfilePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
