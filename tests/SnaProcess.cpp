#include "SnaProcess.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace sna::test {

SnaRun runSnaProcess(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(SNA_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    SnaRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace sna::test
