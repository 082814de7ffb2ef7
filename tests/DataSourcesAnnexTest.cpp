#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "charts/QtChartPainter.h"
#include "export/PdfExporter.h"
#include "import/ColumnMapping.h"
#include "import/DataSourcesAnnex.h"
#include "import/DatasetStore.h"
#include "import/ImportPipeline.h"
#include "project/Project.h"

using namespace sna;
using namespace sna::test;

TEST_CASE("The SNA's data-sources annex lists every dataset's provenance, in both languages")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")), ceredigionProfile());
    REQUIRE(ImportPipeline(*project).run(dyfedPowysFile(), {}).ok());
    ImportOptions partner;
    partner.mapping =
        ColumnMapping::load(dataFile(QStringLiteral("import/ed-assaults.mapping.json"))).value();
    partner.provenance.receivedOn = QDate(2024, 4, 5);
    REQUIRE(ImportPipeline(*project)
                .run(dataFile(QStringLiteral("import/ed-assaults-2024-03.csv")), partner)
                .ok());
    const auto datasets = DatasetStore(*project).list().value();

    const QString en = DataSourcesAnnex::markdown(datasets, Lang::En);
    CHECK(en.contains(QStringLiteral("- **Police-recorded crime (data.police.uk)** — Sent by: "
                                     "data.police.uk (Published open data). Period: Jan 2019. "
                                     "Sharing basis: Open Government Licence v3.0. ISTV level: "
                                     "not applicable.")));
    CHECK(en.contains(QStringLiteral("- **Partner data (ED assaults (monthly))** — Sent by: Ysbyty "
                                     "Gwynedd emergency department (Health body). Period: Mar "
                                     "2024. Sharing basis: PCSC Act 2022 s.16; WASPI DSP 2024-07. "
                                     "ISTV level: 1. Received: 5 April 2024. Rows kept: 4.")));
    const QString cy = DataSourcesAnnex::markdown(datasets, Lang::Cy);
    CHECK(cy.contains(QStringLiteral("Anfonwyd gan: Ysbyty Gwynedd emergency department (Corff "
                                     "iechyd). Cyfnod: Maw 2024.")));
    CHECK(cy.contains(QStringLiteral("Derbyniwyd: 5 Ebrill 2024.")));

    // And in the exported SNA, in the document's language.
    for (Lang lang : kAllLangs) {
        const QString pdf = scratch.path(QStringLiteral("sna-%1.pdf").arg(langCode(lang)));
        QtChartPainter charts;
        PdfExportOptions options;
        options.lang = lang;
        options.document = PublicationKind::Sna;
        REQUIRE(PdfExporter(*project, &charts).exportTo(pdf, options).ok());
        const QString text = readPdf(pdf).all().simplified();
        CHECK(text.contains(QStringLiteral("Ysbyty Gwynedd emergency department")));
        CHECK(text.contains(QStringLiteral("Open Government Licence v3.0")));
        CHECK(text.contains(lang == Lang::Cy ? QStringLiteral("Anfonwyd gan: data.police.uk")
                                             : QStringLiteral("Sent by: data.police.uk")));
    }
}
