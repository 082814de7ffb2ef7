#include "document/DocumentTemplates.h"

namespace sna {

namespace {
struct TemplateSection {
    const char* id;
    const char* guidanceRef;
    const char* titleEn;
    const char* titleCy;
    const char* items; // comma-separated items placed in the section: "kind:reference"
};

// Reading order. Para 154 letters in guidanceRef.
const TemplateSection kStrategy[] = {
    {"executive-summary", "154(n)", "Executive summary", "Crynodeb gweithredol", ""},
    {"sna-summary", "154(l)", "Summary of the strategic needs assessment",
     "Crynodeb o’r asesiad o anghenion strategol", "figure:total-records,chart:monthly-trend"},
    {"delivery", "154(a)", "Delivery arrangements and coordinator",
     "Trefniadau cyflawni a’r cydgysylltydd", ""},
    {"governance", "154(b)", "Governance, monitoring and review",
     "Llywodraethu, monitro ac adolygu", ""},
    {"data-framework", "154(c)", "Framework for gathering and analysing data",
     "Fframwaith ar gyfer casglu a dadansoddi data", ""},
    {"partners", "154(d)", "Who we work with and why", "Gyda phwy rydym yn gweithio a pham", ""},
    {"consultation", "154(e)", "Consultation with young people and communities",
     "Ymgynghori â phobl ifanc a chymunedau", ""},
    {"geography", "154(f)", "Geographical boundaries", "Ffiniau daearyddol", ""},
    {"education-prisons", "154(g)", "Engagement with education and prisons",
     "Ymgysylltu ag addysg a charchardai", ""},
    {"safeguarding", "154(h)", "Links with safeguarding arrangements",
     "Cysylltiadau â threfniadau diogelu", ""},
    {"policing-body", "154(i)", "Role of the local policing body and funding",
     "Rôl y corff plismona lleol a chyllid", ""},
    {"commissioning", "154(j)", "Commissioning services", "Comisiynu gwasanaethau", ""},
    {"scrutiny", "154(k)", "Independent scrutiny", "Craffu annibynnol", ""},
    {"actions", "154(m)", "Actions", "Camau gweithredu", ""},
    {"annual-assessment", "154(o)", "Annual assessment of performance",
     "Asesiad blynyddol o berfformiad", ""},
};

const TemplateSection kSna[] = {
    {"scope", "", "Scope and local definition of serious violence",
     "Cwmpas a diffiniad lleol o drais difrifol", ""},
    {"local-context", "", "Local context", "Cyd-destun lleol", ""},
    {"kinds", "", "Kinds of serious violence", "Mathau o drais difrifol",
     "chart:monthly-trend,table:categories"},
    {"where-when", "", "Where and when violence happens", "Ble a phryd mae trais yn digwydd", ""},
    {"who", "", "Victims, offenders and cohorts at risk",
     "Dioddefwyr, troseddwyr a charfanau sydd mewn perygl", ""},
    {"drivers", "", "Drivers, risk and protective factors",
     "Sbardunau, ffactorau risg a ffactorau amddiffynnol", ""},
    {"voice", "", "The voice of communities and young people", "Llais cymunedau a phobl ifanc", ""},
    {"services", "", "Current services", "Gwasanaethau presennol", ""},
    {"data-gaps", "149", "Data gaps and limitations", "Bylchau yn y data a chyfyngiadau", ""},
    {"recommendations", "", "Recommendations", "Argymhellion", ""},
    {"data-sources", "", "Annex: data sources", "Atodiad: ffynonellau data", "table:data-sources"},
};

template<size_t N> Document build(DocumentKind kind, const TemplateSection (&sections)[N])
{
    QList<Section> list;
    for (const TemplateSection& entry : sections) {
        Section section;
        section.id = QString::fromLatin1(entry.id);
        section.guidanceRef = QString::fromLatin1(entry.guidanceRef);
        section.title =
            BilingualText{QString::fromUtf8(entry.titleEn), QString::fromUtf8(entry.titleCy)};
        for (const QString& item :
             QString::fromLatin1(entry.items).split(QLatin1Char(','), Qt::SkipEmptyParts))
            section.items.append(EmbeddedItem{item.section(QLatin1Char(':'), 0, 0),
                                              item.section(QLatin1Char(':'), 1)});
        list.append(section);
    }
    Document document(kind);
    document.setSections(list);
    return document;
}
} // namespace

Document DocumentTemplates::strategy()
{
    return build(DocumentKind::Strategy, kStrategy);
}

Document DocumentTemplates::sna()
{
    return build(DocumentKind::Sna, kSna);
}

Document DocumentTemplates::forKind(DocumentKind kind)
{
    return kind == DocumentKind::Sna ? sna() : strategy();
}

} // namespace sna
