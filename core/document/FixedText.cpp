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
    case FixedText::SnaSummaryTitle:
        return {"Strategic Needs Assessment: Public Summary",
                "Asesiad o Anghenion Strategol: Crynodeb Cyhoeddus"};
    case FixedText::TableCaption:
        return {"Table %1: %2", "Tabl %1: %2"};
    case FixedText::AnnexHeading:
        return {"Annex %1: %2", "Atodiad %1: %2"};
    case FixedText::DataSourcesTitle:
        return {"Data sources", "Ffynonellau data"};
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
    case FixedText::PeriodRange:
        return {"%1 to %2", "%1 i %2"};
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
