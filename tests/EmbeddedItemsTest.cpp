#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "analysis/Disclosure.h"
#include "document/DocumentTemplates.h"
#include "document/EmbeddedItems.h"
#include "document/PublishableForm.h"

using namespace sna;
using namespace sna::test;

namespace {
AnalysisContext context()
{
    AnalysisContext context;
    context.summary.byCategory = {{QStringLiteral("Violence and sexual offences"), 120},
                                  {QStringLiteral("Robbery"), 40},
                                  {QStringLiteral("Possession of weapons"), 2}};
    context.summary.totalRecords = 162;
    for (int month = 1; month <= 12; ++month)
        context.summary.byMonth.append({202300 + month, 10});
    for (int month = 1; month <= 12; ++month)
        context.summary.byMonth.append({202400 + month, 12});
    DatasetInfo dataset;
    dataset.fileName = QStringLiteral("2024-12-dyfed-powys-street.csv");
    dataset.partner = QStringLiteral("Dyfed-Powys Police");
    dataset.rowsStored = 264;
    dataset.periodStart = 202301;
    dataset.periodEnd = 202412;
    dataset.importedAt = QStringLiteral("2025-01-10T09:00:00Z");
    context.datasets = {dataset};
    return context;
}
} // namespace

TEST_CASE("Disclosure control: small counts withheld, and a second cell where one could be "
          "worked out")
{
    using Cells = QList<std::optional<qint64>>;
    CHECK(Disclosure::control({120, 40, 2}, 2, false) == Cells{120, 40, std::nullopt});
    CHECK(Disclosure::control({120, 40, 2}, 2, true) == Cells{120, std::nullopt, std::nullopt});
    CHECK(Disclosure::control({120, 1, 2}, 2, true) == Cells{120, std::nullopt, std::nullopt});
    CHECK(Disclosure::control({120, 0, 30}, 2, true) == Cells{120, 0, 30});
    CHECK_FALSE(Disclosure::controlTotal(2, 2));
    CHECK(Disclosure::controlTotal(0, 2) == 0);
}

TEST_CASE("Embedded tables are disclosure-controlled and bilingual")
{
    const auto table = EmbeddedItems::table(
        EmbeddedItem{QStringLiteral("table"), QStringLiteral("categories")}, context());
    REQUIRE(table);
    REQUIRE(table->rows.size() == 4);
    CHECK(table->rows[0][0].cy == QStringLiteral("Trais a throseddau rhywiol"));
    CHECK(table->rows[0][1].en == QStringLiteral("120"));
    CHECK(table->rows[1][1].en == QStringLiteral("*")); // secondary suppression
    CHECK(table->rows[2][1].en == QStringLiteral("*"));
    CHECK(table->rows[3][1].en == QStringLiteral("162"));
    CHECK(table->note.en.contains(QStringLiteral("1 to 2")));
    const QString markdown = EmbeddedItems::tableMarkdown(*table, Lang::Cy, 3);
    CHECK(markdown.contains(QStringLiteral("Tabl 3:")));
    CHECK(markdown.contains(QStringLiteral("| Lladrata | \\* |")));
    CHECK(markdown.contains(QStringLiteral("**Cyfanswm**")));
    CHECK_FALSE(markdown.contains(QStringLiteral("| 40 |")));

    const auto sources = EmbeddedItems::table(
        EmbeddedItem{QStringLiteral("table"), QStringLiteral("data-sources")}, context());
    REQUIRE(sources);
    CHECK(sources->rows[0][2].en == QStringLiteral("January 2023 to December 2024"));
    CHECK(sources->rows[0][2].cy == QStringLiteral("Ionawr 2023 – Rhagfyr 2024"));
    CHECK(sources->rows[0][4].cy == QStringLiteral("10 Ionawr 2025"));
}

TEST_CASE("Key figures are computed from the data in both languages")
{
    const AnalysisContext data = context();
    auto figure = [&](const char* reference) {
        return EmbeddedItems::figure(
            EmbeddedItem{QStringLiteral("figure"), QLatin1String(reference)}, data);
    };
    CHECK(figure("total-records")->value.en == QStringLiteral("162"));
    CHECK(figure("latest-change")->value.en == QStringLiteral("+20.0%"));
    CHECK(figure("largest-category")->value.cy ==
          QStringLiteral("Trais a throseddau rhywiol (74.1%)"));
    CHECK(figure("period-covered")->value.en == QStringLiteral("January 2023 to December 2024"));
    AnalysisContext tiny;
    tiny.summary.totalRecords = 2;
    CHECK(EmbeddedItems::figure(
              EmbeddedItem{QStringLiteral("figure"), QStringLiteral("total-records")}, tiny)
              ->value.en == QStringLiteral("*"));
    CHECK(EmbeddedItems::available().size() >= 8);
    CHECK_FALSE(
        EmbeddedItems::isKnown(EmbeddedItem{QStringLiteral("table"), QStringLiteral("nope")}));
}

TEST_CASE("The publishable strategy: no restricted text, reasons printed, plan and tables in")
{
    Document strategy = DocumentTemplates::strategy();
    strategy.setBody(QStringLiteral("actions"), Lang::En, QStringLiteral("Our actions follow."));
    strategy.setBody(QStringLiteral("actions"), Lang::Cy, QStringLiteral("Mae ein camau’n dilyn."));
    const QString restricted = strategy.insertSection(
        QStringLiteral("actions"),
        BilingualText{QStringLiteral("Patrol times"), QStringLiteral("Amseroedd patrolio")}, 2);
    strategy.setSensitive(restricted, true);
    strategy.setBody(restricted, Lang::En, QStringLiteral("Patrols at 22:00 in the park."));
    strategy.setNotApplicable(QStringLiteral("annual-assessment"), true);
    strategy.setNotApplicableReason(QStringLiteral("annual-assessment"), Lang::En,
                                    QStringLiteral("This is our first strategy."));
    strategy.setNotApplicableReason(QStringLiteral("annual-assessment"), Lang::Cy,
                                    QStringLiteral("Dyma ein strategaeth gyntaf."));
    strategy.setItems(QStringLiteral("sna-summary"),
                      {EmbeddedItem{QStringLiteral("figure"), QStringLiteral("total-records")},
                       EmbeddedItem{QStringLiteral("chart"), QStringLiteral("monthly-trend")},
                       EmbeddedItem{QStringLiteral("table"), QStringLiteral("categories")}});
    PublicationData data;
    data.analysis = context();
    Action action;
    action.title = {QStringLiteral("Youth outreach"), QStringLiteral("Allgymorth ieuenctid")};
    action.sector = QStringLiteral("education");
    data.plan.addAction(action);

    const Document published = PublishableForm::publishable(strategy, data);
    CHECK(published.section(restricted) == nullptr);
    for (const Section& section : published.sections()) {
        CHECK_FALSE(section.body.en.contains(QStringLiteral("22:00")));
        CHECK_FALSE(section.sensitive);
    }
    const Section* annual = published.section(QStringLiteral("annual-assessment"));
    CHECK(annual->body.en == QStringLiteral("*Not applicable: This is our first strategy.*"));
    CHECK(annual->body.cy == QStringLiteral("*Ddim yn berthnasol: Dyma ein strategaeth gyntaf.*"));
    const Section* summary = published.section(QStringLiteral("sna-summary"));
    CHECK(summary->items == QList<EmbeddedItem>{EmbeddedItem{QStringLiteral("chart"),
                                                             QStringLiteral("monthly-trend")}});
    CHECK(summary->body.en.contains(QStringLiteral("Table 1:")));
    CHECK(summary->body.cy.contains(QStringLiteral("**162**")));
    const Section* actions = published.section(QStringLiteral("actions"));
    CHECK(actions->body.en.startsWith(QStringLiteral("Our actions follow.")));
    CHECK(actions->body.en.contains(QStringLiteral("Actions by sector")));
    CHECK(actions->body.cy.contains(QStringLiteral("**Allgymorth ieuenctid**")));
    CHECK(actions->body.cy.contains(QStringLiteral("#### Addysg")));
}
