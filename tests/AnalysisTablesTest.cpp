#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/AnalysisCharts.h"
#include "analysis/AnalysisData.h"
#include "analysis/AnalysisTables.h"
#include "charts/QtChartPainter.h"
#include "document/DocumentStore.h"
#include "document/EmbeddedItems.h"
#include "export/PublicationBuilder.h"
#include "export/PublicationExporter.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QRegularExpression>

using namespace sna;
using namespace sna::test;

namespace {

const QString kViolence =
    QStringLiteral("Violence against the person, including knife and gun crime");
const QString kRobbery = QStringLiteral("Robbery and crime where violence is inherent");

// Violence in January (2), March (1) and April 2024 (1), a robbery in April; no records in
// February. By hand: violence 4, robbery 1, total 5; financial year 2023/24 (January–March,
// incomplete) violence 3, robbery 0; 2024/25 (April only) violence 1, robbery 1.
std::unique_ptr<Project> fixtureProject(Scratch& scratch)
{
    auto project = createProject(scratch.path(QStringLiteral("t.sna")));
    const QString violence = QStringLiteral("Violence and sexual offences");
    const QString csv =
        scratch.write(QStringLiteral("t.csv"),
                      policeCsv({policeRow(QStringLiteral("2024-01"), violence),
                                 policeRow(QStringLiteral("2024-01"), violence),
                                 policeRow(QStringLiteral("2024-03"), violence),
                                 policeRow(QStringLiteral("2024-04"), QStringLiteral("Robbery")),
                                 policeRow(QStringLiteral("2024-04"), violence)}));
    REQUIRE(PoliceUkImporter(*project).importFile(csv).ok());
    return project;
}

std::shared_ptr<const AnalysisData> load(Project& project)
{
    auto data = AnalysisData::load(project);
    REQUIRE(data.ok());
    return data.value();
}

TableSpec table(const AnalysisData& data, const QString& chart, bool controlled,
                const QList<QPair<QString, QString>>& options = {})
{
    AnalysisFilter filter;
    filter.period = QStringLiteral("all");
    const auto spec =
        AnalysisTables::build(AnalysisCharts::reference(chart, filter, options), data, controlled);
    REQUIRE(spec);
    return *spec;
}

// The row whose first cell reads `label` in English, or an empty list.
QList<BilingualText> row(const TableSpec& table, const QString& label)
{
    for (const QList<BilingualText>& row : table.rows) {
        if (!row.isEmpty() && row.first().en == label)
            return row;
    }
    return {};
}

int column(const TableSpec& table, const QString& title)
{
    for (int c = 0; c < int(table.columns.size()); ++c) {
        if (table.columns[c].en == title)
            return c;
    }
    return -1;
}

} // namespace

TEST_CASE("The table behind the trend lists every month, a month without data as a gap")
{
    Scratch scratch;
    auto project = fixtureProject(scratch);
    const auto data = load(*project);
    const TableSpec exact = table(*data, QStringLiteral("sv-trend"), false);
    REQUIRE(exact.rows.size() == 4);
    CHECK(row(exact, QStringLiteral("January 2024")).value(1).en == QStringLiteral("2"));
    CHECK(row(exact, QStringLiteral("February 2024")).value(1).en == QStringLiteral("No data"));
    CHECK(row(exact, QStringLiteral("February 2024")).value(1).cy == QStringLiteral("Dim data"));
    CHECK(row(exact, QStringLiteral("March 2024")).value(1).en == QStringLiteral("1"));
    CHECK(row(exact, QStringLiteral("April 2024")).value(1).en == QStringLiteral("2"));
    CHECK(exact.rows[0][0].cy == QStringLiteral("Ionawr 2024"));
    CHECK(exact.title.en == AnalysisCharts::build(exact.reference, *data, false)->title.en);
    CHECK(exact.note.en.isEmpty()); // the analyst's own view withholds nothing

    // Published: every month's count is 1 or 2, so every one is withheld, and the note says
    // what was applied.
    const TableSpec published = table(*data, QStringLiteral("sv-trend"), true);
    for (const QString& month : {QStringLiteral("January 2024"), QStringLiteral("March 2024"),
                                 QStringLiteral("April 2024")})
        CHECK(row(published, month).value(1).en == QStringLiteral("*"));
    CHECK(published.note.en.contains(QStringLiteral("To protect people’s identities")));
    CHECK(published.note.cy.contains(QStringLiteral("Er mwyn diogelu")));
}

TEST_CASE("The table behind the categories has a total, rates only with a population, and "
          "withholds enough that no small count can be worked out")
{
    Scratch scratch;
    auto project = fixtureProject(scratch);
    const auto data = load(*project);
    const TableSpec exact = table(*data, QStringLiteral("sv-categories"), false);
    REQUIRE(exact.lastRowIsTotal);
    const int records = column(exact, QStringLiteral("Records"));
    const int rate = column(exact, QStringLiteral("Rate per 1,000"));
    REQUIRE(records > 0);
    REQUIRE(rate > 0);
    CHECK(row(exact, kViolence).value(records).en == QStringLiteral("4"));
    CHECK(row(exact, kRobbery).value(records).en == QStringLiteral("1"));
    CHECK(exact.rows.last().value(records).en == QStringLiteral("5"));
    // No population estimates imported: no rate, and the note says why.
    CHECK(row(exact, kViolence).value(rate).en == QStringLiteral("—"));
    CHECK(exact.note.en.contains(QStringLiteral("no population estimate")));

    const TableSpec published = table(*data, QStringLiteral("sv-categories"), true);
    CHECK(row(published, kRobbery).value(records).en == QStringLiteral("*"));
    // Robbery (1) = total (5) − violence (4): one of those two must be withheld as well.
    const bool violenceHidden = row(published, kViolence).value(records).en == QStringLiteral("*");
    const bool totalHidden = published.rows.last().value(records).en == QStringLiteral("*");
    CHECK((violenceHidden || totalHidden));
    for (const QList<BilingualText>& r : published.rows)
        CHECK(r.value(records).en != QStringLiteral("1"));
}

TEST_CASE("The table behind categories by year is the controlled two-way table of the chart")
{
    Scratch scratch;
    auto project = fixtureProject(scratch);
    const auto data = load(*project);
    const TableSpec exact = table(*data, QStringLiteral("sv-category-years"), false);
    const int violence = column(exact, kViolence);
    const int robbery = column(exact, kRobbery);
    const int total = column(exact, QStringLiteral("Total"));
    REQUIRE(violence > 0);
    REQUIRE(robbery > 0);
    REQUIRE(total > 0);
    const QList<BilingualText> year2023 = row(exact, QStringLiteral("2023/24 (incomplete)"));
    const QList<BilingualText> year2024 = row(exact, QStringLiteral("2024/25 (incomplete)"));
    REQUIRE_FALSE(year2023.isEmpty());
    REQUIRE_FALSE(year2024.isEmpty());
    CHECK(year2023[violence].en == QStringLiteral("3"));
    CHECK(year2023[robbery].en == QStringLiteral("0"));
    CHECK(year2023[total].en == QStringLiteral("3"));
    CHECK(year2024[violence].en == QStringLiteral("1"));
    CHECK(year2024[robbery].en == QStringLiteral("1"));
    CHECK(exact.rows.last()[total].en == QStringLiteral("5"));
    CHECK(year2023[0].cy == QStringLiteral("2023/24 (anghyflawn)"));

    // Published, the table hides the same cells as the stacked bars leave out.
    const TableSpec published = table(*data, QStringLiteral("sv-category-years"), true);
    CHECK(row(published, QStringLiteral("2024/25 (incomplete)"))[robbery].en ==
          QStringLiteral("*"));
    const auto chart = AnalysisCharts::build(published.reference, *data, true);
    REQUIRE(chart);
    CHECK(chart->source.en.contains(QStringLiteral("2024/25")));
}

TEST_CASE("Tables of the analysis have their columns in both languages for every chart")
{
    Scratch scratch;
    auto project = fixtureProject(scratch);
    const auto data = load(*project);
    for (const QString& chart : AnalysisCharts::references()) {
        INFO(chart.toStdString());
        const TableSpec spec = table(*data, chart, true);
        CHECK_FALSE(spec.title.en.isEmpty());
        CHECK_FALSE(spec.title.cy.isEmpty());
        CHECK(spec.title.en != spec.title.cy);
        CHECK_FALSE(spec.source.cy.isEmpty());
        CHECK(spec.numericColumns.size() == spec.columns.size());
        for (const QList<BilingualText>& r : spec.rows)
            CHECK(r.size() == spec.columns.size());
    }
    // The areas table names each area with its code and rate columns.
    const TableSpec areas = table(*data, QStringLiteral("sv-areas"), false,
                                  {{QStringLiteral("level"), QStringLiteral("lsoa")}});
    CHECK(column(areas, QStringLiteral("Code")) == 1);
    REQUIRE_FALSE(areas.rows.isEmpty());
    CHECK(areas.rows.first()[1].en == QStringLiteral("E01025631"));
    CHECK(areas.rows.first()[2].en == QStringLiteral("5"));
}

TEST_CASE("An analysis table added to the SNA is printed in the PDF, controlled")
{
    Scratch scratch;
    auto project = fixtureProject(scratch);
    const QString reference = QStringLiteral("sv-categories?period=all");
    const EmbeddedItem item{EmbeddedItems::kTable, reference};
    CHECK(EmbeddedItems::isKnown(item));
    CHECK(EmbeddedItems::title(item).cy == AnalysisCharts::title(reference).cy);
    DocumentStore store(*project);
    Document sna = store.load(DocumentKind::Sna).value();
    REQUIRE_FALSE(sna.sections().isEmpty());
    // The fixture has no times: the hour × weekday table is empty and takes no number.
    sna.setItems(sna.sections().first().id,
                 {EmbeddedItem{EmbeddedItems::kTable, QStringLiteral("sv-hour-weekday")}, item,
                  EmbeddedItem{EmbeddedItems::kChart, QStringLiteral("sv-age-sex")}});
    REQUIRE(store.save(sna).ok());

    QtChartPainter charts;
    ExportRequest request;
    request.document = PublicationKind::Sna;
    request.lang = Lang::En;
    request.format = ExportFormat::Pdf;
    request.draft = false;
    request.date = QDate(2024, 5, 1);
    const QString out = scratch.path(QStringLiteral("sna.pdf"));
    const auto files = PublicationExporter::exportProject(*project, out, request, &charts);
    REQUIRE(files.ok());
    const PdfText pdf = readPdf(files.value().first().path);
    REQUIRE(pdf.loaded);
    const QString text = pdf.all().simplified();
    CHECK(text.contains(QStringLiteral("Serious violence by category")));
    CHECK(text.contains(QStringLiteral("Robbery and crime where violence is inherent *")));
    CHECK_FALSE(text.contains(QStringLiteral("Robbery and crime where violence is inherent 1")));
    CHECK(text.contains(QStringLiteral("To protect people’s identities")));
    // Withheld counts and missing rates stand in columns of figures, which stay right-aligned.
    auto content = PublicationBuilder::gather(*project, PublicationKind::Sna);
    REQUIRE(content);
    const Publication publication =
        PublicationBuilder::build(content.value(), PublicationKind::Sna, false, QDate(2024, 5, 1));
    bool checked = false;
    for (PublicationSection section : publication.sections) {
        for (const Block& block : section.in(Lang::Cy)) {
            if (block.kind != Block::Kind::Table ||
                !block.table.caption.startsWith(QStringLiteral("Trais difrifol fesul categori")))
                continue;
            checked = true;
            CHECK(block.table.numericColumns == QList<bool>{false, true, true});
        }
    }
    CHECK(checked);
    CHECK(text.contains(QStringLiteral("Serious violence by hour and day of the week No data")));
    // Police data has no ages: the chart says it has no data, not that nothing was imported.
    CHECK(text.contains(QStringLiteral("Records by age band and sex — No data")));
    CHECK_FALSE(text.contains(QStringLiteral("Records by age band and sex — No data has been")));
    // Tables are numbered 1, 2, 3 … in the order printed, without a repeat or a hole.
    QList<int> numbers;
    const QRegularExpression caption(QStringLiteral("Table (\\d+):"));
    for (auto match = caption.globalMatch(text); match.hasNext();)
        numbers << match.next().captured(1).toInt();
    REQUIRE_FALSE(numbers.isEmpty());
    for (int i = 0; i < int(numbers.size()); ++i)
        CHECK(numbers[i] == i + 1);
}

TEST_CASE("A table that fits on the next page takes its caption with it")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("k.sna")));
    QtChartPainter charts;
    ExportRequest request;
    request.document = PublicationKind::Strategy;
    request.lang = Lang::En;
    request.format = ExportFormat::Pdf;
    request.draft = false;
    request.date = QDate(2024, 5, 1);
    // More and more text before a twelve-row table, so that at some length the caption falls
    // at the foot of a page while the table goes to the next.
    int pagesChecked = 0;
    // (With this project's page, 29–30 and 61–63 paragraphs leave the caption at a page's foot.)
    QList<int> lengths;
    for (int lines = 24; lines <= 36; ++lines)
        lengths << lines << lines + 32;
    for (int lines : std::as_const(lengths)) {
        QString text;
        for (int i = 0; i < lines; ++i)
            text += QStringLiteral("Paragraph %1 of the summary.\n\n").arg(i);
        // A heading row of several lines, as analysis tables have, is what QTextDocument will
        // not split from the first row.
        text += QStringLiteral("Table: Kept together\n\n| Place | Violence against the person, "
                               "including knife and gun crime | Robbery and crime where violence "
                               "is inherent | Count |\n|---|--:|--:|--:|\n");
        for (int row = 1; row <= 12; ++row)
            text += QStringLiteral("| Placename%1 | %2 | 1 | 2 |\n").arg(row).arg(row * 10);
        Document strategy = DocumentStore(*project).load(DocumentKind::Strategy).value();
        strategy.setBody(QStringLiteral("executive-summary"), Lang::En, text);
        REQUIRE(DocumentStore(*project).save(strategy).ok());
        const QString out = scratch.path(QStringLiteral("k%1.pdf").arg(lines));
        const auto files = PublicationExporter::exportProject(*project, out, request, &charts);
        REQUIRE(files.ok());
        const PdfText pdf = readPdf(files.value().first().path);
        int captionPage = -1, firstRowPage = -1;
        for (int page = 0; page < int(pdf.pages.size()); ++page) {
            if (pdf.pages[page].contains(QStringLiteral("Kept together")) && captionPage < 0)
                captionPage = page;
            if (pdf.pages[page].contains(QStringLiteral("Placename1 ")) && firstRowPage < 0)
                firstRowPage = page;
        }
        INFO("paragraphs before the table: " << lines);
        REQUIRE(captionPage >= 0);
        CHECK(captionPage == firstRowPage);
        pagesChecked += captionPage > 1 ? 1 : 0;
    }
    CHECK(pagesChecked > 0); // the table did move down the pages
}
