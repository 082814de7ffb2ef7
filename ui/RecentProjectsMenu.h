#pragma once

#include <QMenu>

namespace sna {

class AppSettings;

// File ▸ Open Recent, filled from the settings; asks the window to open a chosen file.
class RecentProjectsMenu : public QMenu {
    Q_OBJECT
public:
    RecentProjectsMenu(AppSettings& settings, QWidget* parent);
    void refresh();

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    AppSettings& m_settings;
};

} // namespace sna
