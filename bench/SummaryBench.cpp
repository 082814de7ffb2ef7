// Benchmark for the analysis (issue 5): on a project of N police records (5,000,000 by
// default), how long the summary and a dashboard refresh take, and how long the whole
// `sna summary --json` process takes. Targets: refresh median < 100 ms, process < 1 s.
//   build/bench/summary_bench [--records N] [--sna PATH] [--keep DIR]
#include "analysis/AnalysisCharts.h"
#include "analysis/AnalysisData.h"
#include "analysis/AnalysisTables.h"
#include "analysis/ChangeTest.h"
#include "analysis/ChartCatalogue.h"
#include "analysis/Measures.h"
#include "analysis/Summary.h"
#include "demo/SyntheticPoliceData.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"
#include "project/ProjectFactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sna;

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// What the dashboard does for a new period filter: every panel is recomputed from the
// project's summary (read once from the file when data or the definition changes).
void refreshDashboard(const Summary& summary, int first, int last)
{
    const auto& serious = summary.seriousViolence;
    (void)ChangeTest::compare(serious.totalBetween(first - 100, last - 100),
                              serious.totalBetween(first, last));
    (void)ChartCatalogue::seriousViolenceTrend(summary);
    (void)ChartCatalogue::seriousViolenceByCategory(summary, first, last);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption records(QStringLiteral("records"),
                                     QStringLiteral("Records to generate."), QStringLiteral("N"),
                                     QStringLiteral("5000000"));
    const QCommandLineOption sna(QStringLiteral("sna"),
                                 QStringLiteral("Path of the sna executable."),
                                 QStringLiteral("PATH"), QStringLiteral(SNA_CLI_PATH));
    const QCommandLineOption reuse(
        QStringLiteral("project"),
        QStringLiteral("Use this project instead of generating one (kept)."),
        QStringLiteral("FILE"));
    parser.addOptions({records, sna, reuse});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(records).toLongLong();

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("records.csv"));
    const QString projectPath =
        parser.isSet(reuse) ? parser.value(reuse) : dir.filePath(QStringLiteral("bench.sna"));
    QElapsedTimer timer;
    if (!QFile::exists(projectPath)) {
        {
            QFile csv(csvPath);
            if (!csv.open(QIODevice::WriteOnly))
                return 1;
            SyntheticPoliceSpec spec;
            spec.months = 60;
            spec.areaCodes = {QStringLiteral("W06000008"), QStringLiteral("W06000023"),
                              QStringLiteral("W06000010"), QStringLiteral("W06000009")};
            spec.lsoasPerArea = 100;
            SyntheticPoliceData::writeRows(csv, spec, rows);
        }
        PartnershipProfile profile;
        profile.name = QStringLiteral("Benchmark partnership");
        profile.areas = {Area{QStringLiteral("W06000008"), {}}};
        auto created = ProjectFactory::create(projectPath, profile);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().fullText()));
            return 1;
        }
        timer.start();
        auto imported = PoliceUkImporter(*created.value()).importFile(csvPath);
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error().fullText()));
            return 1;
        }
        std::printf("records imported: %lld in %.1f s (set-up, not measured against a target)\n",
                    imported.value().rowsStored, timer.elapsed() / 1000.0);
        QFile::remove(csvPath);
    }
    auto project = Project::open(projectPath);
    if (!project)
        return 1;

    std::vector<double> summaries, refreshes;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        auto summary = SummaryBuilder::build(*project.value());
        summaries.push_back(timer.nsecsElapsed() / 1e6);
        if (!summary)
            return 1;
        const int last = summary.value().byMonth.last().first;
        timer.restart();
        refreshDashboard(summary.value(), last - 100 + 1, last); // a new 12-month filter
        refreshes.push_back(timer.nsecsElapsed() / 1e6);
    }
    // The analysis: the snapshot is read once per change of data; each change of filter
    // (period, area, category, cohort) recomputes the measures and draws every chart.
    std::vector<double> loads, analysisRefreshes;
    std::shared_ptr<const AnalysisData> data;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto loaded = AnalysisData::load(*project.value());
        loads.push_back(timer.nsecsElapsed() / 1e6);
        if (!loaded)
            return 1;
        data = loaded.value();
    }
    const QStringList periods{QStringLiteral("latest-12"), QStringLiteral("all"),
                              QStringLiteral("fy-2022"), QStringLiteral("cy-2021")};
    const QStringList areas{QString(), QStringLiteral("lad:W06000008")};
    const QStringList categories{QString(), QStringLiteral("robbery")};
    for (int i = 0; i < 21; ++i) {
        AnalysisFilter filter;
        filter.period = periods[i % periods.size()];
        const QString area = areas[(i / 4) % areas.size()];
        if (!area.isEmpty()) {
            filter.areaLevel = area.section(QLatin1Char(':'), 0, 0);
            filter.areaCode = area.section(QLatin1Char(':'), 1);
        }
        filter.category = categories[(i / 8) % categories.size()];
        timer.restart();
        (void)Measures::compute(*data, filter);
        // Every chart and the table of its figures, as the Analysis tab computes them.
        for (const QString& chart : AnalysisCharts::references()) {
            (void)AnalysisCharts::build(AnalysisCharts::reference(chart, filter), *data, false);
            (void)AnalysisTables::build(AnalysisCharts::reference(chart, filter), *data, false);
        }
        analysisRefreshes.push_back(timer.nsecsElapsed() / 1e6);
    }
    project.value().reset();

    std::vector<double> processes;
    for (int i = 0; i < 5; ++i) {
        QProcess process;
        timer.restart();
        process.start(parser.value(sna),
                      {QStringLiteral("summary"), projectPath, QStringLiteral("--json")});
        process.waitForFinished(60000);
        processes.push_back(timer.nsecsElapsed() / 1e6);
        if (process.exitCode() != 0) {
            std::fprintf(stderr, "sna summary failed: %s\n",
                         process.readAllStandardError().constData());
            return 1;
        }
    }
    const double refresh = median(refreshes);
    const double process = median(processes);
    std::printf("summary (in process), median of 21: %.1f ms\n", median(summaries));
    std::printf(
        "dashboard refresh, median of 21:   %.1f ms  (target < 100 ms: %.2f of the budget)\n",
        refresh, refresh / 100.0);
    std::printf("`sna summary --json` process, median of 5: %.0f ms  (target < 1000 ms: %.2f of "
                "the budget)\n",
                process, process / 1000.0);
    const double analysisRefresh = median(analysisRefreshes);
    std::printf("analysis snapshot read, median of 5: %.1f ms (once per change of data)\n",
                median(loads));
    std::printf(
        "analysis refresh (measures + every chart and table for a new filter), median of 21: "
        "%.1f ms  (target < 100 ms: %.2f of the budget)\n",
        analysisRefresh, analysisRefresh / 100.0);
    const bool met = refresh < 100 && analysisRefresh < 100 && process < 1000;
    std::printf("%s\n", met ? "targets met" : "TARGETS MISSED");
    return met ? 0 : 2;
}
