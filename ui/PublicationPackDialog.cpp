#include "PublicationPackDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

PublicationPackDialog::PublicationPackDialog(const QString& suggestedFolder, bool coversWales,
                                             QWidget* parent)
    : QDialog(parent)
    , m_wales(coversWales)
{
    m_folderLabel = new QLabel(this);
    m_folder = new QLineEdit(suggestedFolder, this);
    m_folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(this);
    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateLabel->setBuddy(m_date);
    m_layoutLabel = new QLabel(this);
    m_layout = new QComboBox(this);
    m_layout->addItem(QString(), layoutId(Layout::Separate));
    m_layout->addItem(QString(), layoutId(Layout::WelshFirst));
    m_layoutLabel->setBuddy(m_layout);
    m_layoutLabel->setVisible(coversWales);
    m_layout->setVisible(coversWales);
    m_contents = new QLabel(this);
    m_contents->setWordWrap(true);
    m_deadline = new QLabel(this);
    m_deadline->setWordWrap(true);
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_layoutLabel, m_layout);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_contents);
    layout->addWidget(m_deadline);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_browse, &QPushButton::clicked, this, &PublicationPackDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &PublicationPackDialog::update);
    connect(m_folder, &QLineEdit::textChanged, this, &PublicationPackDialog::update);
    setMinimumWidth(560);
    retranslateUi();
}

QString PublicationPackDialog::folder() const
{
    return m_folder->text().trimmed();
}

PackOptions PublicationPackDialog::options() const
{
    PackOptions options;
    options.publicationDate = m_date->date();
    options.bilingualLayout =
        layoutFromId(m_layout->currentData().toString()).value_or(Layout::Separate);
    return options;
}

void PublicationPackDialog::update()
{
    const QDate due = PublicationPack::deadline(m_date->date());
    const QString date = QLocale().toString(due, QLocale::LongFormat);
    QString text = tr("Send the strategy by %1 to the Home Office: %2")
                       .arg(date, PublicationPack::homeOfficeAddress());
    if (m_wales)
        text += QLatin1Char('\n') +
                tr("and to the Welsh Ministers: %1").arg(PublicationPack::welshMinistersAddress());
    m_deadline->setText(text);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!folder().isEmpty());
}

void PublicationPackDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Publication pack"), folder(), QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

void PublicationPackDialog::retranslateUi()
{
    setWindowTitle(tr("Publication pack"));
    m_folderLabel->setText(tr("New &folder:"));
    m_browse->setText(tr("&Browse…"));
    m_dateLabel->setText(tr("&Publication date:"));
    m_layoutLabel->setText(tr("&Welsh and English:"));
    m_layout->setItemText(0, tr("Two matching documents"));
    m_layout->setItemText(1, tr("One document, Welsh first"));
    m_contents->setText(m_wales ? tr("The folder will hold the strategy as PDF in Welsh and "
                                     "English, the accessible web version, the public summary of "
                                     "the needs assessment and a checklist for publishing and "
                                     "sending the strategy.")
                                : tr("The folder will hold the strategy as PDF, the accessible "
                                     "web version, the public summary of the needs assessment "
                                     "and a checklist for publishing and sending the strategy."));
    update();
}

void PublicationPackDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sna
