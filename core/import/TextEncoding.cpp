#include "import/TextEncoding.h"

namespace sna {

QString textEncodingCode(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (c == QLatin1String("utf-8") || c == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (c == QLatin1String("windows-1252") || c == QLatin1String("cp1252") ||
        c == QLatin1String("win1252"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

} // namespace sna
