#pragma once

#include "analysis/DataGaps.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sna {

class ProjectSession;

// The data gaps register (statutory guidance para 147): each kind of data an SNA is expected to
// draw on, whether the project holds it (detected from the imported datasets), and the
// analyst's status and notes in English and Welsh, saved in the project for the SNA's gaps
// section.
class DataGapsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        DetectedColumn,
        StatusColumn,
        NoteEnColumn,
        NoteCyColumn,
        ColumnCount
    };

    explicit DataGapsPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);

    QTableWidget* table() const { return m_table; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* message() const { return m_message; }
    // Saves the statuses and notes as shown; false (and the reason shown) on failure.
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslateUi();

    ProjectSession* m_session = nullptr;
    QList<DataGap> m_gaps;
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace sna
