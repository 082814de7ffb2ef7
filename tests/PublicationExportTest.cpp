#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "charts/QtChartPainter.h"
#include "document/DocumentStore.h"
#include "export/PublicationExporter.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <poppler-qt6.h>

using namespace sna;
using namespace sna::test;

namespace {

const QDate kDate(2024, 1, 31);

void setBody(Project& project, DocumentKind kind, const QString& section, Lang lang,
             const QString& text)
{
    Document document = DocumentStore(project).load(kind).value();
    document.setBody(section, lang, text);
    REQUIRE(DocumentStore(project).save(document).ok());
}

Result<QList<ExportedFile>> exportAs(Project& project, const QString& out, std::optional<Lang> lang,
                                     Layout layout, ExportFormat format = ExportFormat::Pdf,
                                     PublicationKind kind = PublicationKind::Strategy)
{
    QtChartPainter charts;
    ExportRequest request;
    request.document = kind;
    request.lang = lang;
    request.layout = layout;
    request.format = format;
    request.draft = false;
    request.date = kDate;
    return PublicationExporter::exportProject(project, out, request, &charts);
}

// A Welsh project with data, a sub-heading and a table long enough to break across pages.
std::unique_ptr<Project> welshProject(const Scratch& scratch)
{
    auto project = createProject(scratch.path(QStringLiteral("p.sna")), ceredigionProfile());
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    for (Lang lang : kAllLangs) {
        const bool cy = lang == Lang::Cy;
        QString text = cy ? QStringLiteral("Mae’r ffactorau risg yn glir.\n\n## Blaenoriaethau\n\n"
                                           "Ein blaenoriaethau yw atal trais.\n\n")
                          : QStringLiteral("The risk factors are clear.\n\n## Priorities\n\n"
                                           "Our priorities are preventing violence.\n\n");
        text += cy ? QStringLiteral("Tabl: Camau fesul ardal\n\n| Ardal | Cam | Nifer |\n")
                   : QStringLiteral("Table: Actions by area\n\n| Area | Action | Count |\n");
        text += QStringLiteral("|---|---|--:|\n");
        for (int row = 1; row <= 70; ++row)
            text += QStringLiteral("| %1 %2 | %3 | %4 |\n")
                        .arg(cy ? QStringLiteral("Ardal") : QStringLiteral("Area"))
                        .arg(row)
                        .arg(cy ? QStringLiteral("Gwaith allgymorth") : QStringLiteral("Outreach"))
                        .arg(row * 1000);
        text += cy ? QStringLiteral("\nFfynhonnell: cofnodion y bartneriaeth\n")
                   : QStringLiteral("\nSource: partnership records\n");
        setBody(*project, DocumentKind::Strategy, QStringLiteral("executive-summary"), lang, text);
    }
    return project;
}

} // namespace

TEST_CASE("Two matching PDFs: same structure and numbering, each cover names the other")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    auto written = exportAs(*project, scratch.path(QStringLiteral("strategaeth")), std::nullopt,
                            Layout::Separate);
    REQUIRE(written.ok());
    REQUIRE(written.value().size() == 2);
    const PdfText cy = readPdf(scratch.path(QStringLiteral("strategaeth-cy.pdf")));
    const PdfText en = readPdf(scratch.path(QStringLiteral("strategaeth-en.pdf")));
    REQUIRE(cy.loaded);
    REQUIRE(en.loaded);
    // The same contents, section for section, with the same numbers.
    const auto numbers = [](const QString& page) {
        QStringList found;
        for (const auto& match :
             QRegularExpression(QStringLiteral("(?m)^(\\d+(?:\\.\\d+)?) ")).globalMatch(page))
            found << match.captured(1);
        return found;
    };
    CHECK(numbers(cy.pages[1]).size() >= 16);
    CHECK(numbers(cy.pages[1]) == numbers(en.pages[1]));
    CHECK(cy.pages[0].contains(QStringLiteral("Mae’r ddogfen hon ar gael yn Saesneg hefyd.")));
    CHECK(en.pages[0].contains(QStringLiteral("This document is also available in Welsh.")));
    CHECK(cy.pages[0].contains(QStringLiteral("Dyddiad: 31 Ionawr 2024")));
    CHECK(en.pages[0].contains(QStringLiteral("Date: 31 January 2024")));
    // Numbered sub-headings and tables, the same in both.
    CHECK(cy.all().contains(QStringLiteral("1.1 Blaenoriaethau")));
    CHECK(en.all().contains(QStringLiteral("1.1 Priorities")));
    CHECK(cy.pages[1].contains(QStringLiteral("1.1")));
    CHECK(cy.all().contains(QStringLiteral("Tabl 1: Camau fesul ardal")));
    CHECK(en.all().contains(QStringLiteral("Table 1: Actions by area")));
    CHECK(cy.all().contains(QStringLiteral("Ffynhonnell: cofnodion y bartneriaeth")));
    CHECK(cy.all().contains(QStringLiteral("Ffigur 1:")));
    CHECK(en.all().contains(QStringLiteral("Figure 1:")));
    // The annexes: data sources from the project's datasets, and a glossary.
    for (const PdfText* text : {&cy, &en}) {
        // (a long file name may wrap after a hyphen)
        CHECK(QString(text->all())
                  .replace(QRegularExpression(QStringLiteral("-\\s+")), QStringLiteral("-"))
                  .contains(QStringLiteral("2019-01-dyfed-powys-street.csv")));
        CHECK(text->allFontsEmbedded);
    }
    CHECK(cy.all().contains(QStringLiteral("Atodiad A: Ffynonellau data")));
    CHECK(cy.all().contains(QStringLiteral("Atodiad B: Geirfa")));
    CHECK(en.all().contains(QStringLiteral("Annex B: Glossary")));
    CHECK_FALSE(en.all().contains(QStringLiteral("Ionawr")));
    CHECK(cy.all().contains(QStringLiteral("Ionawr"))); // the period, in Welsh
    // Every fixed word in the document's language.
    CHECK_FALSE(cy.all().contains(QStringLiteral("Page ")));
    CHECK_FALSE(en.all().contains(QStringLiteral("Tudalen")));
}

TEST_CASE("A long table breaks across pages and repeats its header row")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    const QString pdf = scratch.path(QStringLiteral("cy.pdf"));
    REQUIRE(exportAs(*project, pdf, Lang::Cy, Layout::Separate).ok());
    const PdfText text = readPdf(pdf);
    int first = -1;
    int last = -1;
    for (int i = 0; i < text.pageCount; ++i) {
        if (text.pages[i].contains(QStringLiteral("Ardal 1 ")))
            first = i;
        if (text.pages[i].contains(QStringLiteral("Ardal 70")))
            last = i;
    }
    REQUIRE(first >= 0);
    REQUIRE(last > first);
    for (int i = first; i <= last; ++i) {
        INFO(i);
        CHECK(text.pages[i].contains(QStringLiteral("Nifer")));
    }
    CHECK(text.all().contains(QStringLiteral("70000"))); // figures as the author wrote them
}

TEST_CASE("PDF metadata: title, author, language; XMP agrees with the information dictionary")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    const QString pdf = scratch.path(QStringLiteral("cy.pdf"));
    REQUIRE(exportAs(*project, pdf, Lang::Cy, Layout::Separate).ok());
    const PdfText text = readPdf(pdf);
    CHECK(text.title == QStringLiteral("Strategaeth Trais Difrifol — Partneriaeth Ceredigion"));
    CHECK(text.author == QStringLiteral("Partneriaeth Ceredigion"));
    CHECK(
        text.xmp.contains(QStringLiteral("Strategaeth Trais Difrifol — Partneriaeth Ceredigion")));
    CHECK(text.xmp.contains(QStringLiteral("<rdf:li>Partneriaeth Ceredigion</rdf:li>")));
    CHECK(text.xmp.contains(QStringLiteral("<rdf:li>cy</rdf:li>")));
    CHECK(text.xmp.contains(QStringLiteral("pdfaid:part=\"1\"")));
    CHECK(text.xmp.contains(QStringLiteral("xmp:CreateDate=\"2024-01-31T00:00:00Z\"")));
    const QByteArray bytes = fileBytes(pdf);
    CHECK(bytes.contains("/Lang (cy)"));
    CHECK(bytes.contains("/CreationDate (D:20240131000000Z)"));
    // Poppler reads the rebuilt cross-references: every page has its text.
    for (const QString& page : text.pages)
        CHECK_FALSE(page.trimmed().isEmpty());
}

TEST_CASE("The same project and date export the same bytes")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    const QString a = scratch.path(QStringLiteral("a.pdf"));
    const QString b = scratch.path(QStringLiteral("b.pdf"));
    REQUIRE(exportAs(*project, a, Lang::Cy, Layout::Separate).ok());
    REQUIRE(exportAs(*project, b, Lang::Cy, Layout::Separate).ok());
    CHECK(fileBytes(a) == fileBytes(b));
    const QString h1 = scratch.path(QStringLiteral("a.html"));
    const QString h2 = scratch.path(QStringLiteral("b.html"));
    REQUIRE(exportAs(*project, h1, std::nullopt, Layout::WelshFirst, ExportFormat::Html).ok());
    REQUIRE(exportAs(*project, h2, std::nullopt, Layout::WelshFirst, ExportFormat::Html).ok());
    CHECK(fileBytes(h1) == fileBytes(h2));
}

TEST_CASE("Welsh first: bilingual cover, complete Welsh then complete English, each numbered")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    const QString pdf = scratch.path(QStringLiteral("dwyieithog.pdf"));
    auto written = exportAs(*project, pdf, std::nullopt, Layout::WelshFirst);
    REQUIRE(written.ok());
    REQUIRE(written.value().size() == 1);
    const PdfText text = readPdf(pdf);
    REQUIRE(text.loaded);
    CHECK(text.pages[0].contains(QStringLiteral("Strategaeth Trais Difrifol")));
    CHECK(text.pages[0].contains(QStringLiteral("Serious Violence Strategy")));
    CHECK(text.pages[0].indexOf(QStringLiteral("Strategaeth")) <
          text.pages[0].indexOf(QStringLiteral("Serious Violence")));
    CHECK(text.pages[1].contains(QStringLiteral("Cynnwys")));
    CHECK(text.pages[1].contains(QStringLiteral("Tudalen 1 o ")));
    int english = -1;
    for (int i = 0; i < text.pageCount && english < 0; ++i) {
        if (text.pages[i].contains(QStringLiteral("Contents")))
            english = i;
    }
    REQUIRE(english > 2);
    CHECK(text.pages[english].contains(QStringLiteral("Page 1 of ")));
    // Every Welsh page comes before every English one.
    for (int i = 1; i < english; ++i)
        CHECK_FALSE(text.pages[i].contains(QStringLiteral("Page ")));
    for (int i = english; i < text.pageCount; ++i)
        CHECK_FALSE(text.pages[i].contains(QStringLiteral("Tudalen ")));
    const QRegularExpression welshTotal(QStringLiteral("Tudalen 1 o (\\d+)"));
    const int welshPages = welshTotal.match(text.pages[1]).captured(1).toInt();
    CHECK(welshPages == english - 1);
    CHECK(fileBytes(pdf).contains("/Lang (cy)"));
    CHECK(text.xmp.contains(QStringLiteral("<rdf:li>en</rdf:li>")));

    // Bookmarks: each part, its sections and sub-headings, pointing at their pages.
    auto document = Poppler::Document::load(pdf);
    const QList<Poppler::OutlineItem> outline = document->outline();
    REQUIRE(outline.size() == 2);
    CHECK(outline[0].name() == QStringLiteral("Fersiwn Gymraeg"));
    CHECK(outline[1].name() == QStringLiteral("English version"));
    CHECK(outline[1].destination()->pageNumber() == english + 1);
    const QList<Poppler::OutlineItem> welshSections = outline[0].children();
    REQUIRE(welshSections.size() == 17);
    CHECK(welshSections[0].name() == QStringLiteral("1 Crynodeb gweithredol"));
    CHECK(welshSections[16].name() == QStringLiteral("Atodiad B: Geirfa"));
    const int page = welshSections[0].destination()->pageNumber();
    CHECK(text.pages[page - 1].contains(QStringLiteral("Crynodeb gweithredol")));
    CHECK(outline[1].children()[0].name() == QStringLiteral("1 Executive summary"));
}

TEST_CASE("Parallel columns: Welsh on the left, English on the right, block by block")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    const QString pdf = scratch.path(QStringLiteral("colofnau.pdf"));
    REQUIRE(exportAs(*project, pdf, std::nullopt, Layout::Columns).ok());
    auto document = Poppler::Document::load(pdf);
    REQUIRE(document);
    const PdfText text = readPdf(pdf);
    CHECK(text.pages[1].contains(QStringLiteral("Cynnwys")));
    CHECK(text.pages[1].contains(QStringLiteral("Contents")));
    CHECK(text.pages[1].contains(QStringLiteral("Tudalen 2 o %1").arg(text.pageCount)));
    CHECK(text.pages[1].contains(QStringLiteral("Page 2 of %1").arg(text.pageCount)));
    // The Welsh paragraph sits left of its English counterpart, on the same line.
    bool found = false;
    for (int i = 0; i < document->numPages() && !found; ++i) {
        auto page = document->page(i);
        const auto welsh = page->search(QStringLiteral("Mae’r ffactorau risg yn glir."),
                                        Poppler::Page::NoSearchFlags);
        const auto english = page->search(QStringLiteral("The risk factors are clear."),
                                          Poppler::Page::NoSearchFlags);
        if (welsh.isEmpty() || english.isEmpty())
            continue;
        found = true;
        CHECK(welsh.first().right() < english.first().left());
        CHECK(std::abs(welsh.first().top() - english.first().top()) < 2);
    }
    CHECK(found);
}

TEST_CASE("The full SNA is marked restricted on every page; its public summary is not")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    setBody(*project, DocumentKind::Strategy, QStringLiteral("sna-summary"), Lang::En,
            QStringLiteral("Violence peaks each summer."));
    const QString full = scratch.path(QStringLiteral("sna.pdf"));
    const QString summary = scratch.path(QStringLiteral("summary.pdf"));
    REQUIRE(exportAs(*project, full, Lang::En, Layout::Separate, ExportFormat::Pdf,
                     PublicationKind::Sna)
                .ok());
    REQUIRE(exportAs(*project, summary, Lang::En, Layout::Separate, ExportFormat::Pdf,
                     PublicationKind::SnaSummary)
                .ok());
    const PdfText restricted = readPdf(full);
    for (int i = 0; i < restricted.pageCount; ++i) {
        INFO(i);
        CHECK(restricted.pages[i].contains(QStringLiteral("RESTRICTED: NOT FOR PUBLICATION")));
    }
    CHECK(restricted.all().contains(QStringLiteral("must not be published")));
    const PdfText open = readPdf(summary);
    CHECK_FALSE(open.all().contains(QStringLiteral("RESTRICTED")));
    CHECK(open.pages[0].contains(QStringLiteral("Strategic Needs Assessment: Public Summary")));
    CHECK(open.all().contains(QStringLiteral("Violence peaks each summer.")));
    CHECK(open.all().contains(QStringLiteral("disclosure control")));
}

TEST_CASE("ODT has the same structure: headings, numbered tables and figures")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    const QString odt = scratch.path(QStringLiteral("strategy.odt"));
    REQUIRE(exportAs(*project, odt, Lang::En, Layout::Separate, ExportFormat::Odt).ok());
    CHECK(fileBytes(odt).startsWith("PK"));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    REQUIRE_FALSE(content.isEmpty());
    CHECK(content.contains(QStringLiteral("Contents")));
    CHECK(content.contains(
        QRegularExpression(QStringLiteral("1\\.1(\\s|<text:s[^>]*/>)+Priorities"))));
    CHECK(content.contains(QStringLiteral("Table 1: Actions by area")));
    CHECK(content.contains(QStringLiteral("Figure 1:")));
    CHECK(content.contains(QStringLiteral("Annex B: Glossary")));
    CHECK(content.contains(QStringLiteral("draw:image")));
}

TEST_CASE("Exporting two files fails whole: no file when a destination cannot be written")
{
    Scratch scratch;
    auto project = welshProject(scratch);
    QDir(scratch.path(QString())).mkdir(QStringLiteral("out-en.pdf")); // a folder in the way
    auto written =
        exportAs(*project, scratch.path(QStringLiteral("out")), std::nullopt, Layout::Separate);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("out-en.pdf")));
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("out-cy.pdf"))));

    ExportRequest request;
    request.lang = Lang::Cy;
    request.layout = Layout::WelshFirst;
    CHECK_FALSE(PublicationExporter::validate(request).ok());
    CHECK(PublicationExporter::outputPaths(QStringLiteral("/x/strategy.pdf"), ExportRequest{}) ==
          QStringList{QStringLiteral("/x/strategy-cy.pdf"), QStringLiteral("/x/strategy-en.pdf")});
}
