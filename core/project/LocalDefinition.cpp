#include "project/LocalDefinition.h"

namespace sna {

namespace {
struct Kind {
    const char* code;
    const char* label;
    bool required;
};

const Kind kKinds[] = {
    {"homicide", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Homicide"), true},
    {"violence-against-the-person",
     QT_TRANSLATE_NOOP("sna::LocalDefinition", "Violence against the person"), true},
    {"knife-crime", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Knife crime"), true},
    {"gun-crime", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Gun crime"), true},
    {"county-lines",
     QT_TRANSLATE_NOOP("sna::LocalDefinition", "County lines and other crime where violence is "
                                               "inherent"),
     true},
    {"domestic-abuse", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Domestic abuse"), false},
    {"sexual-offences", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Sexual offences"), false},
    {"violence-against-property",
     QT_TRANSLATE_NOOP("sna::LocalDefinition", "Violence against property"), false},
    {"threats-of-violence", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Threats of violence"),
     false},
    {"alcohol-related", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Alcohol-related violence"),
     false},
    {"criminal-exploitation", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Criminal exploitation"),
     false},
    {"modern-slavery", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Modern slavery"), false},
    {"vawg", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Violence against women and girls"), false},
    {"terrorism", QT_TRANSLATE_NOOP("sna::LocalDefinition", "Terrorism"), false},
};
} // namespace

QStringList LocalDefinition::codes()
{
    QStringList list;
    for (const Kind& kind : kKinds)
        list << QString::fromLatin1(kind.code);
    return list;
}

bool LocalDefinition::isKnown(const QString& code)
{
    return codes().contains(code);
}

QStringList LocalDefinition::requiredCodes()
{
    QStringList list;
    for (const Kind& kind : kKinds) {
        if (kind.required)
            list << QString::fromLatin1(kind.code);
    }
    return list;
}

bool LocalDefinition::isRequired(const QString& code)
{
    return requiredCodes().contains(code);
}

QString LocalDefinition::label(const QString& code)
{
    for (const Kind& kind : kKinds) {
        if (code == QLatin1String(kind.code))
            return tr(kind.label);
    }
    return code;
}

Status LocalDefinition::validate(const QStringList& definition)
{
    for (const QString& code : definition) {
        if (!isKnown(code))
            return makeError(
                tr("“%1” is not a kind of violence this version knows; use one of: %2.")
                    .arg(code, codes().join(QStringLiteral(", "))));
    }
    if (definition.contains(terrorismCode()))
        return makeError(tr("Terrorism is excluded from the Serious Violence Duty and cannot be "
                            "part of the local definition (guidance para 30)."));
    return {};
}

QStringList LocalDefinition::missingRequired(const QStringList& definition)
{
    QStringList missing;
    for (const QString& code : requiredCodes()) {
        if (!definition.contains(code))
            missing << code;
    }
    return missing;
}

} // namespace sna
