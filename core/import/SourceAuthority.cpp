#include "import/SourceAuthority.h"

namespace sna {

namespace {
struct Kind {
    const char* code;
    const char* label;
};
const Kind kKinds[] = {
    {"police", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Police")},
    {"probation", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Probation service")},
    {"youth-justice", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Youth justice service")},
    {"fire", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Fire and rescue")},
    {"health", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Health body")},
    {"social-care", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Social care")},
    {"local-authority", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Local authority")},
    {"education", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Education")},
    {"prison", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Prison or youth custody")},
    {"voluntary", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Voluntary sector")},
    {"public-data", QT_TRANSLATE_NOOP("sna::SourceAuthorities", "Published open data")},
};
} // namespace

QStringList SourceAuthorities::codes()
{
    QStringList list;
    for (const Kind& kind : kKinds)
        list << QString::fromLatin1(kind.code);
    return list;
}

bool SourceAuthorities::isKnown(const QString& code)
{
    return codes().contains(code);
}

QString SourceAuthorities::label(const QString& code)
{
    for (const Kind& kind : kKinds) {
        if (code == QLatin1String(kind.code))
            return tr(kind.label);
    }
    return code;
}

bool SourceAuthorities::mustBeAnonymous(const QString& code)
{
    return code == QLatin1String("health") || code == QLatin1String("social-care");
}

bool SourceAuthorities::allowsIstvLevel(const QString& code, int level)
{
    if (level < 0 || level > 3)
        return false;
    return !(level == 3 && mustBeAnonymous(code));
}

} // namespace sna
