#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "charts/QtChartPainter.h"
#include "document/DocumentStore.h"
#include "export/PublicationExporter.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <functional>

using namespace sna;
using namespace sna::test;

namespace {

// The exported page, parsed by libxml2's HTML parser (as a browser would, forgivingly).
class Html {
public:
    explicit Html(const QByteArray& bytes)
    {
        m_doc = htmlReadMemory(bytes.constData(), int(bytes.size()), "export.html", "UTF-8",
                               HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    }
    ~Html() { xmlFreeDoc(m_doc); }
    Html(const Html&) = delete;
    Html& operator=(const Html&) = delete;

    bool ok() const { return m_doc && xmlDocGetRootElement(m_doc); }
    xmlNode* root() const { return xmlDocGetRootElement(m_doc); }

    static QString name(const xmlNode* node) { return QString::fromUtf8((const char*)node->name); }
    static QString attribute(xmlNode* node, const char* attribute)
    {
        xmlChar* value = xmlGetProp(node, (const xmlChar*)attribute);
        const QString text = value ? QString::fromUtf8((const char*)value) : QString();
        xmlFree(value);
        return text;
    }
    static bool has(xmlNode* node, const char* attribute)
    {
        return xmlHasProp(node, (const xmlChar*)attribute) != nullptr;
    }
    static QString text(xmlNode* node)
    {
        xmlChar* content = xmlNodeGetContent(node);
        const QString text = QString::fromUtf8((const char*)content).simplified();
        xmlFree(content);
        return text;
    }
    void each(const std::function<void(xmlNode*)>& visit) const { walk(root(), visit); }
    QList<xmlNode*> all(const QString& element) const
    {
        QList<xmlNode*> found;
        each([&](xmlNode* node) {
            if (name(node) == element)
                found.append(node);
        });
        return found;
    }

private:
    static void walk(xmlNode* node, const std::function<void(xmlNode*)>& visit)
    {
        for (; node; node = node->next) {
            if (node->type == XML_ELEMENT_NODE) {
                visit(node);
                walk(node->children, visit);
            }
        }
    }
    xmlDoc* m_doc = nullptr;
};

QByteArray exportHtml(Project& project, std::optional<Lang> lang, Layout layout,
                      const QString& path)
{
    QtChartPainter charts;
    ExportRequest request;
    request.lang = lang;
    request.layout = layout;
    request.format = ExportFormat::Html;
    request.draft = false;
    request.date = QDate(2024, 1, 31);
    auto written = PublicationExporter::exportProject(project, path, request, &charts);
    REQUIRE(written.ok());
    return fileBytes(written.value().first().path);
}

std::unique_ptr<Project> project(const Scratch& scratch)
{
    auto p = createProject(scratch.path(QStringLiteral("p.sna")), ceredigionProfile());
    REQUIRE(PoliceUkImporter(*p).importFile(dyfedPowysFile()).ok());
    Document strategy = DocumentStore(*p).load(DocumentKind::Strategy).value();
    strategy.setBody(QStringLiteral("executive-summary"), Lang::Cy,
                     QStringLiteral("Mae’r **ffactorau** risg yn glir.\n\n## Blaenoriaethau\n\n"
                                    "- atal\n- ymyrraeth gynnar\n\n| Ardal | Nifer |\n|---|--:|\n"
                                    "| Ceredigion | 12 |\n"));
    strategy.setBody(QStringLiteral("executive-summary"), Lang::En,
                     QStringLiteral("The **risk** factors are clear.\n\n## Priorities\n\n"
                                    "- prevention\n- early intervention\n\n| Area | Count |\n"
                                    "|---|--:|\n| Ceredigion | 12 |\n"));
    REQUIRE(DocumentStore(*p).save(strategy).ok());
    return p;
}

const QSet<QString> kBlocks{
    QStringLiteral("p"),       QStringLiteral("h1"),     QStringLiteral("h2"),
    QStringLiteral("h3"),      QStringLiteral("h4"),     QStringLiteral("li"),
    QStringLiteral("ul"),      QStringLiteral("ol"),     QStringLiteral("table"),
    QStringLiteral("caption"), QStringLiteral("figure"), QStringLiteral("figcaption"),
    QStringLiteral("section"), QStringLiteral("nav"),    QStringLiteral("aside")};

// What every export must satisfy, whatever the layout.
void checkAccessible(const Html& html, const QStringList& languages)
{
    REQUIRE(html.ok());
    CHECK(Html::name(html.root()) == QLatin1String("html"));
    CHECK(languages.contains(Html::attribute(html.root(), "lang")));
    // No scripts at all.
    CHECK(html.all(QStringLiteral("script")).isEmpty());
    // A skip link to the main landmark.
    const QList<xmlNode*> mains = html.all(QStringLiteral("main"));
    REQUIRE(mains.size() == 1);
    CHECK(Html::attribute(mains.first(), "id") == QLatin1String("main"));
    const QList<xmlNode*> links = html.all(QStringLiteral("a"));
    REQUIRE_FALSE(links.isEmpty());
    CHECK(Html::attribute(links.first(), "href") == QLatin1String("#main"));
    // One h1, and headings never skip a level.
    CHECK(html.all(QStringLiteral("h1")).size() == 1);
    int previous = 0;
    html.each([&](xmlNode* node) {
        const QString name = Html::name(node);
        if (name.size() == 2 && name[0] == QLatin1Char('h') && name[1].isDigit()) {
            const int level = name[1].digitValue();
            INFO(Html::text(node).toStdString());
            CHECK(level <= previous + 1);
            previous = level;
        }
    });
    // Every block states its language.
    int blocks = 0;
    html.each([&](xmlNode* node) {
        if (!kBlocks.contains(Html::name(node)))
            return;
        ++blocks;
        INFO(Html::name(node).toStdString() + ": " + Html::text(node).left(60).toStdString());
        CHECK(languages.contains(Html::attribute(node, "lang")));
    });
    CHECK(blocks > 50);
    // Charts: inline SVG named by its alt text.
    const QList<xmlNode*> svgs = html.all(QStringLiteral("svg"));
    REQUIRE_FALSE(svgs.isEmpty());
    for (xmlNode* svg : svgs) {
        CHECK(Html::attribute(svg, "role") == QLatin1String("img"));
        const QString labelledBy = Html::attribute(svg, "aria-labelledby");
        bool named = false;
        html.each([&](xmlNode* node) {
            if (Html::name(node) == QLatin1String("title") &&
                Html::attribute(node, "id") == labelledBy)
                named = Html::text(node).size() > 40;
        });
        CHECK(named);
    }
    CHECK(html.all(QStringLiteral("img")).isEmpty()); // no pictures without alt text
    // Data tables: a caption and column header cells.
    const QList<xmlNode*> tables = html.all(QStringLiteral("table"));
    REQUIRE(tables.size() >= 2);
    for (xmlNode* table : tables) {
        int captions = 0;
        int columnHeaders = 0;
        std::function<void(xmlNode*)> count = [&](xmlNode* node) {
            for (; node; node = node->next) {
                if (node->type != XML_ELEMENT_NODE)
                    continue;
                if (Html::name(node) == QLatin1String("caption"))
                    ++captions;
                if (Html::name(node) == QLatin1String("th") &&
                    Html::attribute(node, "scope") == QLatin1String("col"))
                    ++columnHeaders;
                count(node->children);
            }
        };
        count(table->children);
        CHECK(captions == 1);
        CHECK(columnHeaders >= 2);
    }
    // Links inside the page lead somewhere.
    QSet<QString> ids;
    html.each([&](xmlNode* node) {
        if (Html::has(node, "id"))
            ids.insert(Html::attribute(node, "id"));
    });
    for (xmlNode* link : links) {
        const QString href = Html::attribute(link, "href");
        if (href.startsWith(QLatin1Char('#'))) {
            INFO(href.toStdString());
            CHECK(ids.contains(href.mid(1)));
        }
    }
}

} // namespace

TEST_CASE("HTML in Welsh: accessible structure, lang on every block, charts with alt text")
{
    Scratch scratch;
    auto p = project(scratch);
    const QByteArray bytes =
        exportHtml(*p, Lang::Cy, Layout::Separate, scratch.path(QStringLiteral("cy.html")));
    Html html(bytes);
    checkAccessible(html, {QStringLiteral("cy")});
    const QString text = Html::text(html.root());
    CHECK(text.contains(QStringLiteral("Neidio i’r prif gynnwys")));
    CHECK(text.contains(QStringLiteral("1.1 Blaenoriaethau")));
    CHECK(text.contains(QStringLiteral("Ffigur 1: Troseddau ac ymddygiad gwrthgymdeithasol")));
    CHECK(text.contains(QStringLiteral("Atodiad B: Geirfa")));
    CHECK(text.contains(QStringLiteral("Mae’r ddogfen hon ar gael yn Saesneg hefyd.")));
    // Chart text is text in the SVG, in Welsh.
    CHECK(bytes.contains("Cofnodion"));
    CHECK(html.all(QStringLiteral("strong")).size() >= 1);
    // The section's bulleted list, and the provenance list of the data-sources annex.
    CHECK(html.all(QStringLiteral("ul")).size() == 2);
}

TEST_CASE("HTML in both languages: Welsh first, and parallel columns")
{
    Scratch scratch;
    auto p = project(scratch);
    for (Layout layout : {Layout::WelshFirst, Layout::Columns}) {
        INFO(layoutId(layout).toStdString());
        const QByteArray bytes = exportHtml(
            *p, std::nullopt, layout, scratch.path(layoutId(layout) + QStringLiteral(".html")));
        Html html(bytes);
        checkAccessible(html, {QStringLiteral("cy"), QStringLiteral("en")});
        CHECK(Html::attribute(html.root(), "lang") == QLatin1String("cy"));
        const QString text = Html::text(html.root());
        const qsizetype welsh = text.indexOf(QStringLiteral("Mae’r ffactorau risg yn glir."));
        const qsizetype english = text.indexOf(QStringLiteral("The risk factors are clear."));
        REQUIRE(welsh >= 0);
        REQUIRE(english >= 0);
        CHECK(welsh < english); // read without the style sheet, Welsh comes first
        CHECK(html.all(QStringLiteral("svg")).size() == 2);
    }
}
