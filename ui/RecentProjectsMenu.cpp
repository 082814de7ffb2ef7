#include "RecentProjectsMenu.h"

#include "foundation/AppSettings.h"

#include <QDir>

namespace sna {

RecentProjectsMenu::RecentProjectsMenu(AppSettings& settings, QWidget* parent)
    : QMenu(parent)
    , m_settings(settings)
{
    refresh();
}

void RecentProjectsMenu::refresh()
{
    clear();
    const QStringList recent = m_settings.recentProjects();
    for (const QString& path : recent) {
        QAction* action = addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    setEnabled(!recent.isEmpty());
}

} // namespace sna
