#include "foundation/AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace sna {

namespace {
const QString kUiLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("files/recentProjects");
const QString kLastDir = QStringLiteral("files/lastDirectory");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kReviewerName = QStringLiteral("review/name");
const QString kReviewerAuthority = QStringLiteral("review/authority");
} // namespace

AppSettings::AppSettings() = default;

std::optional<Lang> AppSettings::uiLanguage() const
{
    return langFromCode(m_settings.value(kUiLanguage).toString());
}

void AppSettings::setUiLanguage(Lang lang)
{
    m_settings.setValue(kUiLanguage, langCode(lang));
}

QStringList AppSettings::recentProjects() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentProject(const QString& path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > kMaxRecentProjects)
        list.removeLast();
    m_settings.setValue(kRecent, list);
}

void AppSettings::removeRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kRecent, list);
}

QString AppSettings::reviewerName() const
{
    return m_settings.value(kReviewerName).toString();
}

void AppSettings::setReviewerName(const QString& name)
{
    m_settings.setValue(kReviewerName, name.trimmed());
}

QString AppSettings::reviewerAuthority() const
{
    return m_settings.value(kReviewerAuthority).toString();
}

void AppSettings::setReviewerAuthority(const QString& authority)
{
    m_settings.setValue(kReviewerAuthority, authority.trimmed());
}

QString AppSettings::lastDirectory() const
{
    return m_settings.value(kLastDir, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString& dir)
{
    m_settings.setValue(kLastDir, dir);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

} // namespace sna
