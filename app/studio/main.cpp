// sna-studio: the desktop application.
#include "LanguageChoiceDialog.h"
#include "MainWindow.h"
#include "foundation/AppSettings.h"
#include "foundation/BuildInfo.h"
#include "foundation/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {
// --ui-lang decides the language of --help itself, so it is read before the full parse.
std::optional<sna::Lang> uiLanguageArgument(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument.startsWith(QLatin1String("--ui-lang=")))
            return sna::langFromCode(argument.mid(10));
        if (argument == QLatin1String("--ui-lang") && i + 1 < arguments.size())
            return sna::langFromCode(arguments[i + 1]);
    }
    return std::nullopt;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SNA Studio"));
    QApplication::setApplicationName(QStringLiteral("sna-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("SNA Studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(sna::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.snastudio.SnaStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.snastudio.SnaStudio")));

    sna::AppSettings settings;
    const auto requested = uiLanguageArgument(QApplication::arguments());
    sna::UiLanguage::instance().apply(sna::UiLanguage::resolve(requested, settings.uiLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "SNA Studio: strategic needs assessments and serious violence strategies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption uiLang(
        QStringLiteral("ui-lang"),
        QCoreApplication::translate("main", "Language of the interface: en or cy."),
        QStringLiteral("en|cy"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo project (synthetic data)."));
    parser.addOption(uiLang);
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "A project file (.sna) to open."),
        QStringLiteral("[FILE.sna]"));
    parser.process(app);
    if (parser.isSet(uiLang) && !sna::langFromCode(parser.value(uiLang))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "--ui-lang must be en or cy, not “%1”.")
                           .arg(parser.value(uiLang))));
        return 2;
    }

    // First start: ask, in both languages, unless the command line already said.
    if (!requested && !settings.uiLanguage()) {
        sna::LanguageChoiceDialog choice(
            sna::UiLanguage::fromEnvironment().value_or(sna::Lang::En));
        if (choice.exec() == QDialog::Accepted) {
            settings.setUiLanguage(choice.choice());
            sna::UiLanguage::instance().apply(choice.choice());
        }
    }

    sna::MainWindow window;
    window.show();
    sna::Status opened;
    if (parser.isSet(demo))
        opened = window.openDemo();
    else if (!parser.positionalArguments().isEmpty())
        opened = window.openProject(parser.positionalArguments().constFirst());
    if (!opened) {
        QMessageBox::critical(&window, QCoreApplication::translate("main", "Open project"),
                              opened.error().fullText());
    }
    return app.exec();
}
