// Catch2 runner with a QApplication on the offscreen platform, and settings, data and caches in
// a throw-away folder so tests never touch the user's configuration.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "foundation/UiLanguage.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    const QByteArray base = home.path().toUtf8();
    for (const char* variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QByteArray dir = base + '/' + variable;
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir), QFileDevice::ReadOwner |
                                                          QFileDevice::WriteOwner |
                                                          QFileDevice::ExeOwner);
        qputenv(variable, dir);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "C.UTF-8");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SNA Studio Tests"));
    QApplication::setApplicationName(QStringLiteral("sna-studio-tests"));
    sna::UiLanguage::instance().apply(sna::Lang::En);
    return Catch::Session().run(argc, argv);
}
