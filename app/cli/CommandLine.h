#pragma once

#include "foundation/Language.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace sna {

// Parses the `sna` command line and hands each command to core. Output for scripts goes to
// stdout; every error goes to stderr with a non-zero status (1: the command failed,
// 2: the command line was wrong). Nothing here ever waits for input.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(sna::CommandLine)
public:
    CommandLine(QStringList arguments, QTextStream& out, QTextStream& err);
    int run();

    // Read before the application object exists: export draws charts and needs a GUI
    // application (on the offscreen platform); --ui-lang sets the language of the messages.
    static bool needsGuiApplication(const QStringList& arguments);
    static std::optional<Lang> uiLanguage(const QStringList& arguments);

    enum Status { Success = 0, Failure = 1, UsageError = 2 };
    // How every command reports what went wrong, on `err`: a usage error names the command
    // ("sna text: …") and returns UsageError; a failure names the problem and returns Failure.
    static int usageError(QTextStream& err, const QString& command, const QString& message);
    static int failure(QTextStream& err, const QString& message);

private:
    int runNew(const QStringList& arguments);
    int runImport(const QStringList& arguments);
    int runSummary(const QStringList& arguments);
    int runExport(const QStringList& arguments);
    int runDemo(const QStringList& arguments);
    int printHelp(const QString& command);

    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sna
