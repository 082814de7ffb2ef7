#include "NewProjectDialog.h"

#include "foundation/UiLanguage.h"
#include "project/AreaCatalogue.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sna {

NewProjectDialog::NewProjectDialog(const QString& directory, QWidget* parent)
    : QDialog(parent)
    , m_directory(directory)
{
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_nameLabel->setBuddy(m_name);
    m_areasLabel = new QLabel(this);
    m_areas = new QLineEdit(this);
    m_areas->setPlaceholderText(QStringLiteral("W06000008, W06000023"));
    m_areasLabel->setBuddy(m_areas);
    m_areaFeedback = new QLabel(this);
    m_areaFeedback->setWordWrap(true);
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_areasLabel, m_areas);
    form->addRow(QString(), m_areaFeedback);
    form->addRow(m_pathLabel, pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_path->isModified()) {
            QString stem = m_name->text().trimmed();
            stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")),
                         QStringLiteral("-"));
            m_path->setText(stem.isEmpty()
                                ? QString()
                                : QDir(m_directory).filePath(stem + QStringLiteral(".sna")));
        }
        validate();
    });
    connect(m_areas, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_path, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    retranslateUi();
}

QStringList NewProjectDialog::areaCodes() const
{
    return m_areas->text().toUpper().split(QRegularExpression(QStringLiteral("[\\s,;]+")),
                                           Qt::SkipEmptyParts);
}

QString NewProjectDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".sna"), Qt::CaseInsensitive))
        path += QStringLiteral(".sna");
    return path;
}

PartnershipProfile NewProjectDialog::profile() const
{
    PartnershipProfile profile;
    profile.name = m_name->text().trimmed();
    for (const QString& code : areaCodes())
        profile.areas.append(Area{code, {}});
    return profile;
}

bool NewProjectDialog::isComplete() const
{
    return profile().validate().ok() && !filePath().isEmpty() && !QFileInfo::exists(filePath());
}

void NewProjectDialog::validate()
{
    const Lang ui = UiLanguage::instance().current();
    QStringList lines;
    bool areasOk = !areaCodes().isEmpty();
    for (const QString& code : areaCodes()) {
        if (auto valid = PartnershipProfile::validateAreaCode(code); !valid) {
            lines << valid.error().message;
            areasOk = false;
        } else if (const auto entry = AreaCatalogue::instance().find(code)) {
            lines << tr("%1: %2").arg(code, entry->nameIn(ui));
        } else {
            lines << tr("%1: not in the 2019 ONS lookup; check the code.").arg(code);
        }
    }
    if (areaCodes().isEmpty())
        lines << tr("Enter the ONS code of each local authority area the partnership covers.");
    if (!filePath().isEmpty() && QFileInfo::exists(filePath()))
        lines << tr("“%1” already exists; choose another name.")
                     .arg(QDir::toNativeSeparators(filePath()));
    m_areaFeedback->setText(lines.join(QLatin1Char('\n')));
    const bool showAsProblem = !areasOk && !areaCodes().isEmpty();
    m_areaFeedback->setStyleSheet(showAsProblem ? QStringLiteral("color: #A33B00;") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

void NewProjectDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New project file"), m_path->text().isEmpty() ? m_directory : m_path->text(),
        tr("SNA Studio projects (*.sna)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        m_path->setModified(true);
    }
}

void NewProjectDialog::retranslateUi()
{
    setWindowTitle(tr("New project"));
    m_nameLabel->setText(tr("Partnership &name:"));
    m_areasLabel->setText(tr("&Areas (ONS codes):"));
    m_pathLabel->setText(tr("Project &file:"));
    m_browse->setText(tr("&Browse…"));
    validate();
}

void NewProjectDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sna
