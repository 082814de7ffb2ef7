// sna: the command line over the same core as the desktop application.
#include "CommandLine.h"

#include "foundation/AppSettings.h"
#include "foundation/UiLanguage.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {
// Qt's own warnings (a missing XDG_RUNTIME_DIR, font fallbacks …) are noise for scripts reading
// stderr; SNA Studio reports its errors as values. SNA_DEBUG=1 shows them again.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("SNA_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietQtMessages);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Charts are drawn with Qt Charts, which needs a GUI application; it never shows a window.
    std::unique_ptr<QCoreApplication> app;
    if (sna::CommandLine::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SNA Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("sna-studio"));

    const sna::AppSettings settings;
    sna::UiLanguage::instance().apply(
        sna::UiLanguage::resolve(sna::CommandLine::uiLanguage(arguments), settings.uiLanguage()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return sna::CommandLine(arguments, out, err).run();
}
