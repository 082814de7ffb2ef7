#include "foundation/UiLanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace sna {

UiLanguage& UiLanguage::instance()
{
    static UiLanguage language;
    return language;
}

std::optional<Lang> UiLanguage::fromEnvironment()
{
    // LANGUAGE is a colon-separated priority list (GNU gettext); the first entry we know wins.
    const QString languageList = qEnvironmentVariable("LANGUAGE");
    for (const QString& entry : languageList.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (auto lang = langFromCode(entry))
            return lang;
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        return langFromCode(value); // the first one set decides, as in POSIX
    }
    return std::nullopt;
}

Lang UiLanguage::resolve(std::optional<Lang> commandLine, std::optional<Lang> saved)
{
    if (commandLine)
        return *commandLine;
    if (saved)
        return *saved;
    return fromEnvironment().value_or(Lang::En);
}

void UiLanguage::apply(Lang lang)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    // The catalogues are compiled into the executable (see translations/CMakeLists.txt).
    // English loads a catalogue too: it carries the English plural forms.
    if (translator->load(QStringLiteral(":/i18n/sna_%1.qm").arg(langCode(lang)))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
    m_current = lang;
    QLocale::setDefault(localeFor(lang));
    Q_EMIT changed(lang);
}

} // namespace sna
