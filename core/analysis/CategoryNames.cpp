#include "analysis/CategoryNames.h"

namespace sna {

namespace {
struct Name {
    const char* en;
    const char* cy;
};

const Name kNames[] = {
    {"Anti-social behaviour", "Ymddygiad gwrthgymdeithasol"},
    {"Bicycle theft", "Dwyn beiciau"},
    {"Burglary", "Bwrgleriaeth"},
    {"Criminal damage and arson", "Difrod troseddol a llosgi bwriadol"},
    {"Drugs", "Cyffuriau"},
    {"Other crime", "Troseddau eraill"},
    {"Other theft", "Dwyn arall"},
    {"Possession of weapons", "Meddu ar arfau"},
    {"Public order", "Trefn gyhoeddus"},
    {"Robbery", "Lladrata"},
    {"Shoplifting", "Dwyn o siopau"},
    {"Theft from the person", "Dwyn oddi ar y person"},
    {"Vehicle crime", "Troseddau cerbydau"},
    {"Violence and sexual offences", "Trais a throseddau rhywiol"},
};
} // namespace

BilingualText CategoryNames::of(const QString& category)
{
    for (const Name& name : kNames) {
        if (category.compare(QLatin1String(name.en), Qt::CaseInsensitive) == 0)
            return BilingualText{QString::fromUtf8(name.en), QString::fromUtf8(name.cy)};
    }
    return BilingualText{category, category};
}

} // namespace sna
