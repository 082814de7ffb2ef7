#pragma once

#include <QString>
#include <QStringList>

namespace sna::test {

// What one run of the real `sna` executable printed and returned.
struct SnaRun {
    int exitCode = -1; // -1: it crashed
    QString out;
    QString err;
};

// Runs `sna` (SNA_CLI_PATH) with stdin closed: a command that waited for input would time out
// and fail the test.
SnaRun runSnaProcess(const QStringList& arguments);

} // namespace sna::test
