// Export benchmark (issue 7): a 60-page bilingual strategy with 20 charts and 10 multi-page
// tables, exported to PDF (Welsh first, then English, in one document) and compared in the
// same run with LibreOffice converting the HTML export of the same document to PDF.
//   build/bench/export_bench [--no-reference] [OUTPUT_DIR]
// Targets: under 3 s, under 300 MB peak, at most half LibreOffice's time.
#include "analysis/Summary.h"
#include "charts/QtChartPainter.h"
#include "document/DocumentTemplates.h"
#include "export/PublicationExporter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <poppler-qt6.h>

#include <sys/resource.h>

#include <cstdio>

using namespace sna;

namespace {

double peakMegabytes(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

QString paragraphs(Lang lang, int count, int seed)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += lang == Lang::Cy
                    ? QStringLiteral(
                          "Mae’r bartneriaeth yn gweithio gyda’r ffactorau risg a’r ffactorau "
                          "amddiffynnol a nodwyd yn yr asesiad o anghenion strategol (paragraff "
                          "%1). Mae troseddau cyllyll a thrais ieuenctid mewn mannau cyhoeddus "
                          "yn flaenoriaeth, ac mae’r camau gweithredu’n canolbwyntio ar atal ac "
                          "ymyrraeth gynnar gyda phobl ifanc, teuluoedd a chymunedau.\n\n")
                          .arg(seed * 100 + i)
                    : QStringLiteral(
                          "The partnership works on the risk factors and protective factors that "
                          "the strategic needs assessment identified (paragraph %1). Knife crime "
                          "and public-space youth violence are priorities, and our actions focus "
                          "on prevention and early intervention with young people, families and "
                          "communities.\n\n")
                          .arg(seed * 100 + i);
    }
    return text;
}

QString table(Lang lang, int number)
{
    QString text = lang == Lang::Cy
                       ? QStringLiteral("Tabl: Cofnodion fesul ardal, rhan %1\n\n"
                                        "| Ardal | Mis | Trais | Lladrata | Cyfanswm |\n")
                             .arg(number)
                       : QStringLiteral("Table: Records by area, part %1\n\n"
                                        "| Area | Month | Violence | Robbery | Total |\n")
                             .arg(number);
    text += QStringLiteral("|---|---|--:|--:|--:|\n");
    for (int row = 0; row < 60; ++row)
        text += QStringLiteral("| %1 %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(lang == Lang::Cy ? QStringLiteral("Ardal") : QStringLiteral("Area"))
                    .arg(row + 1)
                    .arg(2021 + row % 3)
                    .arg(100 + row * 7)
                    .arg(20 + row)
                    .arg(120 + row * 8);
    text += lang == Lang::Cy ? QStringLiteral("\nFfynhonnell: data synthetig\n")
                             : QStringLiteral("\nSource: synthetic data\n");
    return text;
}

PublicationContent content()
{
    PublicationContent content;
    content.profile.name = QStringLiteral("Benchmark Partnership");
    content.profile.coordinator = QStringLiteral("Benchmark Coordinator");
    content.profile.areas = {Area{QStringLiteral("W06000008"), {}},
                             Area{QStringLiteral("W06000023"), {}}};
    for (int month = 0; month < 36; ++month)
        content.summary.byMonth.append(
            {(2021 + month / 12) * 100 + month % 12 + 1, qint64(2000 + (month * 37) % 500)});
    content.summary.totalRecords = 80000;
    Document strategy = DocumentTemplates::strategy();
    QList<Section> sections = strategy.sections();
    int tables = 0;
    int charts = 0;
    for (int i = 0; i < sections.size(); ++i) {
        Section& section = sections[i];
        section.items.clear();
        for (Lang lang : kAllLangs) {
            QString body = paragraphs(lang, 2, i);
            body += QStringLiteral("## %1\n\n")
                        .arg(lang == Lang::Cy ? QStringLiteral("Canfyddiadau")
                                              : QStringLiteral("Findings"));
            body += paragraphs(lang, 1, i + 50);
            if (i < 10)
                body += table(lang, i + 1);
            section.body.in(lang) = body;
        }
        if (i < 10)
            ++tables;
        const int chartsHere = i < 5 ? 2 : 1;
        for (int c = 0; c < chartsHere && charts < 20; ++c, ++charts)
            section.items.append(
                EmbeddedItem{QStringLiteral("chart"), QStringLiteral("monthly-trend")});
    }
    strategy.setSections(sections);
    content.document = strategy;
    content.strategy = strategy;
    return content;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool reference = !arguments.removeAll(QStringLiteral("--no-reference"));
    QTemporaryDir scratch;
    const QString out = arguments.value(0, scratch.path());
    QDir().mkpath(out);

    const PublicationContent input = content();
    QtChartPainter charts;
    ExportRequest request;
    request.layout = Layout::WelshFirst;
    request.draft = false;
    request.date = QDate(2024, 1, 31);

    // Warm up fonts and Qt Charts once, as an application that is already running would be.
    {
        ExportRequest small = request;
        small.lang = Lang::En;
        small.layout = Layout::Separate;
        PublicationContent tiny = input;
        tiny.document.setSections(tiny.document.sections().mid(0, 1));
        (void)PublicationExporter::write(out + QStringLiteral("/warm-up.pdf"), tiny, small,
                                         &charts);
    }

    const QString pdf = out + QStringLiteral("/strategy-cy-en.pdf");
    QElapsedTimer timer;
    timer.start();
    auto written = PublicationExporter::write(pdf, input, request, &charts);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!written) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().fullText()));
        return 1;
    }
    const double peak = peakMegabytes(RUSAGE_SELF);
    const int pages = written.value().first().pageCount;
    auto document = Poppler::Document::load(pdf);
    std::printf("PDF: %d pages, %d embedded fonts, %lld bytes\n",
                document ? document->numPages() : 0, document ? int(document->fonts().size()) : 0,
                static_cast<long long>(QFileInfo(pdf).size()));
    std::printf("SNA Studio PDF export: %.2f s, peak memory %.0f MB (targets: < 3 s, < 300 MB)\n",
                seconds, peak);

    ExportRequest html = request;
    html.format = ExportFormat::Html;
    const QString page = out + QStringLiteral("/strategy-cy-en.html");
    if (auto w = PublicationExporter::write(page, input, html, &charts); !w) {
        std::fprintf(stderr, "HTML export failed: %s\n", qPrintable(w.error().fullText()));
        return 1;
    }
    if (!reference) {
        std::printf("(LibreOffice reference skipped)\n");
        return seconds < 3 && peak < 300 ? 0 : 1;
    }
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty()) {
        std::printf("LibreOffice not found: install libreoffice-writer-nogui "
                    "(./packaging/dev.sh bench) for the reference.\n");
        return seconds < 3 && peak < 300 ? 0 : 1;
    }
    QTemporaryDir profile;
    const QString installation =
        QStringLiteral("-env:UserInstallation=file://") + profile.path() + QStringLiteral("/lo");
    auto convert = [&]() {
        QProcess process;
        process.start(office,
                      {installation, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       QStringLiteral("pdf"), QStringLiteral("--outdir"),
                       out + QStringLiteral("/libreoffice"), page});
        process.waitForFinished(300000);
        return process.exitCode() == 0 && process.exitStatus() == QProcess::NormalExit;
    };
    convert(); // first start: LibreOffice creates its profile; not counted
    timer.restart();
    const bool converted = convert();
    const double officeSeconds = timer.nsecsElapsed() / 1e9;
    const double officePeak = peakMegabytes(RUSAGE_CHILDREN);
    auto officePdf =
        Poppler::Document::load(out + QStringLiteral("/libreoffice/strategy-cy-en.pdf"));
    std::printf("LibreOffice HTML to PDF: %.2f s, peak memory %.0f MB, %d pages%s\n", officeSeconds,
                officePeak, officePdf ? officePdf->numPages() : 0,
                converted ? "" : " (conversion failed)");
    const double ratio = seconds / officeSeconds;
    std::printf("Ratio SNA Studio / LibreOffice: %.2f (target: at most 0.50)\n", ratio);
    const bool met = seconds < 3 && peak < 300 && ratio <= 0.5 && pages >= 60;
    std::printf("%s\n", met ? "All targets met." : "TARGET MISSED.");
    return met ? 0 : 1;
}
