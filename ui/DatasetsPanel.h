#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sna {

class DatasetTableModel;
class ProjectSession;

// The datasets a project holds, with provenance; import and removal.
class DatasetsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DatasetsPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);
    void refresh();

    DatasetTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Removes the selected dataset after asking; returns false when nothing was removed.
    bool removeSelected(bool askFirst = true);

Q_SIGNALS:
    void importRequested();
    void problem(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ProjectSession* m_session = nullptr;
    QLabel* m_intro;
    QTableView* m_view;
    DatasetTableModel* m_model;
    QPushButton* m_import;
    QPushButton* m_remove;
};

} // namespace sna
