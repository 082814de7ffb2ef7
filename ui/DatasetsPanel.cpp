#include "DatasetsPanel.h"

#include "DatasetTableModel.h"
#include "ProjectSession.h"
#include "RowProblemModel.h"
#include "import/DatasetStore.h"
#include "import/GuardReport.h"
#include "import/SourceAuthority.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

namespace {
QString decisionText(const StoredGuardDecision& d)
{
    const QLocale locale;
    QString finding = d.finding;
    for (PersonalDataKind kind :
         {PersonalDataKind::Name, PersonalDataKind::DateOfBirth, PersonalDataKind::NhsNumber,
          PersonalDataKind::Postcode, PersonalDataKind::Email, PersonalDataKind::Phone,
          PersonalDataKind::Address, PersonalDataKind::FreeText}) {
        if (d.finding == PersonalDataKinds::code(kind))
            finding = PersonalDataKinds::label(kind);
    }
    if (d.decision == QLatin1String("anonymised-by-publisher"))
        return DatasetsPanel::tr("“%1”: locations anonymised by their publisher").arg(d.column);
    if (d.decision == QLatin1String("dropped") && d.finding == QLatin1String("none"))
        return DatasetsPanel::tr("“%1”: dropped").arg(d.column);
    if (d.decision == QLatin1String("dropped"))
        return DatasetsPanel::tr("“%1” (%2, %3 values): dropped")
            .arg(d.column, finding, locale.toString(d.count));
    return DatasetsPanel::tr("“%1” (%2, %3 values): kept as confirmed")
        .arg(d.column, finding, locale.toString(d.count));
}
} // namespace

DatasetsPanel::DatasetsPanel(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_model = new DatasetTableModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(false);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("datasetDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(6);
    m_import = new QPushButton(this);
    m_rejected = new QPushButton(this);
    m_rejected->setEnabled(false);
    m_remove = new QPushButton(this);
    m_remove->setEnabled(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_rejected);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_import, &QPushButton::clicked, this, &DatasetsPanel::importRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_rejected, &QPushButton::clicked, this, [this] { showRejectedRows(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetsPanel::showDetails);
    setEnabled(false);
    retranslateUi();
}

void DatasetsPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    setEnabled(session != nullptr);
    if (session)
        connect(session, &ProjectSession::dataChanged, this, &DatasetsPanel::refresh);
    refresh();
}

void DatasetsPanel::refresh()
{
    if (!m_session) {
        m_model->setDatasets({});
        showDetails();
        return;
    }
    auto datasets = DatasetStore(m_session->project()).list();
    if (!datasets) {
        Q_EMIT problem(datasets.error().fullText());
        return;
    }
    m_model->setDatasets(datasets.value());
    m_view->resizeColumnsToContents();
    showDetails();
}

QString DatasetsPanel::detailsText() const
{
    return m_details->text();
}

void DatasetsPanel::showDetails()
{
    const DatasetInfo* info = m_model->datasetAt(m_view->currentIndex().row());
    m_remove->setEnabled(info != nullptr);
    m_rejected->setEnabled(info && info->rowsRejected > 0);
    if (!m_session || !info) {
        m_details->setText(tr("Select a dataset to see where it came from."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("File: %1 (%2)").arg(info->fileName, locale.formattedDataSize(info->fileSize));
    lines << tr("Format: %1").arg(DatasetTableModel::formatName(info->format));
    lines << tr("Sent by: %1 — %2")
                 .arg(info->partner.isEmpty() ? tr("not recorded") : info->partner,
                      SourceAuthorities::label(info->authorityType));
    lines << tr("Sharing basis: %1")
                 .arg(info->sharingBasis.isEmpty() ? tr("not recorded") : info->sharingBasis);
    lines << tr("ISTV level: %1")
                 .arg(info->istvLevel > 0 ? QString::number(info->istvLevel)
                                          : tr("not applicable (open data)"));
    lines << tr("Received: %1")
                 .arg(locale.toString(QDate::fromString(info->receivedOn, Qt::ISODate),
                                      QLocale::LongFormat));
    lines << tr("Imported: %1 by %2 with %3")
                 .arg(locale.toString(
                          QDateTime::fromString(info->importedAt, Qt::ISODate).toLocalTime(),
                          QLocale::ShortFormat),
                      info->importedBy.isEmpty() ? tr("an unknown user") : info->importedBy,
                      info->importerVersion);
    if (!info->mappingName.isEmpty())
        lines << tr("Column mapping: %1").arg(info->mappingName);
    lines << tr("Period: %1").arg(DatasetTableModel::periodText(*info));
    lines << tr("Rows read: %1; stored: %2; rejected: %3")
                 .arg(locale.toString(info->rowsRead), locale.toString(info->rowsStored),
                      locale.toString(info->rowsRejected));
    lines << tr("Text encoding: %1").arg(info->encoding);
    lines << tr("SHA-256: %1").arg(info->sha256);
    auto decisions = DatasetStore(m_session->project()).guardDecisions(info->id);
    if (decisions && !decisions.value().isEmpty()) {
        QStringList texts;
        for (const StoredGuardDecision& d : decisions.value())
            texts << decisionText(d);
        lines << tr("Personal data: %1").arg(texts.join(QStringLiteral("; ")));
    } else if (decisions) {
        lines << tr("Personal data: none found");
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QWidget* DatasetsPanel::showRejectedRows(bool show)
{
    const DatasetInfo* info = m_model->datasetAt(m_view->currentIndex().row());
    if (!m_session || !info)
        return nullptr;
    auto rows = DatasetStore(m_session->project()).rejectedRows(info->id);
    if (!rows) {
        QMessageBox::critical(this, tr("Rejected rows"), rows.error().fullText());
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rejected rows of “%1”").arg(info->fileName));
    auto* model = new RowProblemModel(dialog);
    model->setProblems(rows.value());
    auto* view = new QTableView(dialog);
    view->setTabKeyNavigation(false);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(close);
    dialog->resize(760, 420);
    if (show)
        dialog->open();
    return dialog;
}

bool DatasetsPanel::removeSelected(bool askFirst)
{
    const DatasetInfo* info = m_model->datasetAt(m_view->currentIndex().row());
    if (!m_session || !info)
        return false;
    if (askFirst) {
        const auto answer = QMessageBox::question(
            this, tr("Remove dataset"),
            tr("Remove “%1” and every figure drawn from it? This cannot be undone.")
                .arg(info->fileName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (auto removed = DatasetStore(m_session->project()).remove(info->id); !removed) {
        QMessageBox::critical(this, tr("Remove dataset"), removed.error().fullText());
        return false;
    }
    if (auto reloaded = m_session->reloadData(); !reloaded)
        Q_EMIT problem(reloaded.error().fullText());
    return true;
}

void DatasetsPanel::retranslateUi()
{
    m_intro->setText(tr("Data imported into this project, with where each dataset came from, on "
                        "what basis, and what was done with any personal data."));
    m_import->setText(tr("&Import data…"));
    m_rejected->setText(tr("Re&jected rows…"));
    m_remove->setText(tr("&Remove dataset"));
    m_view->setAccessibleName(tr("Datasets"));
    m_model->retranslate();
    showDetails();
}

void DatasetsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
