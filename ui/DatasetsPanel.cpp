#include "DatasetsPanel.h"

#include "DatasetTableModel.h"
#include "ProjectSession.h"
#include "import/DatasetStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

DatasetsPanel::DatasetsPanel(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_model = new DatasetTableModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(false);
    m_import = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_remove->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_import, &QPushButton::clicked, this, &DatasetsPanel::importRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_remove->setEnabled(current.isValid()); });
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
        return;
    }
    auto datasets = DatasetStore(m_session->project()).list();
    if (!datasets) {
        Q_EMIT problem(datasets.error().fullText());
        return;
    }
    m_model->setDatasets(datasets.value());
    m_view->resizeColumnsToContents();
    m_remove->setEnabled(m_view->currentIndex().isValid());
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
    m_intro->setText(tr("Data imported into this project. Each import keeps its file name, "
                        "content hash, period and row counts."));
    m_import->setText(tr("&Import data…"));
    m_remove->setText(tr("&Remove dataset"));
    m_view->setAccessibleName(tr("Datasets"));
    m_model->retranslate();
}

void DatasetsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
