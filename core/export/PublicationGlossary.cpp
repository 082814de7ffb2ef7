#include "export/PublicationGlossary.h"

#include <QCollator>

#include <algorithm>

namespace sna {

namespace {
struct RawEntry {
    const char* termEn;
    const char* definitionEn;
    const char* termCy;
    const char* definitionCy;
};

// Welsh terms follow ../shared/domain/glossary-en-cy.tsv.
const RawEntry kEntries[] = {
    {"Anti-social behaviour",
     "Behaviour that causes, or is likely to cause, harassment, alarm or distress; recorded by "
     "the police alongside crime.",
     "Ymddygiad gwrthgymdeithasol",
     "Ymddygiad sy’n achosi, neu sy’n debygol o achosi, aflonyddu, braw neu ofid; caiff ei "
     "gofnodi gan yr heddlu ochr yn ochr â throseddau."},
    {"Community safety partnership",
     "The statutory partnership of local agencies that works to reduce crime and disorder in a "
     "local authority area.",
     "Partneriaeth diogelwch cymunedol",
     "Y bartneriaeth statudol o asiantaethau lleol sy’n gweithio i leihau troseddu ac anhrefn yn "
     "ardal awdurdod lleol."},
    {"County lines",
     "Gangs and organised networks that move illegal drugs between areas using dedicated phone "
     "lines, often exploiting children and vulnerable adults.",
     "Llinellau cyffuriau",
     "Gangiau a rhwydweithiau trefnedig sy’n symud cyffuriau anghyfreithlon rhwng ardaloedd gan "
     "ddefnyddio llinellau ffôn penodol, gan gamfanteisio’n aml ar blant ac oedolion agored i "
     "niwed."},
    {"Disclosure control",
     "Steps such as suppressing or rounding small numbers so that published figures cannot "
     "identify anyone.",
     "Rheoli datgelu",
     "Camau fel atal neu dalgrynnu niferoedd bach fel na all ffigurau a gyhoeddir adnabod neb."},
    {"Lower layer super output area (LSOA)",
     "A small statistical area of about 1,500 residents, used to publish local figures.",
     "Ardal gynnyrch ehangach haen is (AGEHI)",
     "Ardal ystadegol fach o tua 1,500 o drigolion, a ddefnyddir i gyhoeddi ffigurau lleol."},
    {"Police-recorded crime",
     "Crimes reported to and recorded by the police; published as open data at street level, "
     "with locations made anonymous.",
     "Troseddau a gofnodwyd gan yr heddlu",
     "Troseddau a adroddwyd i’r heddlu ac a gofnodwyd ganddo; fe’u cyhoeddir fel data agored ar "
     "lefel stryd, gyda’r lleoliadau wedi’u gwneud yn ddienw."},
    {"Public health approach",
     "Working across organisations to prevent violence by tackling its causes, using data and "
     "evidence about whole populations.",
     "Dull iechyd y cyhoedd",
     "Gweithio ar draws sefydliadau i atal trais drwy fynd i’r afael â’i achosion, gan ddefnyddio "
     "data a thystiolaeth am boblogaethau cyfan."},
    {"Risk factors and protective factors",
     "Circumstances that make violence more likely, and those that make it less likely.",
     "Ffactorau risg a ffactorau amddiffynnol",
     "Amgylchiadau sy’n gwneud trais yn fwy tebygol, a’r rhai sy’n ei wneud yn llai tebygol."},
    {"Serious violence",
     "Violence the partnership has defined locally under the Serious Violence Duty; it must "
     "include public-space youth violence such as homicide, knife and gun crime, and violence in "
     "county lines.",
     "Trais difrifol",
     "Trais y mae’r bartneriaeth wedi’i ddiffinio’n lleol o dan y Ddyletswydd Trais Difrifol; "
     "rhaid iddo gynnwys trais ieuenctid mewn mannau cyhoeddus, fel lladdiadau, troseddau "
     "cyllyll a gynnau, a thrais sy’n gysylltiedig â llinellau cyffuriau."},
    {"Serious Violence Duty",
     "The legal duty, under the Police, Crime, Sentencing and Courts Act 2022, on specified "
     "authorities to work together to prevent and reduce serious violence.",
     "Y Ddyletswydd Trais Difrifol",
     "Y ddyletswydd gyfreithiol, o dan Ddeddf yr Heddlu, Troseddu, Dedfrydu a’r Llysoedd 2022, "
     "ar awdurdodau penodedig i gydweithio i atal a lleihau trais difrifol."},
    {"Specified authorities",
     "The bodies the Duty applies to: police, fire and rescue, justice (probation and youth "
     "offending), health and local authorities.",
     "Awdurdodau penodedig",
     "Y cyrff y mae’r Ddyletswydd yn berthnasol iddynt: yr heddlu, tân ac achub, cyfiawnder (y "
     "gwasanaeth prawf a thimau troseddau ieuenctid), iechyd ac awdurdodau lleol."},
    {"Strategic needs assessment",
     "An analysis of the kinds of serious violence in the area, their causes, and the people and "
     "places most affected.",
     "Asesiad o anghenion strategol",
     "Dadansoddiad o’r mathau o drais difrifol yn yr ardal, eu hachosion, a’r bobl a’r lleoedd yr "
     "effeithir arnynt fwyaf."},
};
} // namespace

QList<PublicationGlossary::Entry> PublicationGlossary::entries()
{
    QList<Entry> list;
    for (const RawEntry& raw : kEntries) {
        list.append(
            Entry{BilingualText{QString::fromUtf8(raw.termEn), QString::fromUtf8(raw.termCy)},
                  BilingualText{QString::fromUtf8(raw.definitionEn),
                                QString::fromUtf8(raw.definitionCy)}});
    }
    return list;
}

QList<PublicationGlossary::Entry> PublicationGlossary::sorted(Lang lang)
{
    QList<Entry> list = entries();
    QCollator collator(localeFor(lang));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(list.begin(), list.end(), [&](const Entry& a, const Entry& b) {
        return collator.compare(a.term.in(lang), b.term.in(lang)) < 0;
    });
    return list;
}

} // namespace sna
