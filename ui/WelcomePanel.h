#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

namespace sna {

// Shown when no project is open: start a project, open one, or look at the demo.
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);
    void setRecentProjects(const QStringList& paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_demo;
    QLabel* m_recentLabel;
    QListView* m_recent;
    QStringListModel* m_recentModel;
};

} // namespace sna
