#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/ChartSpec.h"
#include "charts/ChartFactory.h"
#include "charts/QtChartPainter.h"
#include "document/FixedText.h"
#include "export/PdfExporter.h"
#include "foundation/Language.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

using namespace sna;

// The promise: every chart renders the same on screen and in a PDF, as vectors with real text.
// Each kind is drawn in a chart view, as the analysis tab does, and exported through the PDF
// exporter, as documents are; the words the chart shows must come back from the PDF as text.

namespace {

BilingualText both(const char* en, const char* cy)
{
    return {QString::fromUtf8(en), QString::fromUtf8(cy)};
}

struct KindCase {
    ChartSpec spec;
    // Labels the chart must show (in each language): proves the screen texts are read at all.
    QList<BilingualText> expected;
};

QList<KindCase> everyKind()
{
    QList<KindCase> cases;
    const BilingualText records = both("Records", "Cofnodion");
    {
        KindCase c;
        c.spec.kind = ChartSpec::Kind::MonthlyLine;
        c.spec.title = both("Monthly trend", "Tuedd fisol");
        c.spec.xAxisTitle = both("Month", "Mis");
        c.spec.yAxisTitle = records;
        const double values[] = {12, 18, 9, 25, 30, 22};
        for (int m = 0; m < 6; ++m)
            c.spec.points.append({QDate(2024, m + 1, 1), values[m]});
        c.expected = {both("Jan 2024", "Ion 2024"), both("Jun 2024", "Meh 2024"), c.spec.xAxisTitle,
                      records};
        cases.append(c);
    }
    {
        KindCase c;
        c.spec.kind = ChartSpec::Kind::CategoryBars;
        c.spec.title = both("By category", "Fesul categori");
        c.spec.xAxisTitle = both("Category", "Categori");
        c.spec.yAxisTitle = records;
        c.spec.bars = {{both("Robbery", "Lladrad"), 14},
                       {both("Violent crime", "Troseddau treisgar"), 31}};
        c.expected = {c.spec.bars[0].first, c.spec.bars[1].first, records};
        cases.append(c);
    }
    {
        KindCase c;
        c.spec.kind = ChartSpec::Kind::ColumnBars;
        c.spec.title = both("By financial year", "Fesul blwyddyn ariannol");
        c.spec.xAxisTitle = both("Financial year", "Blwyddyn ariannol");
        c.spec.yAxisTitle = records;
        c.spec.bars = {{both("2022/23", "2022/23"), 40},
                       {both("2023/24 (part)", "2023/24 (rhan)"), 17}};
        c.spec.marked = {false, true};
        c.expected = {c.spec.bars[0].first, c.spec.bars[1].first, records};
        cases.append(c);
    }
    {
        KindCase c;
        c.spec.kind = ChartSpec::Kind::StackedBars;
        c.spec.title = both("Categories by year", "Categorïau fesul blwyddyn");
        c.spec.xAxisTitle = both("Financial year", "Blwyddyn ariannol");
        c.spec.yAxisTitle = records;
        c.spec.categories = {both("2022/23", "2022/23"), both("2023/24", "2023/24")};
        c.spec.series = {{both("Robbery", "Lladrad"), {3, 4}},
                         {both("Possession of weapons", "Meddu ar arfau"), {10, 6}}};
        c.expected = {c.spec.categories[0],  c.spec.categories[1], c.spec.series[0].name,
                      c.spec.series[1].name, c.spec.xAxisTitle,    records};
        cases.append(c);
    }
    {
        KindCase c;
        c.spec.kind = ChartSpec::Kind::Pyramid;
        c.spec.title = both("By age and sex", "Yn ôl oed a rhyw");
        c.spec.xAxisTitle = both("Age band", "Band oedran");
        c.spec.yAxisTitle = records;
        for (const char* band : {"0-9", "10-17", "18-24", "25+"})
            c.spec.categories.append(both(band, band));
        c.spec.series = {{both("Female", "Benyw"), {4, 15, 22, 9}},
                         {both("Male", "Gwryw"), {6, 28, 37, 12}}};
        c.expected = {c.spec.categories[0],  c.spec.categories[3], c.spec.series[0].name,
                      c.spec.series[1].name, c.spec.xAxisTitle,    records};
        cases.append(c);
    }
    {
        KindCase c;
        c.spec.kind = ChartSpec::Kind::Heatmap;
        c.spec.title = both("By hour and day", "Fesul awr a diwrnod");
        c.spec.xAxisTitle = both("Hour", "Awr");
        c.spec.yAxisTitle = both("Day", "Diwrnod");
        for (int h = 0; h < 24; ++h) {
            const QString label = QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
            c.spec.columnLabels.append({label, label});
            if (h % 3 == 0)
                c.expected.append({label, label}); // every third hour is labelled
        }
        for (int d = 0; d < 7; ++d) {
            const BilingualText day{localeFor(Lang::En).dayName(d + 1),
                                    localeFor(Lang::Cy).dayName(d + 1)};
            c.spec.categories.append(day);
            QList<double> row;
            for (int h = 0; h < 24; ++h)
                row.append((d * 24 + h) % 5 == 0 ? -1 : (d + 1) * (h % 7));
            c.spec.series.append({day, row});
            c.expected.append(day);
        }
        c.expected << c.spec.xAxisTitle << c.spec.yAxisTitle;
        cases.append(c);
    }
    for (KindCase& c : cases)
        c.spec.source = both("Police recorded crime", "Troseddau a gofnodwyd gan yr heddlu");
    return cases;
}

QStringList words(const QStringList& texts)
{
    QStringList all;
    for (const QString& text : texts)
        all << text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    std::sort(all.begin(), all.end());
    return all;
}

// The texts a chart view shows, read from the items Qt Charts draws: the title, axis titles
// and labels, legend entries and bar labels, exactly as laid out (elided or not).
QStringList screenTexts(const ChartSpec& spec, Lang lang, QString* title)
{
    QChartView view(ChartFactory::create(spec, lang));
    view.resize(800, 440);
    view.show();
    QApplication::processEvents();
    *title = view.chart()->title();
    QStringList texts;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
            text = rich->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            text = simple->text();
        text = text.trimmed();
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

// A publication whose sections each hold one figure, on a page of its own.
Publication publicationOf(const QList<KindCase>& cases)
{
    Publication publication;
    publication.kind = PublicationKind::SnaSummary;
    publication.title = both("Charts", "Siartiau");
    publication.partnership = QStringLiteral("Test Partnership");
    publication.date = QDate(2024, 5, 1);
    for (int i = 0; i < int(cases.size()); ++i) {
        publication.figures.append(Figure{i + 1, cases[i].spec});
        PublicationSection section;
        section.id = QStringLiteral("chart-%1").arg(i + 1);
        section.number = QString::number(i + 1);
        section.newPage = true;
        section.title = {QStringLiteral("Chart section %1").arg(i + 1),
                         QStringLiteral("Adran siart %1").arg(i + 1)};
        Block figure;
        figure.kind = Block::Kind::Figure;
        figure.figure = i;
        for (Lang lang : kAllLangs)
            section.in(lang).append(figure);
        publication.sections.append(section);
    }
    return publication;
}

// Words drawn between the bottom of `heading` and the top of `caption` on the page that holds
// them both: the chart, and nothing else.
struct FigureOnPage {
    bool found = false;
    QStringList words;
};
FigureOnPage figureWords(Poppler::Document& pdf, const QString& heading, const QString& caption)
{
    FigureOnPage figure;
    for (int p = 0; p < pdf.numPages(); ++p) {
        auto page = pdf.page(p);
        const QList<QRectF> top = page->search(heading, Poppler::Page::NoSearchFlags);
        const QList<QRectF> bottom = page->search(caption, Poppler::Page::NoSearchFlags);
        if (top.isEmpty() || bottom.isEmpty())
            continue;
        figure.found = true;
        const qreal from = top.first().bottom();
        const qreal to = bottom.first().top();
        for (const auto& box : page->textList()) {
            const qreal middle = box->boundingBox().center().y();
            if (middle > from && middle < to)
                figure.words << box->text();
        }
        std::sort(figure.words.begin(), figure.words.end());
        return figure;
    }
    return figure;
}

// Raster images in a PDF are image XObjects; QPdfWriter writes their dictionaries uncompressed.
bool hasRasterImage(const QByteArray& pdf)
{
    return pdf.contains("/Subtype /Image") || pdf.contains("/Subtype/Image");
}

} // namespace

TEST_CASE("The raster-image check recognises a picture in a PDF")
{
    // Without this, a check that never finds an image would pass for any chart.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("vector"));
    }
    CHECK_FALSE(hasRasterImage(bytes));
    bytes.clear();
    buffer.seek(0);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::red);
        painter.drawImage(QPointF(100, 100), image);
    }
    CHECK(hasRasterImage(bytes));
}

TEST_CASE("Every chart kind shows the same texts on screen and in a PDF, drawn as vectors")
{
    const QList<KindCase> cases = everyKind();
    // Every kind is covered: a new kind must be added here.
    QList<ChartSpec::Kind> kinds;
    for (const KindCase& c : cases)
        kinds << c.spec.kind;
    CHECK(kinds == QList<ChartSpec::Kind>{ChartSpec::Kind::MonthlyLine,
                                          ChartSpec::Kind::CategoryBars,
                                          ChartSpec::Kind::ColumnBars, ChartSpec::Kind::StackedBars,
                                          ChartSpec::Kind::Pyramid, ChartSpec::Kind::Heatmap});

    const Publication publication = publicationOf(cases);
    const QtChartPainter charts;
    for (Lang lang : kAllLangs) {
        INFO("language " << langCode(lang).toStdString());
        PdfExportOptions options;
        options.document = publication.kind;
        options.lang = lang;
        PdfExportResult result;
        auto bytes = PdfExporter::render(publication, options, &charts, &result);
        REQUIRE(bytes.ok());
        CHECK(result.figureCount == int(cases.size()));
        CHECK_FALSE(hasRasterImage(bytes.value()));
        auto pdf = Poppler::Document::loadFromData(bytes.value());
        REQUIRE(pdf);

        for (int i = 0; i < int(cases.size()); ++i) {
            const KindCase& c = cases[i];
            INFO("figure " << i + 1 << ": " << c.spec.title.en.toStdString());
            QString title;
            const QStringList screen = screenTexts(c.spec, lang, &title);
            CHECK(title == c.spec.title.in(lang));
            for (const BilingualText& label : c.expected) {
                INFO("label " << label.in(lang).toStdString());
                CHECK(screen.contains(label.in(lang)));
            }

            // In the document the title is the figure's caption; everything else is the chart.
            const QString caption =
                FixedText::text(FixedText::FigureCaption, lang).arg(i + 1).arg(title);
            const FigureOnPage figure =
                figureWords(*pdf, publication.sections[i].title.in(lang), caption);
            REQUIRE(figure.found);
            QStringList chartTexts = screen;
            chartTexts.removeOne(title);
            CHECK(figure.words == words(chartTexts));
        }
    }
}
