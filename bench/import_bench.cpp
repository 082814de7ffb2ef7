// Import benchmark: in one run, imports N data.police.uk rows with SNA Studio's importer (parse,
// validate, normalise, index) and times sqlite3's own `.import --csv` of the same file into a
// fresh database; prints both wall times, the ratio and our peak resident memory.
//   build/bench/import_bench [--rows N] [--file FILE.csv] [--keep DIR] [--repeat K]
// Targets (issue 4): ratio <= 0.4, peak < 200 MB, and flat memory whatever the file size.
// With --repeat K both imports run K times, alternately, and the best times are compared (the
// machine may be shared: the best run is the one least disturbed).
#include "demo/SyntheticPoliceData.h"
#include "import/ImportPipeline.h"
#include "project/Project.h"
#include "project/ProjectFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sna;

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// User + system CPU seconds of this process (both import threads) or of its finished children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "import_bench: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    qint64 rows = 2'000'000;
    QString input;
    QString keep;
    int repeat = 1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--rows") && i + 1 < arguments.size())
            rows = arguments[++i].toLongLong();
        else if (arguments[i] == QLatin1String("--file") && i + 1 < arguments.size())
            input = arguments[++i];
        else if (arguments[i] == QLatin1String("--keep") && i + 1 < arguments.size())
            keep = arguments[++i];
        else if (arguments[i] == QLatin1String("--repeat") && i + 1 < arguments.size())
            repeat = std::max(1, arguments[++i].toInt());
        else {
            std::fprintf(stderr, "usage: import_bench [--rows N] [--file FILE.csv] [--keep DIR] "
                                 "[--repeat K]\n");
            return 2;
        }
    }
    QTemporaryDir scratch(keep.isEmpty() ? QDir::tempPath() + QStringLiteral("/sna-bench-XXXXXX")
                                         : keep + QStringLiteral("/sna-bench-XXXXXX"));
    if (!scratch.isValid())
        return fail(QStringLiteral("no temporary folder"));

    if (input.isEmpty()) {
        input = scratch.filePath(QStringLiteral("police.csv"));
        QFile out(input);
        if (!out.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(input));
        SyntheticPoliceSpec spec;
        spec.areaCodes = {QStringLiteral("W06000008"), QStringLiteral("W06000010"),
                          QStringLiteral("W06000023"), QStringLiteral("E06000016")};
        spec.lsoasPerArea = 100;
        if (SyntheticPoliceData::writeRows(out, spec, rows) != rows)
            return fail(QStringLiteral("could not generate the input"));
    }
    const qint64 bytes = QFileInfo(input).size();
    std::printf("input: %s (%.1f MB)\n", qPrintable(input), double(bytes) / 1e6);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return fail(
            QStringLiteral("the sqlite3 program is not installed (apt-get install sqlite3)"));
    std::vector<double> referenceTimes, ourTimes, referenceCpu, ourCpu;
    ImportReport report;
    double memoryBefore = 0;
    for (int run = 0; run < repeat; ++run) {
        // Reference: sqlite3's own CSV import into a fresh database (all TEXT, no checks).
        const QString fresh = scratch.filePath(QStringLiteral("fresh-%1.db").arg(run));
        QProcess reference;
        reference.setProgram(sqlite3);
        reference.setArguments({fresh, QStringLiteral(".import --csv %1 t").arg(input)});
        QElapsedTimer timer;
        double cpu = cpuSeconds(RUSAGE_CHILDREN);
        timer.start();
        reference.start();
        reference.closeWriteChannel();
        if (!reference.waitForFinished(-1) || reference.exitCode() != 0)
            return fail(QStringLiteral("sqlite3 .import failed: %1")
                            .arg(QString::fromUtf8(reference.readAllStandardError())));
        referenceTimes.push_back(double(timer.nsecsElapsed()) / 1e9);
        referenceCpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - cpu);
        QFile::remove(fresh);

        // Ours: a fresh project, then the full import (closing the project included).
        const QString projectPath = scratch.filePath(QStringLiteral("bench-%1.sna").arg(run));
        {
            PartnershipProfile profile;
            profile.name = QStringLiteral("Benchmark");
            profile.areas = {Area{QStringLiteral("W06000008"), {}}};
            auto created = ProjectFactory::create(projectPath, profile);
            if (!created)
                return fail(created.error().fullText());
        }
        if (run == 0)
            memoryBefore = peakMegabytes();
        auto project = Project::open(projectPath);
        if (!project)
            return fail(project.error().fullText());
        cpu = cpuSeconds(RUSAGE_SELF);
        timer.restart();
        auto imported = ImportPipeline(*project.value()).run(input, {});
        if (!imported)
            return fail(imported.error().fullText());
        project.value().reset();
        ourTimes.push_back(double(timer.nsecsElapsed()) / 1e9);
        ourCpu.push_back(cpuSeconds(RUSAGE_SELF) - cpu);
        report = imported.value();
        QFile::remove(projectPath);
        std::printf("run %d: sqlite3 .import %.2f s (CPU %.2f s), sna import %.2f s (CPU %.2f s "
                    "on two threads)\n",
                    run + 1, referenceTimes.back(), referenceCpu.back(), ourTimes.back(),
                    ourCpu.back());
    }
    const double referenceSeconds = *std::min_element(referenceTimes.begin(), referenceTimes.end());
    const double oursSeconds = *std::min_element(ourTimes.begin(), ourTimes.end());

    const double ratio = oursSeconds / referenceSeconds;
    std::printf("rows: %lld read, %lld stored, %lld rejected\n",
                static_cast<long long>(report.rowsRead), static_cast<long long>(report.rowsStored),
                static_cast<long long>(report.rowsRejected));
    std::printf("sqlite3 .import: %.2f s%s\n", referenceSeconds, repeat > 1 ? " (best)" : "");
    std::printf("sna import:      %.2f s (%.0f rows/s)%s\n", oursSeconds,
                double(report.rowsRead) / oursSeconds, repeat > 1 ? " (best)" : "");
    std::printf("ratio:           %.2f (target <= 0.40)\n", ratio);
    std::printf("CPU time:        sqlite3 %.2f s, sna %.2f s (a machine shared with other work "
                "slows the two threads of ours more than one thread of sqlite3)\n",
                *std::min_element(referenceCpu.begin(), referenceCpu.end()),
                *std::min_element(ourCpu.begin(), ourCpu.end()));
    std::printf("peak memory:     %.1f MB (before the import: %.1f MB; target < 200 MB)\n",
                peakMegabytes(), memoryBefore);
    return 0;
}
