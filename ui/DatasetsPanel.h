#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sna {

class DatasetTableModel;
class ProjectSession;
struct DatasetInfo;

// The datasets a project holds, with their provenance (who sent each, on what basis, at what
// ISTV level, the file and its hash, rows read, stored and rejected, the personal-data
// decisions); import, the rejected rows, and removal with everything derived from it.
class DatasetsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DatasetsPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);
    void refresh();

    DatasetTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString detailsText() const;
    QPushButton* rejectedButton() const { return m_rejected; }
    // Removes the selected dataset after asking; returns false when nothing was removed.
    bool removeSelected(bool askFirst = true);
    // The rejected rows of the selected dataset in a dialog (returned for tests; shown modal
    // when `show`).
    QWidget* showRejectedRows(bool show = true);

Q_SIGNALS:
    void importRequested();
    void problem(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showDetails();

    ProjectSession* m_session = nullptr;
    QLabel* m_intro;
    QTableView* m_view;
    DatasetTableModel* m_model;
    QLabel* m_details;
    QPushButton* m_import;
    QPushButton* m_rejected;
    QPushButton* m_remove;
};

} // namespace sna
