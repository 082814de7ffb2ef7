#include "analysis/ViolenceDefinition.h"

#include <QSet>

namespace sna {

namespace {
struct ScopeInfo {
    ViolenceScope scope;
    const char* code;
    const char* label;
};

const ScopeInfo kScopes[] = {
    {ViolenceScope::Homicide, "homicide", QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Homicide")},
    {ViolenceScope::ViolenceAgainstPerson, "violence-against-the-person",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes",
                       "Violence against the person, including knife and gun crime")},
    {ViolenceScope::ViolenceInherent, "violence-inherent",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes",
                       "Crime where violence is inherent (robbery, gangs, county lines)")},
    {ViolenceScope::Weapons, "weapons",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Possession of weapons")},
    {ViolenceScope::DomesticAbuse, "domestic-abuse",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Domestic abuse")},
    {ViolenceScope::SexualOffences, "sexual-offences",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Sexual offences")},
    {ViolenceScope::ViolenceAgainstProperty, "violence-against-property",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Violence against property")},
    {ViolenceScope::ThreatsOfViolence, "threats",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Threats of violence")},
    {ViolenceScope::AlcoholRelated, "alcohol-related",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Alcohol-related violence")},
    {ViolenceScope::CriminalExploitation, "criminal-exploitation",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Criminal exploitation")},
    {ViolenceScope::ModernSlavery, "modern-slavery",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Modern slavery")},
    {ViolenceScope::Vawg, "vawg",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Violence against women and girls")},
    {ViolenceScope::Terrorism, "terrorism", QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Terrorism")},
    {ViolenceScope::Other, "other",
     QT_TRANSLATE_NOOP("sna::ViolenceScopes", "Other serious violence")},
};

const ScopeInfo& infoOf(ViolenceScope scope)
{
    for (const ScopeInfo& info : kScopes) {
        if (info.scope == scope)
            return info;
    }
    return kScopes[std::size(kScopes) - 1];
}

DefinitionCategory makeCategory(const char* id, ViolenceScope scope, const char* en, const char* cy,
                                const char* whyEn, const char* whyCy, bool included = true)
{
    return DefinitionCategory{
        QString::fromLatin1(id), scope, BilingualText{QString::fromUtf8(en), QString::fromUtf8(cy)},
        BilingualText{QString::fromUtf8(whyEn), QString::fromUtf8(whyCy)}, included};
}
} // namespace

QString ViolenceScopes::code(ViolenceScope scope)
{
    return QString::fromLatin1(infoOf(scope).code);
}

std::optional<ViolenceScope> ViolenceScopes::fromCode(const QString& code)
{
    for (const ScopeInfo& info : kScopes) {
        if (code == QLatin1String(info.code))
            return info.scope;
    }
    return std::nullopt;
}

QString ViolenceScopes::label(ViolenceScope scope)
{
    return tr(infoOf(scope).label);
}

QList<ViolenceScope> ViolenceScopes::all()
{
    QList<ViolenceScope> scopes;
    for (const ScopeInfo& info : kScopes)
        scopes.append(info.scope);
    return scopes;
}

QList<ViolenceScope> ViolenceScopes::required()
{
    return {ViolenceScope::Homicide, ViolenceScope::ViolenceAgainstPerson,
            ViolenceScope::ViolenceInherent};
}

const DefinitionCategory* ViolenceDefinition::category(const QString& id) const
{
    for (const DefinitionCategory& c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Status ViolenceDefinition::validate() const
{
    QSet<QString> ids;
    for (const DefinitionCategory& c : categories) {
        if (c.id.isEmpty() || ids.contains(c.id))
            return makeError(
                tr("Every category of the definition needs its own identifier (“%1” is "
                   "empty or repeated).")
                    .arg(c.id));
        ids.insert(c.id);
        if (c.included && c.scope == ViolenceScope::Terrorism)
            return makeError(
                tr("The definition includes “%1”, which is terrorism: the Serious Violence "
                   "Duty excludes terrorism (statutory guidance, para 30).")
                    .arg(c.name.en));
    }
    for (ViolenceScope scope : ViolenceScopes::required()) {
        const bool present =
            std::any_of(categories.begin(), categories.end(), [&](const DefinitionCategory& c) {
                return c.included && c.scope == scope;
            });
        if (!present)
            return makeError(
                tr("The definition leaves out “%1”: every local definition must include a "
                   "focus on public-space youth violence — homicide, violence against the "
                   "person including knife and gun crime, and crime where violence is "
                   "inherent (statutory guidance, para 32).")
                    .arg(ViolenceScopes::label(scope)));
    }
    QSet<QPair<QString, QString>> seen;
    for (const CategoryMapping& m : mappings) {
        if (!m.categoryId.isEmpty() && !ids.contains(m.categoryId))
            return makeError(
                tr("“%1” from %2 is mapped to “%3”, which is not a category of the definition.")
                    .arg(m.sourceCategory, m.source, m.categoryId));
        if (seen.contains({m.source, m.sourceCategory}))
            return makeError(tr("“%1” from %2 is mapped twice.").arg(m.sourceCategory, m.source));
        seen.insert({m.source, m.sourceCategory});
    }
    return {};
}

std::optional<QString> ViolenceDefinition::mappingFor(const QString& source,
                                                      const QString& sourceCategory) const
{
    for (const CategoryMapping& m : mappings) {
        if (m.source == source && m.sourceCategory == sourceCategory)
            return notNull(m.categoryId);
    }
    return std::nullopt;
}

bool ViolenceDefinition::counts(const QString& source, const QString& sourceCategory) const
{
    const auto id = mappingFor(source, sourceCategory);
    if (!id || id->isEmpty())
        return false;
    const DefinitionCategory* c = category(*id);
    return c && c->included;
}

QStringList ViolenceDefinition::unmapped(const QString& source,
                                         const QStringList& sourceCategories) const
{
    QStringList result;
    for (const QString& name : sourceCategories) {
        if (!mappingFor(source, name))
            result.append(name);
    }
    return result;
}

ViolenceDefinition ViolenceDefinition::defaults()
{
    ViolenceDefinition d;
    const char* penalty = "High maximum penalties, severe and lasting harm to victims, and a large "
                          "effect on how safe communities feel.";
    const char* penaltyCy =
        "Cosbau uchaf uchel, niwed difrifol a pharhaol i ddioddefwyr, ac effaith "
        "fawr ar ba mor ddiogel mae cymunedau’n teimlo.";
    d.categories = {
        makeCategory(
            "homicide", ViolenceScope::Homicide, "Homicide", "Lladdiad",
            "The most serious harm; a national success measure (guidance para 310).",
            "Y niwed mwyaf difrifol; un o’r mesurau llwyddiant cenedlaethol (paragraff 310 o’r "
            "canllawiau)."),
        makeCategory("violence-against-the-person", ViolenceScope::ViolenceAgainstPerson,
                     "Violence against the person, including knife and gun crime",
                     "Trais yn erbyn y person, gan gynnwys troseddau cyllyll a gynnau", penalty,
                     penaltyCy),
        makeCategory(
            "robbery", ViolenceScope::ViolenceInherent,
            "Robbery and crime where violence is inherent",
            "Lladrata a throseddau lle mae trais yn gynhenid",
            "Violence or its threat is part of the offence; linked to gangs and county lines.",
            "Mae trais neu’r bygythiad ohono’n rhan o’r drosedd; yn gysylltiedig â gangiau a "
            "llinellau cyffuriau."),
        makeCategory(
            "weapons", ViolenceScope::Weapons, "Possession of weapons", "Meddu ar arfau",
            "Carrying weapons makes serious injury more likely and is a local priority.",
            "Mae cario arfau’n gwneud anaf difrifol yn fwy tebygol ac mae’n flaenoriaeth leol."),
        makeCategory(
            "domestic-abuse", ViolenceScope::DomesticAbuse, "Domestic abuse", "Cam-drin domestig",
            "High prevalence and lasting impact on victims and children in the household.",
            "Mae’n gyffredin ac yn cael effaith barhaol ar ddioddefwyr ac ar blant yn y cartref."),
        makeCategory("sexual-offences", ViolenceScope::SexualOffences, "Sexual offences",
                     "Troseddau rhywiol", "Severe impact on victims; often unreported.",
                     "Effaith ddifrifol ar ddioddefwyr; yn aml heb ei adrodd."),
    };
    const QString police = QString::fromLatin1(kPoliceSource);
    auto map = [&](const char* name, const char* id) {
        d.mappings.append(
            CategoryMapping{police, QString::fromLatin1(name), QString::fromLatin1(id)});
    };
    // data.police.uk does not split violence from sexual offences: the combined category goes to
    // violence against the person, which partnerships can change.
    map("Violence and sexual offences", "violence-against-the-person");
    map("Robbery", "robbery");
    map("Possession of weapons", "weapons");
    for (const char* excluded :
         {"Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson",
          "Drugs", "Other crime", "Other theft", "Public order", "Shoplifting",
          "Theft from the person", "Vehicle crime"})
        map(excluded, "");
    return d;
}

} // namespace sna
