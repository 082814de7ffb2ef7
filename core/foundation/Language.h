#pragma once

#include <QLocale>
#include <QString>

#include <array>
#include <optional>

namespace sna {

// The language of a document or of a block of text in it. The interface language is a
// separate choice (UiLanguage); a Welsh user may export an English document and vice versa.
enum class Lang { En, Cy };

inline constexpr std::array<Lang, 2> kAllLangs{Lang::En, Lang::Cy};

QString langCode(Lang lang);                           // "en" / "cy"
std::optional<Lang> langFromCode(const QString& code); // accepts "en", "cy", "en_GB", "cy-GB"
QLocale localeFor(Lang lang);                          // en_GB / cy_GB
Lang otherLang(Lang lang);

} // namespace sna
