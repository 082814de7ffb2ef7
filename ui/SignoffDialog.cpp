#include "SignoffDialog.h"

#include "ProjectSession.h"
#include "SignoffTableModel.h"
#include "project/Project.h"
#include "review/VersionStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sna {

SignoffDialog::SignoffDialog(ProjectSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("SignoffDialog"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("SignoffStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model = new SignoffTableModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("SignoffView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* form = new QFormLayout;
    m_authorityLabel = new QLabel(this);
    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("SignoffAuthority"));
    m_versionLabel = new QLabel(this);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("SignoffVersion"));
    m_byLabel = new QLabel(this);
    m_by = new QLineEdit(this);
    m_by->setObjectName(QStringLiteral("SignoffBy"));
    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_conditionsLabel = new QLabel(this);
    m_conditions = new QLineEdit(this);
    for (auto [label, field] : {std::pair<QLabel*, QWidget*>{m_authorityLabel, m_authority},
                                {m_versionLabel, m_version},
                                {m_byLabel, m_by},
                                {m_dateLabel, m_date},
                                {m_conditionsLabel, m_conditions}}) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addWidget(m_record);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &SignoffDialog::recordFromForm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    refresh();
    resize(820, 520);
}

void SignoffDialog::refresh()
{
    Project& project = m_session.project();
    const QString authority = m_authority->currentText();
    m_authority->clear();
    m_authority->addItems(SignoffStore::specifiedAuthorities(m_session.profile()));
    if (!authority.isEmpty())
        m_authority->setCurrentText(authority);
    m_version->clear();
    if (auto versions = VersionStore(project).list(DocumentKind::Strategy); versions) {
        for (auto it = versions->crbegin(); it != versions->crend(); ++it)
            m_version->addItem(it->name);
    }
    if (auto signoffs = SignoffStore(project).list(); signoffs)
        m_model->setSignoffs(signoffs.value());
    m_record->setEnabled(m_authority->count() > 0 && m_version->count() > 0);
    auto status = SignoffStore(project).status(m_session.profile(),
                                               m_session.document(DocumentKind::Strategy));
    if (!status) {
        m_status->setText(status.error().message);
        return;
    }
    if (status->specified.isEmpty())
        m_status->setText(tr("The partnership profile names no specified authority."));
    else if (status->version.isEmpty())
        m_status->setText(tr("No version of the strategy has been saved yet: save one (Review ▸ "
                             "Versions and Changes) and record each authority's sign-off of it."));
    else if (!status->currentMatches)
        m_status->setText(tr("The strategy has changed since version “%1”: save a new version "
                             "for sign-off.")
                              .arg(status->version));
    else if (!status->missing.isEmpty())
        m_status->setText(tr("Version “%1” awaits sign-off by: %2.")
                              .arg(status->version, status->missing.join(QStringLiteral("; "))));
    else
        m_status->setText(
            tr("Version “%1” is signed off by every specified authority.").arg(status->version));
}

Status SignoffDialog::record(const Signoff& signoff)
{
    auto recorded = SignoffStore(m_session.project()).record(m_session.profile(), signoff);
    if (!recorded)
        return recorded.error();
    refresh();
    return {};
}

void SignoffDialog::recordFromForm()
{
    Signoff signoff;
    signoff.authority = m_authority->currentText();
    signoff.version = m_version->currentText();
    signoff.signedBy = m_by->text();
    signoff.signedOn = m_date->date();
    signoff.conditions = m_conditions->text();
    if (auto s = record(signoff); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().fullText());
        return;
    }
    m_by->clear();
    m_conditions->clear();
}

void SignoffDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignoffDialog::retranslateUi()
{
    setWindowTitle(tr("Sign-off"));
    m_authorityLabel->setText(tr("&Authority:"));
    m_view->setAccessibleName(tr("Sign-offs recorded"));
    m_versionLabel->setText(tr("&Version of the strategy:"));
    m_byLabel->setText(tr("Signed off &by:"));
    m_dateLabel->setText(tr("&Date:"));
    m_conditionsLabel->setText(tr("C&onditions:"));
    m_record->setText(tr("&Record Sign-off"));
    m_close->setText(tr("Close"));
}

} // namespace sna
