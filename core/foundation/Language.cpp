#include "foundation/Language.h"

namespace sna {

QString langCode(Lang lang)
{
    return lang == Lang::Cy ? QStringLiteral("cy") : QStringLiteral("en");
}

std::optional<Lang> langFromCode(const QString& code)
{
    const QString prefix = code.trimmed().left(2).toLower();
    if (prefix == QLatin1String("en"))
        return Lang::En;
    if (prefix == QLatin1String("cy"))
        return Lang::Cy;
    return std::nullopt;
}

QLocale localeFor(Lang lang)
{
    return lang == Lang::Cy ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Lang otherLang(Lang lang)
{
    return lang == Lang::Cy ? Lang::En : Lang::Cy;
}

} // namespace sna
