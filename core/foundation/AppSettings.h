#pragma once

#include "foundation/Language.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace sna {

// The one place that knows settings keys. Widgets and commands ask for typed values here and
// never touch QSettings directly, so keys cannot drift apart between callers.
class AppSettings {
public:
    AppSettings();

    std::optional<Lang> uiLanguage() const;
    void setUiLanguage(Lang lang);

    QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);

    QString lastDirectory() const;
    void setLastDirectory(const QString& dir);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    // Who is reviewing on this computer: the name and authority put on their comments.
    QString reviewerName() const;
    void setReviewerName(const QString& name);
    QString reviewerAuthority() const;
    void setReviewerAuthority(const QString& authority);

    static constexpr int kMaxRecentProjects = 8;

private:
    mutable QSettings m_settings;
};

} // namespace sna
