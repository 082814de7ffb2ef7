#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "charts/QtChartPainter.h"
#include "document/DocumentStore.h"
#include "export/PdfExporter.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QDir>
#include <QFileInfo>

#include <poppler-qt6.h>

using namespace sna;
using namespace sna::test;

namespace {

Result<PdfExportResult> exportPdf(Project& project, const QString& path, Lang lang,
                                  PublicationKind kind = PublicationKind::Strategy)
{
    QtChartPainter charts;
    PdfExportOptions options;
    options.lang = lang;
    options.document = kind;
    return PdfExporter(project, &charts).exportTo(path, options);
}

void setText(Project& project, const QString& section, Lang lang, const QString& text)
{
    Document strategy = DocumentStore(project).load(DocumentKind::Strategy).value();
    strategy.setBody(section, lang, text);
    REQUIRE(DocumentStore(project).save(strategy).ok());
}

// The text of the line on which `needle` appears, read back from the PDF.
QString lineWith(const QString& pdf, int pageIndex, const QString& needle)
{
    auto document = Poppler::Document::load(pdf);
    auto page = document->page(pageIndex);
    const QList<QRectF> hits = page->search(needle, Poppler::Page::NoSearchFlags);
    if (hits.isEmpty())
        return {};
    const QRectF hit = hits.first();
    return page->text(QRectF(0, hit.top(), page->pageSizeF().width(), hit.height())).simplified();
}

} // namespace

TEST_CASE("A new project's strategy in Welsh carries its fixed headings in Welsh")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")), ceredigionProfile());
    const QString pdf = scratch.path(QStringLiteral("strategaeth.pdf"));
    auto written = exportPdf(*project, pdf, Lang::Cy);
    REQUIRE(written.ok());

    const PdfText text = readPdf(pdf);
    REQUIRE(text.loaded);
    CHECK(text.pageCount == written.value().pageCount);
    CHECK(text.pages[0].contains(QStringLiteral("Strategaeth Trais Difrifol")));
    CHECK(text.pages[0].contains(QStringLiteral("Partneriaeth Ceredigion")));
    CHECK(text.pages[0].contains(QStringLiteral("Ardaloedd dan sylw: Ceredigion")));
    CHECK(text.pages[0].contains(QStringLiteral("Mae’r ddogfen hon ar gael yn Saesneg hefyd.")));
    CHECK(text.pages[1].contains(QStringLiteral("Cynnwys")));
    CHECK(text.pages[1].contains(QStringLiteral("Crynodeb gweithredol")));
    CHECK(text.pages[1].contains(QStringLiteral("Tudalen 2 o %1").arg(text.pageCount)));
    CHECK(text.all().contains(QStringLiteral("Ymgynghori â phobl ifanc a chymunedau")));
    CHECK_FALSE(text.all().contains(QStringLiteral("Executive summary")));
    CHECK_FALSE(text.all().contains(QStringLiteral("Page ")));
    CHECK(text.title.startsWith(QStringLiteral("Strategaeth Trais Difrifol")));
    REQUIRE_FALSE(text.fontNames.isEmpty());
    CHECK(text.allFontsEmbedded);
}

TEST_CASE("The English strategy has English fixed text and page numbers")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString pdf = scratch.path(QStringLiteral("strategy.pdf"));
    REQUIRE(exportPdf(*project, pdf, Lang::En).ok());
    const PdfText text = readPdf(pdf);
    REQUIRE(text.loaded);
    CHECK(text.pages[0].contains(QStringLiteral("Serious Violence Strategy")));
    CHECK(text.pages[1].contains(QStringLiteral("Contents")));
    CHECK(text.pages.last().contains(QStringLiteral("Page %1 of %1").arg(text.pageCount)));
    CHECK_FALSE(text.all().contains(QStringLiteral("Cynnwys")));
    // An English-only partnership's cover does not announce a Welsh version.
    CHECK_FALSE(text.pages[0].contains(QStringLiteral("available in Welsh")));
}

TEST_CASE("Section text comes back as written: Welsh letters, no ligatures, no broken words")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")), ceredigionProfile());
    const QString welsh = QStringLiteral(
        "Mae ffactorau risg a ffactorau amddiffynnol yn effeithio ar ŵyr ac wyres. Mae’r "
        "Gwasanaeth Tân ac Achub yn cefnogi’r gwaith. Ŷ, ŵ, â, ê, î, ô, û. Effeithiolrwydd "
        "Partneriaethau Diogelwch Cymunedol Sir y Fflint a Llanfairpwllgwyngyll.");
    setText(*project, QStringLiteral("executive-summary"), Lang::Cy, welsh);
    const QString pdf = scratch.path(QStringLiteral("cy.pdf"));
    REQUIRE(exportPdf(*project, pdf, Lang::Cy).ok());
    const PdfText text = readPdf(pdf);
    REQUIRE(text.loaded);
    const QString all = text.all();
    for (const QString& word : {QStringLiteral("ffactorau"), QStringLiteral("ŵyr"),
                                QStringLiteral("effeithio"), QStringLiteral("Effeithiolrwydd"),
                                QStringLiteral("Fflint"), QStringLiteral("Ŷ, ŵ, â, ê, î, ô, û")}) {
        INFO(word.toStdString());
        CHECK(all.contains(word));
    }
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        CHECK_FALSE(all.contains(QChar(ligature)));
    // Every word of the paragraph is whole somewhere in the extracted text.
    const QString flattened = all.simplified();
    for (const QString& word : welsh.split(QLatin1Char(' '))) {
        INFO(word.toStdString());
        CHECK(flattened.contains(word));
    }
}

TEST_CASE("Charts are drawn as vector graphics with real text, in the document's language")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")), ceredigionProfile());
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    const QString cy = scratch.path(QStringLiteral("cy.pdf"));
    const QString en = scratch.path(QStringLiteral("en.pdf"));
    auto written = exportPdf(*project, cy, Lang::Cy);
    REQUIRE(written.ok());
    CHECK(written.value().figureCount == 1);
    REQUIRE(exportPdf(*project, en, Lang::En).ok());

    const QString welsh = readPdf(cy).all();
    // Axis labels exist only inside the chart: finding them as text proves it is not a picture.
    CHECK(welsh.contains(QStringLiteral("Cofnodion")));
    CHECK(welsh.contains(QStringLiteral("Ion 2019")));
    CHECK(welsh.contains(QStringLiteral("Ffigur 1: Troseddau ac ymddygiad gwrthgymdeithasol")));
    CHECK(welsh.contains(QStringLiteral("4,000"))); // axis maximum, grouped as in cy_GB
    const QString english = readPdf(en).all();
    CHECK(english.contains(QStringLiteral("Records")));
    CHECK(english.contains(QStringLiteral("Jan 2019")));
    CHECK(english.contains(QStringLiteral("Figure 1: Police-recorded crime")));
}

TEST_CASE("The contents list gives the page each section starts on")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")), ceredigionProfile());
    QString longText;
    for (int i = 0; i < 60; ++i)
        longText += QStringLiteral("Paragraff %1 o’r crynodeb, gyda digon o eiriau i lenwi llinell "
                                   "gyfan o destun.\n\n")
                        .arg(i);
    setText(*project, QStringLiteral("executive-summary"), Lang::Cy, longText);
    const QString pdf = scratch.path(QStringLiteral("toc.pdf"));
    auto written = exportPdf(*project, pdf, Lang::Cy);
    REQUIRE(written.ok());
    const auto& contents = written.value().contents;
    REQUIRE(contents.size() == 17); // fifteen sections and two annexes
    CHECK(contents.first().second == 3);
    CHECK(contents[1].second > 3); // the long summary pushed the next section on
    const PdfText text = readPdf(pdf);
    for (const auto& [title, page] : contents) {
        INFO(title.toStdString());
        REQUIRE(page <= text.pageCount);
        CHECK(text.pages[page - 1].contains(title));
        const QString line = lineWith(pdf, 1, title);
        CHECK(line.endsWith(QStringLiteral(" %1").arg(page)));
    }
}

TEST_CASE("Export failures leave no file and say why")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    SECTION("a folder that does not exist")
    {
        const QString pdf = scratch.path(QStringLiteral("missing/out.pdf"));
        auto written = exportPdf(*project, pdf, Lang::En);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message.contains(QStringLiteral("Cannot write")));
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    SECTION("a path that is a folder")
    {
        QDir(scratch.path(QString())).mkdir(QStringLiteral("folder.pdf"));
        auto written = exportPdf(*project, scratch.path(QStringLiteral("folder.pdf")), Lang::En);
        REQUIRE_FALSE(written.ok());
        CHECK(QFileInfo(scratch.path(QStringLiteral("folder.pdf"))).isDir());
    }
    SECTION("a missing font")
    {
        const QString pdf = scratch.path(QStringLiteral("out.pdf"));
        QtChartPainter charts;
        PdfExportOptions options;
        options.fontFamilies = {QStringLiteral("No Such Typeface"), QStringLiteral("Nor This One")};
        auto written = PdfExporter(*project, &charts).exportTo(pdf, options);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message.contains(QStringLiteral("No Such Typeface")));
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    // No temporary files are left behind either.
    const QStringList leftovers = QDir(scratch.path(QString())).entryList(QDir::Files);
    for (const QString& file : leftovers)
        CHECK((file == QLatin1String("p.sna") || file.startsWith(QLatin1String("p.sna-"))));
}

TEST_CASE("Exporting replaces an earlier PDF only when the new one is complete")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    const QString pdf = scratch.write(QStringLiteral("out.pdf"), "old content");
    REQUIRE(exportPdf(*project, pdf, Lang::En).ok());
    CHECK(fileBytes(pdf).startsWith("%PDF-"));
}
