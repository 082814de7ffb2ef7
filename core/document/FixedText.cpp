#include "document/FixedText.h"

#include <QLocale>
#include <QStringList>

namespace sna {

namespace {
struct Pair {
    const char* en;
    const char* cy;
};

Pair pairOf(FixedText::Term term)
{
    switch (term) {
    case FixedText::StrategyTitle:
        return {"Serious Violence Strategy", "Strategaeth Trais Difrifol"};
    case FixedText::SnaTitle:
        return {"Strategic Needs Assessment", "Asesiad o Anghenion Strategol"};
    case FixedText::Contents:
        return {"Contents", "Cynnwys"};
    case FixedText::PageOf:
        return {"Page %1 of %2", "Tudalen %1 o %2"};
    case FixedText::FigureCaption:
        return {"Figure %1: %2", "Ffigur %1: %2"};
    case FixedText::SourceNote:
        return {"Source: %1", "Ffynhonnell: %1"};
    case FixedText::NotYetWritten:
        return {"This section has not been written yet.",
                "Nid yw’r adran hon wedi’i hysgrifennu eto."};
    case FixedText::PreparedBy:
        return {"Prepared by %1", "Paratowyd gan %1"};
    case FixedText::DateLine:
        return {"Date: %1", "Dyddiad: %1"};
    case FixedText::AlsoAvailable:
        return {"This document is also available in Welsh.",
                "Mae’r ddogfen hon ar gael yn Saesneg hefyd."};
    case FixedText::AreasCovered:
        return {"Areas covered: %1", "Ardaloedd dan sylw: %1"};
    case FixedText::DraftMark:
        return {"Draft", "Drafft"};
    case FixedText::MonthlyTrendTitle:
        return {"Police-recorded crime and anti-social behaviour by month",
                "Troseddau ac ymddygiad gwrthgymdeithasol a gofnodwyd gan yr heddlu fesul mis"};
    case FixedText::MonthAxis:
        return {"Month", "Mis"};
    case FixedText::RecordsAxis:
        return {"Records", "Cofnodion"};
    case FixedText::MonthlyTrendAlt:
        return {"Line chart of police-recorded crime and anti-social behaviour by month from %1 "
                "to %2: %3 records in all.",
                "Siart llinell o droseddau ac ymddygiad gwrthgymdeithasol a gofnodwyd gan yr "
                "heddlu fesul mis o %1 i %2: %3 o gofnodion i gyd."};
    case FixedText::PoliceDataSource:
        return {"police-recorded crime (data.police.uk format) imported into this project",
                "troseddau a gofnodwyd gan yr heddlu (fformat data.police.uk) a fewnforiwyd i’r "
                "prosiect hwn"};
    case FixedText::NoDataYet:
        return {"No data has been imported yet.", "Nid oes data wedi’i fewnforio eto."};
    case FixedText::Coordinator:
        return {"Coordinator: %1", "Cydgysylltydd: %1"};
    case FixedText::FinancialYear:
        return {"Financial year %1", "Blwyddyn ariannol %1"};
    case FixedText::TwelveMonthsTo:
        // A full date after "ar" begins with a digit, so nothing mutates (glossary: "year
        // ending 30 June 2023" = "blwyddyn sy'n dod i ben ar 30 Mehefin 2023").
        return {"12 months ending %1", "12 mis sy’n dod i ben ar %1"};
    case FixedText::ConfidenceInterval:
        return {"%1% confidence interval %2 to %3", "cyfwng hyder %1%: %2 i %3"};
    case FixedText::ChangeUp:
        return {"Up %1 (%2): a change beyond chance.",
                "Cynnydd o %1 (%2): newid y tu hwnt i siawns."};
    case FixedText::ChangeDown:
        return {"Down %1 (%2): a change beyond chance.",
                "Gostyngiad o %1 (%2): newid y tu hwnt i siawns."};
    case FixedText::ChangeNone:
        return {"No clear change (%1; %2): within what chance alone would give.",
                "Dim newid clir (%1; %2): o fewn yr hyn y gallai siawns yn unig ei roi."};
    case FixedText::DisclosureStatement:
        return {
            "To protect people’s identities, counts from 1 to %1 from health sources and from 1 "
            "to %2 from other sources are shown as “*”, and further figures are hidden where "
            "they would let a hidden count be worked out from a total. Rates based on fewer "
            "than %3 events are not shown.",
            "Er mwyn diogelu pwy yw pobl, dangosir cyfrifon o 1 i %1 o ffynonellau iechyd ac o "
            "1 i %2 o ffynonellau eraill fel “*”, a chuddir ffigurau eraill lle byddent yn "
            "caniatáu cyfrifo cyfrif cudd o gyfanswm. Ni ddangosir cyfraddau sy’n seiliedig "
            "ar lai na %3 o ddigwyddiadau."};
    case FixedText::RoundingStatement:
        return {"The counts shown are rounded to the nearest %1.",
                "Caiff y cyfrifon a ddangosir eu talgrynnu i’r %1 agosaf."};
    case FixedText::RoundingHealth:
        return {"Counts from health sources are rounded to the nearest %1.",
                "Caiff cyfrifon o ffynonellau iechyd eu talgrynnu i’r %1 agosaf."};
    case FixedText::RoundingOther:
        return {"Counts from other sources are rounded to the nearest %1.",
                "Caiff cyfrifon o ffynonellau eraill eu talgrynnu i’r %1 agosaf."};
    case FixedText::SeriousViolenceTrendTitle:
        return {"Serious violence by month (local definition)",
                "Trais difrifol fesul mis (diffiniad lleol)"};
    case FixedText::SeriousViolenceTrendAlt:
        return {"Line chart of serious violence under the partnership’s local definition, by month "
                "from %1 to %2: %3 records in all.",
                "Siart llinell o drais difrifol o dan ddiffiniad lleol y bartneriaeth, fesul mis o "
                "%1 i %2: %3 o gofnodion i gyd."};
    case FixedText::SeriousViolenceByCategoryTitle:
        return {"Serious violence by category, %1", "Trais difrifol fesul categori, %1"};
    case FixedText::CategoryAxis:
        return {"Category", "Categori"};
    case FixedText::CategoryBarsAlt:
        return {"Bar chart: %1. %2.", "Siart bar: %1. %2."};
    case FixedText::ChangeNotAssessable:
        return {"Change cannot be assessed: there is no count for the earlier period.",
                "Ni ellir asesu’r newid: nid oes cyfrif ar gyfer y cyfnod cynharach."};
    case FixedText::NotApplicableNote:
        return {"Not applicable: %1", "Ddim yn berthnasol: %1"};
    case FixedText::TableCaption:
        return {"Table %1: %2", "Tabl %1: %2"};
    case FixedText::ActionPlanByPriority:
        return {"Actions by priority", "Camau gweithredu yn ôl blaenoriaeth"};
    case FixedText::ActionPlanBySector:
        return {"Actions by sector", "Camau gweithredu yn ôl sector"};
    case FixedText::PriorityHeading:
        return {"Priority %1: %2", "Blaenoriaeth %1: %2"};
    case FixedText::NoPriority:
        return {"Other actions", "Camau gweithredu eraill"};
    case FixedText::ColumnAction:
        return {"Action", "Cam gweithredu"};
    case FixedText::ColumnLead:
        return {"Lead", "Arweinydd"};
    case FixedText::ColumnPartners:
        return {"Partners", "Partneriaid"};
    case FixedText::ColumnSector:
        return {"Sector", "Sector"};
    case FixedText::ColumnPriority:
        return {"Priority", "Blaenoriaeth"};
    case FixedText::ColumnStart:
        return {"Start", "Dechrau"};
    case FixedText::ColumnDue:
        return {"Due", "Erbyn"};
    case FixedText::ColumnStatus:
        return {"Status", "Statws"};
    case FixedText::ColumnMeasure:
        return {"Success measure", "Mesur llwyddiant"};
    case FixedText::NoActionsYet:
        return {"No actions have been agreed yet.", "Nid oes camau gweithredu wedi’u cytuno eto."};
    case FixedText::CategoriesTableTitle:
        return {"Police-recorded crime and anti-social behaviour by category",
                "Troseddau ac ymddygiad gwrthgymdeithasol a gofnodwyd gan yr heddlu fesul "
                "categori"};
    case FixedText::ColumnCategory:
        return {"Category", "Categori"};
    case FixedText::ColumnRecords:
        return {"Records", "Cofnodion"};
    case FixedText::TotalRow:
        return {"Total", "Cyfanswm"};
    case FixedText::SuppressionNote:
        return {
            "* Withheld to protect privacy: a count from 1 to %1, or a figure from which such a "
            "count could be worked out.",
            "* Wedi’i atal i ddiogelu preifatrwydd: cyfrif rhwng 1 a %1, neu ffigur y gellid "
            "cyfrifo cyfrif o’r fath ohono."};
    case FixedText::DataSourcesTitle:
        return {"Data sources", "Ffynonellau data"};
    case FixedText::ColumnFile:
        return {"File", "Ffeil"};
    case FixedText::ColumnPartner:
        return {"Partner", "Partner"};
    case FixedText::ColumnPeriod:
        return {"Period", "Cyfnod"};
    case FixedText::ColumnRowsStored:
        return {"Records stored", "Cofnodion a gadwyd"};
    case FixedText::ColumnImported:
        return {"Imported", "Mewnforiwyd"};
    case FixedText::DataSourcesSource:
        return {"the import record of this project", "cofnod mewnforio’r prosiect hwn"};
    case FixedText::RecentMonthsTitle:
        return {"Records in the latest twelve months", "Cofnodion yn y deuddeg mis diwethaf"};
    case FixedText::ColumnMonth:
        return {"Month", "Mis"};
    case FixedText::TotalRecordsLabel:
        return {"Police-recorded crime and anti-social behaviour in the data",
                "Troseddau ac ymddygiad gwrthgymdeithasol a gofnodwyd gan yr heddlu yn y data"};
    case FixedText::PeriodCoveredLabel:
        return {"Period covered by the data", "Y cyfnod y mae’r data’n ei gwmpasu"};
    case FixedText::PeriodRange:
        // A dash, not "i", which would mutate the month after it ("i Fawrth").
        return {"%1 to %2", "%1 – %2"};
    case FixedText::LatestChangeLabel:
        return {"Change in the latest twelve months against the twelve before",
                "Newid yn y deuddeg mis diwethaf o’i gymharu â’r deuddeg mis cyn hynny"};
    case FixedText::LargestCategoryLabel:
        return {"Largest category", "Y categori mwyaf"};
    case FixedText::NotEnoughData:
        return {"not enough data", "dim digon o ddata"};
    case FixedText::NoDatasetsYet:
        return {"No data has been imported yet.", "Nid oes data wedi’i fewnforio eto."};
    case FixedText::SummaryOfPlan:
        return {"Actions: %1. Priorities: %2.", "Camau gweithredu: %1. Blaenoriaethau: %2."};
    case FixedText::NewSectionTitle:
        return {"New section", "Adran newydd"};
    case FixedText::SnaSummaryTitle:
        return {"Strategic Needs Assessment: Public Summary",
                "Asesiad o Anghenion Strategol: Crynodeb Cyhoeddus"};
    case FixedText::AnnexHeading:
        return {"Annex %1: %2", "Atodiad %1: %2"};
    case FixedText::GlossaryTitle:
        return {"Glossary", "Geirfa"};
    case FixedText::AboutTitle:
        return {"About this document", "Ynglŷn â’r ddogfen hon"};
    case FixedText::DisclosurePublic:
        return {"This document is published under the Serious Violence Duty. Its figures are "
                "aggregated counts prepared for publication under the partnership’s disclosure "
                "control rules, so that no person can be identified. In line with the statutory "
                "guidance (paragraph 41b), it contains no material that might jeopardise the "
                "safety of any person or prejudice the prevention or detection of crime; "
                "sections the partnership marked as sensitive are left out.",
                "Cyhoeddir y ddogfen hon o dan y Ddyletswydd Trais Difrifol. Cyfrifon cyfanredol "
                "yw ei ffigurau, wedi’u paratoi i’w cyhoeddi o dan reolau rheoli datgelu’r "
                "bartneriaeth, fel na ellir adnabod neb. Yn unol â’r canllawiau statudol "
                "(paragraff 41b), nid yw’n cynnwys unrhyw ddeunydd a allai beryglu diogelwch "
                "unrhyw unigolyn na rhagfarnu atal neu ganfod troseddau; mae’r adrannau a nodwyd "
                "yn sensitif gan y bartneriaeth wedi’u hepgor."};
    case FixedText::DisclosureRestricted:
        return {"This is the full strategic needs assessment. It is restricted to the "
                "partnership’s specified authorities and must not be published: it may contain "
                "figures and material that could jeopardise the safety of any person or "
                "prejudice the prevention or detection of crime (statutory guidance, paragraph "
                "41b). A public summary is published separately.",
                "Dyma’r asesiad llawn o anghenion strategol. Mae wedi’i gyfyngu i awdurdodau "
                "penodedig y bartneriaeth ac ni ddylid ei gyhoeddi: gall gynnwys ffigurau a "
                "deunydd a allai beryglu diogelwch unrhyw unigolyn neu ragfarnu atal neu ganfod "
                "troseddau (canllawiau statudol, paragraff 41b). Cyhoeddir crynodeb cyhoeddus ar "
                "wahân."};
    case FixedText::RestrictedMark:
        return {"RESTRICTED: NOT FOR PUBLICATION", "CYFYNGEDIG: NID I’W GYHOEDDI"};
    case FixedText::WelshVersion:
        return {"Welsh version", "Fersiwn Gymraeg"};
    case FixedText::EnglishVersion:
        return {"English version", "Fersiwn Saesneg"};
    case FixedText::DatasetColumn:
        return {"Dataset", "Set ddata"};
    case FixedText::ProvidedByColumn:
        return {"Provided by", "Darparwyd gan"};
    case FixedText::PeriodColumn:
        return {"Period", "Cyfnod"};
    case FixedText::RecordsColumn:
        return {"Records", "Cofnodion"};
    case FixedText::ImportedColumn:
        return {"Imported", "Mewnforiwyd"};
    case FixedText::NoDatasets:
        return {"No data has been imported into this assessment yet.",
                "Nid oes data wedi’i fewnforio i’r asesiad hwn eto."};
    case FixedText::DataSourcesIntro:
        return {"The figures in this document come from the following datasets, as held in the "
                "partnership’s project file when the document was produced.",
                "Daw’r ffigurau yn y ddogfen hon o’r setiau data canlynol, fel yr oeddent yn "
                "ffeil prosiect y bartneriaeth pan luniwyd y ddogfen."};
    case FixedText::SkipToContent:
        return {"Skip to main content", "Neidio i’r prif gynnwys"};
    case FixedText::PartnershipLine:
        return {"Partnership: %1", "Partneriaeth: %1"};
    case FixedText::UnknownValue:
        return {"not known", "anhysbys"};
    case FixedText::SourceNotStated:
        return {"not stated", "heb ei nodi"};
    case FixedText::SnaSummaryIntro:
        return {"Summary", "Crynodeb"};
    case FixedText::ChecklistTitle:
        return {"Publication checklist", "Rhestr wirio cyhoeddi"};
    case FixedText::ChecklistIntro:
        return {"This folder holds what %1 publishes under the Serious Violence Duty. Publication "
                "date: %2.",
                "Mae’r ffolder hon yn cynnwys yr hyn y mae %1 yn ei gyhoeddi o dan y Ddyletswydd "
                "Trais Difrifol. Dyddiad cyhoeddi: %2."};
    case FixedText::ChecklistDeadline:
        return {"Send it by: %1 (within seven days of publication)",
                "Anfon erbyn: %1 (cyn pen saith diwrnod ar ôl cyhoeddi)"};
    case FixedText::ChecklistFiles:
        return {"Files in this folder", "Ffeiliau yn y ffolder hon"};
    case FixedText::ChecklistSteps:
        return {"Steps", "Camau"};
    case FixedText::ChecklistPublish:
        return {"Publish the strategy on the website of a specified authority or of the local "
                "policing body for every local government area it covers (statutory guidance, "
                "paragraph 161): %1.",
                "Cyhoeddi’r strategaeth ar wefan awdurdod penodedig neu’r corff plismona lleol ar "
                "gyfer pob ardal llywodraeth leol y mae’n ei chwmpasu (canllawiau statudol, "
                "paragraff 161): %1."};
    case FixedText::ChecklistBothLanguages:
        return {"Publish the Welsh and English versions at the same time and with the same "
                "prominence (statutory guidance, paragraph 163).",
                "Cyhoeddi’r fersiynau Cymraeg a Saesneg ar yr un pryd a chyda’r un amlygrwydd "
                "(canllawiau statudol, paragraff 163)."};
    case FixedText::ChecklistHomeOffice:
        return {"By %1, send the strategy (a link to it, or the PDF) to the Home Office: %2 "
                "(statutory guidance, paragraph 162).",
                "Erbyn %1, anfon y strategaeth (dolen iddi, neu’r PDF) i’r Swyddfa Gartref: %2 "
                "(canllawiau statudol, paragraff 162)."};
    case FixedText::ChecklistWelshMinisters:
        return {"By %1, send it to the Welsh Ministers as well: %2 (statutory guidance, "
                "paragraph 162).",
                "Erbyn %1, ei hanfon at Weinidogion Cymru hefyd: %2 (canllawiau statudol, "
                "paragraff 162)."};
    case FixedText::ChecklistSummary:
        return {"Publish the public summary of the strategic needs assessment; keep the full "
                "assessment restricted to the partnership.",
                "Cyhoeddi’r crynodeb cyhoeddus o’r asesiad o anghenion strategol; cadw’r asesiad "
                "llawn wedi’i gyfyngu i’r bartneriaeth."};
    case FixedText::ChecklistReview:
        return {"Review the strategy at least once a year (statutory guidance, paragraph 153): "
                "next review by %1.",
                "Adolygu’r strategaeth o leiaf unwaith y flwyddyn (canllawiau statudol, paragraff "
                "153): yr adolygiad nesaf erbyn %1."};
    case FixedText::ReviewCopyMark:
        return {"Review copy %1: not for publication", "Copi adolygu %1: nid i’w gyhoeddi"};
    case FixedText::AnalysisQualifiers:
        return {"%1 (%2)", "%1 (%2)"};
    case FixedText::SourceAndPeriod:
        return {"%1. Period: %2", "%1. Cyfnod: %2"};
    case FixedText::PartnerDataSource:
        return {"%1 (partner data imported into this project)",
                "%1 (data partner a fewnforiwyd i’r prosiect hwn)"};
    case FixedText::WholePartnership:
        return {"the whole partnership", "y bartneriaeth gyfan"};
    case FixedText::TrendByQuarterTitle:
        return {"Serious violence by quarter", "Trais difrifol fesul chwarter"};
    case FixedText::TrendByFinancialYearTitle:
        return {"Serious violence by financial year", "Trais difrifol fesul blwyddyn ariannol"};
    case FixedText::TrendRolling12Title:
        return {"Serious violence over rolling 12-month periods",
                "Trais difrifol dros gyfnodau treigl o 12 mis"};
    case FixedText::CategoryByYearTitle:
        return {"Serious violence by category and financial year",
                "Trais difrifol fesul categori a blwyddyn ariannol"};
    case FixedText::AreasTitle:
        return {"Serious violence by area: %1", "Trais difrifol fesul ardal: %1"};
    case FixedText::AgeSexTitle:
        return {"Records by age band and sex", "Cofnodion yn ôl band oedran a rhyw"};
    case FixedText::HourWeekdayTitle:
        return {"Serious violence by hour and day of the week",
                "Trais difrifol yn ôl awr a diwrnod o’r wythnos"};
    case FixedText::DecilesTitle:
        return {"Serious violence by deprivation decile: %1",
                "Trais difrifol yn ôl degradd amddifadedd: %1"};
    case FixedText::SeasonalityTitle:
        return {"Average serious violence by calendar month",
                "Cyfartaledd trais difrifol fesul mis calendr"};
    case FixedText::QuarterAxis:
        return {"Quarter", "Chwarter"};
    case FixedText::FinancialYearAxis:
        return {"Financial year", "Blwyddyn ariannol"};
    case FixedText::RollingAxis:
        return {"12 months ending", "12 mis yn dod i ben"};
    case FixedText::AreaAxis:
        return {"Area", "Ardal"};
    case FixedText::AgeBandAxis:
        return {"Age band", "Band oedran"};
    case FixedText::HourAxis:
        return {"Hour of the day", "Awr o’r dydd"};
    case FixedText::WeekdayAxis:
        return {"Day of the week", "Diwrnod o’r wythnos"};
    case FixedText::DecileAxis:
        return {"Deprivation decile (1 = most deprived)",
                "Degradd amddifadedd (1 = mwyaf difreintiedig)"};
    case FixedText::CalendarMonthAxis:
        return {"Calendar month", "Mis calendr"};
    case FixedText::AverageRecordsAxis:
        return {"Average records", "Cyfartaledd cofnodion"};
    case FixedText::RateAxis:
        return {"Rate per 1,000 population", "Cyfradd fesul 1,000 o’r boblogaeth"};
    case FixedText::Female:
        return {"Female", "Benyw"};
    case FixedText::Male:
        return {"Male", "Gwryw"};
    case FixedText::NotRecorded:
        return {"Not recorded", "Heb ei gofnodi"};
    case FixedText::IncompletePeriod:
        return {"%1 (incomplete)", "%1 (anghyflawn)"};
    case FixedText::IncompletePeriodKey:
        return {"Incomplete period", "Cyfnod anghyflawn"};
    case FixedText::GapsNote:
        return {"No data for: %1 — left as gaps, never drawn as zero.",
                "Dim data ar gyfer: %1 — wedi’u gadael yn fylchau, heb eu dangos fel sero."};
    case FixedText::LineChartAlt:
        return {"Line chart: %1. %2.", "Siart llinell: %1. %2."};
    case FixedText::StackedBarsAlt:
        return {"Stacked bar chart: %1. %2.", "Siart bar wedi’i bentyrru: %1. %2."};
    case FixedText::PyramidAlt:
        return {"Age and sex pyramid: %1. %2.", "Pyramid oedran a rhyw: %1. %2."};
    case FixedText::HeatmapAlt:
        return {"Heat map: %1. Busiest times: %2.", "Map gwres: %1. Yr amseroedd prysuraf: %2."};
    case FixedText::WithheldBars:
        return {"Not shown, to protect privacy: %1.",
                "Heb eu dangos, i ddiogelu preifatrwydd: %1."};
    case FixedText::LevelLsoa:
        return {"LSOA", "AGEHI"};
    case FixedText::LevelWard:
        return {"ward", "ward"};
    case FixedText::LevelLad:
        return {"local authority", "awdurdod lleol"};
    case FixedText::LevelCsp:
        return {"community safety partnership", "partneriaeth diogelwch cymunedol"};
    case FixedText::LevelPfa:
        return {"police force area", "ardal heddlu"};
    case FixedText::ColumnArea:
        return {"Area", "Ardal"};
    case FixedText::ColumnCode:
        return {"Code", "Cod"};
    case FixedText::ColumnPopulation:
        return {"Population", "Poblogaeth"};
    case FixedText::ColumnRate:
        return {"Rate per 1,000", "Cyfradd fesul 1,000"};
    case FixedText::ColumnMonthsWithData:
        return {"Months with data", "Misoedd â data"};
    case FixedText::ColumnDecile:
        return {"Decile", "Degradd"};
    case FixedText::ColumnLsoas:
        return {"LSOAs", "AGEHI"};
    case FixedText::ColumnAgeBand:
        return {"Age band", "Band oedran"};
    case FixedText::ColumnMeasure2:
        return {"Measure", "Mesur"};
    case FixedText::ColumnCount:
        return {"Count", "Cyfrif"};
    case FixedText::ColumnUnder25:
        return {"Victims under 25", "Dioddefwyr dan 25 oed"};
    case FixedText::ColumnChange:
        return {"Change on the year before", "Newid o’i gymharu â’r flwyddyn flaenorol"};
    case FixedText::ColumnExpected:
        return {"Data the guidance expects", "Data y mae’r canllawiau’n ei ddisgwyl"};
    case FixedText::ColumnHeld:
        return {"Held in this project", "Yn y prosiect hwn"};
    case FixedText::ColumnNotes:
        return {"Notes", "Nodiadau"};
    case FixedText::AreasTableTitle:
        return {"Serious violence by area, with rates: %1",
                "Trais difrifol fesul ardal, gyda chyfraddau: %1"};
    case FixedText::PeriodsTableTitle:
        return {"Serious violence by period", "Trais difrifol fesul cyfnod"};
    case FixedText::DecilesTableTitle:
        return {"Serious violence by deprivation decile",
                "Trais difrifol yn ôl degradd amddifadedd"};
    case FixedText::AgeSexTableTitle:
        return {"Records by age band and sex", "Cofnodion yn ôl band oedran a rhyw"};
    case FixedText::SuccessMeasuresTitle:
        return {"National success measures", "Mesurau llwyddiant cenedlaethol"};
    case FixedText::SuccessMeasuresSource:
        return {"Statutory guidance, paragraph 309; data imported into this project",
                "Canllawiau statudol, paragraff 309; data a fewnforiwyd i’r prosiect hwn"};
    case FixedText::MeasureHospitalKnife:
        return {"Hospital admissions for assault with a knife or sharp object",
                "Derbyniadau i’r ysbyty am ymosodiad â chyllell neu offeryn miniog"};
    case FixedText::MeasurePoliceKnife:
        return {"Knife or sharp-object enabled serious violence recorded by the police",
                "Trais difrifol â chyllell neu offeryn miniog a gofnodwyd gan yr heddlu"};
    case FixedText::MeasureHomicides:
        return {"Homicides recorded by the police", "Lladdiadau a gofnodwyd gan yr heddlu"};
    case FixedText::NoData:
        return {"No data", "Dim data"};
    case FixedText::NoDataHospital:
        return {"No data: no hospital data has been imported.",
                "Dim data: nid oes data ysbyty wedi’i fewnforio."};
    case FixedText::NoDataPolice:
        return {"No data: no police data has been imported.",
                "Dim data: nid oes data’r heddlu wedi’i fewnforio."};
    case FixedText::NoDataWeaponFlag:
        return {
            "No data: the data held does not record whether a knife or sharp object was involved.",
            "Dim data: nid yw’r data sydd ar gael yn cofnodi a oedd cyllell neu offeryn miniog yn "
            "rhan o’r digwyddiad."};
    case FixedText::NoDataHomicide:
        return {"No data: no police category is mapped to homicide in the local definition.",
                "Dim data: nid oes categori heddlu wedi’i fapio i laddiad yn y diffiniad lleol."};
    case FixedText::FingertipsRelated:
        return {"A Fingertips indicator of hospital admissions for violence is held; it covers all "
                "violence, not only knives.",
                "Mae dangosydd Fingertips o dderbyniadau i’r ysbyty am drais ar gael; mae’n "
                "cwmpasu pob trais, nid cyllyll yn unig."};
    case FixedText::AgesNotRecorded:
        return {"Ages not recorded", "Oedran heb ei gofnodi"};
    case FixedText::DataGapsTitle:
        return {"Data gaps register", "Cofrestr bylchau yn y data"};
    case FixedText::DataGapsSource:
        return {"Statutory guidance, paragraph 147; the datasets of this project",
                "Canllawiau statudol, paragraff 147; setiau data’r prosiect hwn"};
    case FixedText::GapPoliceCrime:
        return {"Police-recorded crime by type", "Troseddau a gofnodwyd gan yr heddlu yn ôl math"};
    case FixedText::GapOutcomes:
        return {"Crime outcomes", "Canlyniadau troseddau"};
    case FixedText::GapVictimsOffenders:
        return {"Profiles of victims and offenders", "Proffiliau dioddefwyr a throseddwyr"};
    case FixedText::GapCrimeSurvey:
        return {"Crime Survey for England and Wales", "Arolwg Troseddu Cymru a Lloegr"};
    case FixedText::GapHospital:
        return {"Anonymised hospital and primary care data on violent injuries",
                "Data dienw ysbytai a gofal sylfaenol am anafiadau treisgar"};
    case FixedText::GapEducation:
        return {"Education: attendance, suspensions and exclusions",
                "Addysg: presenoldeb, gwaharddiadau cyfnod penodol a gwaharddiadau parhaol"};
    case FixedText::GapPrison:
        return {"Anonymised prison data", "Data dienw carchardai"};
    case FixedText::GapLocal:
        return {"Local data such as census and population estimates",
                "Data lleol megis y cyfrifiad ac amcangyfrifon poblogaeth"};
    case FixedText::GapDvds:
        return {"Domestic Violence Disclosure Scheme data",
                "Data’r Cynllun Datgelu Trais Domestig"};
    case FixedText::GapMarac:
        return {"MARAC data", "Data MARAC"};
    case FixedText::GapSocialCare:
        return {"Children’s social care data", "Data gofal cymdeithasol plant"};
    case FixedText::GapReviews:
        return {"Outcomes of homicide and safeguarding reviews",
                "Canlyniadau adolygiadau lladdiadau ac adolygiadau diogelu"};
    case FixedText::GapVoluntary:
        return {"Voluntary sector organisations and young people",
                "Sefydliadau’r sector gwirfoddol a phobl ifanc"};
    case FixedText::GapVawg:
        return {"Violence against women and girls data",
                "Data am drais yn erbyn menywod a merched"};
    case FixedText::StatusHeld:
        return {"Held", "Ar gael"};
    case FixedText::StatusPartly:
        return {"Partly held", "Ar gael yn rhannol"};
    case FixedText::StatusNotHeld:
        return {"Not yet held", "Heb ei gael eto"};
    case FixedText::StatusHeldElsewhere:
        return {"Held outside this project", "Ar gael y tu allan i’r prosiect hwn"};
    case FixedText::StatusRequested:
        return {"Requested", "Wedi gofyn amdano"};
    case FixedText::StatusNotAvailable:
        return {"Not available", "Ddim ar gael"};
    case FixedText::StatusNotApplicable:
        return {"Not applicable", "Ddim yn berthnasol"};
    case FixedText::RateLabel:
        return {"Rate per 1,000 population", "Cyfradd fesul 1,000 o’r boblogaeth"};
    case FixedText::ChangeYearLabel:
        return {"Change on the same period a year before",
                "Newid o’i gymharu â’r un cyfnod flwyddyn yn ôl"};
    case FixedText::ChangeBaselineLabel:
        return {"Change since the baseline year", "Newid ers y flwyddyn sylfaen"};
    case FixedText::Top5Label:
        return {"Share in the busiest 5% of LSOAs", "Cyfran yn y 5% prysuraf o AGEHI"};
    case FixedText::Top10Label:
        return {"Share in the busiest 10% of LSOAs", "Cyfran yn y 10% prysuraf o AGEHI"};
    case FixedText::NoDenominator:
        return {
            "No denominator: no population estimates for this area and period have been imported.",
            "Dim enwadur: nid oes amcangyfrifon poblogaeth ar gyfer yr ardal a’r cyfnod hwn wedi’u "
            "mewnforio."};
    case FixedText::RateValue:
        return {"%1 (population %2, mid-%3 estimate)", "%1 (poblogaeth %2, amcangyfrif canol %3)"};
    case FixedText::ChangeIncomplete:
        return {"Not assessed: one of the two periods is missing months of data.",
                "Heb ei asesu: mae misoedd o ddata ar goll o un o’r ddau gyfnod."};
    case FixedText::NoBaseline:
        return {"Not assessed: no complete baseline year.",
                "Heb ei asesu: nid oes blwyddyn sylfaen gyflawn."};
    case FixedText::ConcentrationValue:
        return {"%1 (LSOAs: %2 of %3)", "%1 (AGEHI: %2 o %3)"};
    case FixedText::ConcentrationRecordsOnly:
        return {"Only LSOAs with records are counted: import a lookup to count every LSOA of the "
                "partnership.",
                "Dim ond AGEHI â chofnodion a gyfrifir: mewnforiwch dabl chwilio i gyfrif pob "
                "AGEHI yn y bartneriaeth."};
    case FixedText::ConcentrationTableTitle:
        return {"Concentration of serious violence in LSOAs",
                "Crynodiad trais difrifol mewn AGEHI"};
    case FixedText::ColumnShare:
        return {"Share", "Cyfran"};
    case FixedText::IndexImd:
        return {"Index of Multiple Deprivation 2019 (England)",
                "Mynegai Amddifadedd Lluosog 2019 (Lloegr)"};
    case FixedText::IndexWimd:
        return {"Welsh Index of Multiple Deprivation 2019",
                "Mynegai Amddifadedd Lluosog Cymru 2019"};
    case FixedText::CoverageTitle:
        return {"Data coverage", "Cwmpas y data"};
    case FixedText::CoverageMissingMonths:
        return {"Months with no data: %1.", "Misoedd heb ddata: %1."};
    case FixedText::CoverageForceGap:
        return {"%1 has no data for: %2.", "Nid oes data gan %1 ar gyfer: %2."};
    case FixedText::CoverageEndsEarly:
        return {"%1 ends early: the last month with data is %2.",
                "Mae %1 yn dod i ben yn gynnar: y mis olaf â data yw %2."};
    case FixedText::CoverageWithoutArea:
        return {"Records without an area (not in any area’s figures): %1.",
                "Cofnodion heb ardal (nid ydynt yn ffigurau unrhyw ardal): %1."};
    case FixedText::CoverageOutside:
        return {"Records in areas outside the partnership (left out): %1.",
                "Cofnodion mewn ardaloedd y tu allan i’r bartneriaeth (wedi’u gadael allan): %1."};
    case FixedText::CoverageWithheld:
        return {"Partner rows with a withheld count (not counted): %1.",
                "Rhesi partner â chyfrif wedi’i atal (heb eu cyfrif): %1."};
    case FixedText::CoverageSpanning:
        return {
            "Records counted over more than a month (in quarters and years only): %1.",
            "Cofnodion a gyfrifwyd dros fwy na mis (mewn chwarteri a blynyddoedd yn unig): %1."};
    case FixedText::CoverageNamePlaced:
        return {"LSOAs placed in their local authority by name (no lookup imported): %1.",
                "AGEHI a osodwyd yn eu hawdurdod lleol yn ôl enw (dim tabl chwilio wedi’i "
                "fewnforio): %1."};
    case FixedText::CoverageTableTitle:
        return {"Data coverage: what the figures do not include",
                "Cwmpas y data: yr hyn nad yw’r ffigurau’n ei gynnwys"};
    case FixedText::DisclosureTitle:
        return {"Disclosure control", "Rheoli datgelu"};
    case FixedText::ColumnYears:
        return {"Years", "Blynyddoedd"};
    case FixedText::TopAreasNote:
        return {"The areas with most records: %1 of %2.",
                "Yr ardaloedd â’r nifer fwyaf o gofnodion: %1 o %2."};
    case FixedText::FemaleRate:
        return {"Female rate per 1,000", "Cyfradd benywod fesul 1,000"};
    case FixedText::MaleRate:
        return {"Male rate per 1,000", "Cyfradd gwrywod fesul 1,000"};
    case FixedText::NoRateNote:
        return {"“—”: no rate, as no population estimate for the area has been imported.",
                "“—”: dim cyfradd, gan nad oes amcangyfrif poblogaeth ar gyfer yr ardal wedi’i "
                "fewnforio."};
    }
    return {"", ""};
}
} // namespace

QString FixedText::text(Term term, Lang lang)
{
    const Pair pair = pairOf(term);
    return QString::fromUtf8(lang == Lang::Cy ? pair.cy : pair.en);
}

QString FixedText::date(const QDate& date, Lang lang)
{
    return localeFor(lang).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString FixedText::monthYear(int year, int month, Lang lang)
{
    return localeFor(lang).toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy"));
}

QString FixedText::shortMonthYear(int year, int month, Lang lang)
{
    return localeFor(lang).toString(QDate(year, month, 1), QStringLiteral("MMM yyyy"));
}

QString FixedText::number(qint64 value, Lang lang)
{
    return localeFor(lang).toString(value);
}

QString FixedText::percent(double value, Lang lang, bool sign)
{
    QString text = localeFor(lang).toString(value, 'f', 1) + QLatin1Char('%');
    if (sign && value > 0)
        text.prepend(QLatin1Char('+'));
    return text;
}

QString FixedText::decimal(double value, int decimals, Lang lang)
{
    return localeFor(lang).toString(value, 'f', decimals);
}

QString FixedText::joinList(const QStringList& items, Lang lang)
{
    if (items.size() <= 1)
        return items.value(0);
    QString conjunction = QStringLiteral(" and ");
    QString last = items.last().trimmed();
    if (lang == Lang::Cy) {
        // "a" becomes "ac" before a vowel ("Ceredigion ac Abertawe"), and a Welsh place name
        // after "a" takes the aspirate mutation ("Ceredigion a Phowys"). English names are left
        // as they are, as Welsh writers do.
        static const QString vowels = QStringLiteral("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳ");
        static const QStringList welshNames{QStringLiteral("Conwy"),
                                            QStringLiteral("Ceredigion"),
                                            QStringLiteral("Castell-nedd Port Talbot"),
                                            QStringLiteral("Caerdydd"),
                                            QStringLiteral("Caerffili"),
                                            QStringLiteral("Casnewydd"),
                                            QStringLiteral("Powys"),
                                            QStringLiteral("Pen-y-bont ar Ogwr"),
                                            QStringLiteral("Tor-faen")};
        const QChar first = last.isEmpty() ? QChar() : last.front().toLower();
        conjunction = vowels.contains(first) ? QStringLiteral(" ac ") : QStringLiteral(" a ");
        if (welshNames.contains(last))
            last.insert(1, QLatin1Char('h'));
    }
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + conjunction + last;
}

} // namespace sna
