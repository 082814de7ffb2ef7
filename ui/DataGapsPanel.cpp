#include "DataGapsPanel.h"

#include "ProjectSession.h"
#include "analysis/AnalysisData.h"
#include "analysis/DataGapStore.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sna {

DataGapsPanel::DataGapsPanel(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_save = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!save())
            QMessageBox::warning(this, tr("Data gaps register"), m_message->text());
    });
    retranslateUi();
}

void DataGapsPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ProjectSession::dataChanged, this, &DataGapsPanel::reload);
    reload();
}

void DataGapsPanel::reload()
{
    m_table->setRowCount(0);
    m_gaps.clear();
    m_message->clear();
    setEnabled(m_session != nullptr);
    if (!m_session)
        return;
    auto data = AnalysisData::load(m_session->project());
    auto notes = DataGapStore(m_session->project()).load();
    if (!data || !notes) {
        m_message->setText(!data ? data.error().fullText() : notes.error().fullText());
        return;
    }
    m_gaps = DataGaps::build(*data.value(), notes.value());
    const Lang lang = UiLanguage::instance().current();
    m_table->setRowCount(int(m_gaps.size()));
    for (int row = 0; row < int(m_gaps.size()); ++row) {
        const DataGap& gap = m_gaps[row];
        auto* kind = new QTableWidgetItem(DataGaps::kindName(gap.kind).in(lang));
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
        kind->setToolTip(gap.evidence.join(QLatin1Char('\n')));
        m_table->setItem(row, KindColumn, kind);
        auto* detected = new QTableWidgetItem(gap.detectable ? DataGaps::statusLabel(gap.detected)
                                                             : tr("Cannot be detected"));
        detected->setFlags(detected->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, DetectedColumn, detected);
        auto* status = new QComboBox(m_table);
        for (const QString& code : DataGaps::analystStatuses())
            status->addItem(DataGaps::statusLabel(code), code);
        status->setCurrentIndex(std::max(0, status->findData(gap.note.status)));
        status->setAccessibleName(tr("Status of %1").arg(kind->text()));
        m_table->setCellWidget(row, StatusColumn, status);
        m_table->setItem(row, NoteEnColumn, new QTableWidgetItem(gap.note.note.en));
        m_table->setItem(row, NoteCyColumn, new QTableWidgetItem(gap.note.note.cy));
    }
    m_table->resizeColumnsToContents();
}

bool DataGapsPanel::save()
{
    if (!m_session)
        return false;
    QList<DataGapNote> notes;
    for (int row = 0; row < int(m_gaps.size()); ++row) {
        DataGapNote note;
        note.kind = m_gaps[row].kind;
        if (auto* status = qobject_cast<QComboBox*>(m_table->cellWidget(row, StatusColumn)))
            note.status = status->currentData().toString();
        note.note.en = m_table->item(row, NoteEnColumn)->text().trimmed();
        note.note.cy = m_table->item(row, NoteCyColumn)->text().trimmed();
        if (!note.isEmpty())
            notes.append(note);
    }
    const Status saved = DataGapStore(m_session->project()).save(notes);
    if (!saved) {
        m_message->setText(saved.error().fullText());
        return false;
    }
    m_message->setText(tr("Saved. The SNA’s data gaps section shows the register as it is now."));
    return true;
}

void DataGapsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataGapsPanel::retranslateUi()
{
    m_intro->setText(tr("The data the statutory guidance expects a strategic needs assessment to "
                        "draw on (paragraph 147), against what this project holds. Record a "
                        "status where the project cannot see it (held by a partner, requested, "
                        "not available) and a note in English and Welsh."));
    m_table->setHorizontalHeaderLabels({tr("Data"), tr("In this project"), tr("Status"),
                                        tr("Note (English)"), tr("Note (Welsh)")});
    m_table->setAccessibleName(tr("Data gaps register"));
    m_save->setText(tr("&Save register"));
    reload();
}

} // namespace sna
