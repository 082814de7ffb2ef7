#pragma once

#include "foundation/Language.h"

#include <QObject>
#include <QTranslator>

#include <memory>
#include <optional>

namespace sna {

// Installs the interface translation and switches it at run time. Installing a new translator
// makes Qt send QEvent::LanguageChange to every widget, which re-translates itself, so a switch
// needs no restart.
class UiLanguage : public QObject {
    Q_OBJECT
public:
    static UiLanguage& instance();

    // Order of precedence: an explicit --ui-lang, then the saved setting, then LANGUAGE /
    // LC_ALL / LC_MESSAGES / LANG, then English.
    static Lang resolve(std::optional<Lang> commandLine, std::optional<Lang> saved);
    static std::optional<Lang> fromEnvironment();

    void apply(Lang lang);
    Lang current() const { return m_current; }

Q_SIGNALS:
    void changed(sna::Lang lang);

private:
    UiLanguage() = default;
    Lang m_current = Lang::En;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace sna
