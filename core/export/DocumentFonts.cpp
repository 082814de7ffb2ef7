#include "export/DocumentFonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>

namespace sna {

QStringList DocumentFonts::preferredFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
}

QString DocumentFonts::welshLetters()
{
    return QStringLiteral("âêîôûŵŷÂÊÎÔÛŴŶáéíóúẃýÁÉÍÓÚẂÝàèìòùẁỳÀÈÌÒÙẀỲäëïöüẅÿÄËÏÖÜẄŸ’");
}

Result<QString> DocumentFonts::resolveFamily(const QStringList& candidates)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : candidates) {
        if (!installed.contains(family, Qt::CaseInsensitive))
            continue;
        const QRawFont raw = QRawFont::fromFont(QFont(family, 11));
        bool coversWelsh = raw.isValid();
        for (const QChar letter : welshLetters())
            coversWelsh = coversWelsh && raw.supportsCharacter(letter);
        if (coversWelsh)
            return family;
    }
    return makeError(tr("No font for documents is installed. SNA Studio needs “%1” (Debian "
                        "package fonts-noto-core) or “%2” (fonts-dejavu-core), which cover every "
                        "Welsh letter.")
                         .arg(candidates.value(0), candidates.value(1)));
}

QFont DocumentFonts::font(const QString& family, qreal pointSize, bool bold, bool italic)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setKerning(true);
    return font;
}

} // namespace sna
