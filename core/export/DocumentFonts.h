#pragma once

#include "foundation/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

namespace sna {

// The typeface every exported document uses, for both languages alike (Welsh Language
// Standards: same typeface, size and prominence). It must be installed and cover every Welsh
// letter; it is embedded in the PDF.
class DocumentFonts {
    Q_DECLARE_TR_FUNCTIONS(sna::DocumentFonts)
public:
    static QStringList preferredFamilies(); // Noto Sans, then DejaVu Sans
    static QString welshLetters();
    static Result<QString> resolveFamily(const QStringList& candidates = preferredFamilies());
    // A font that never forms ligatures: "ff" and "ll" are letters in Welsh and must be
    // extracted from the PDF as written.
    static QFont font(const QString& family, qreal pointSize, bool bold = false,
                      bool italic = false);
};

} // namespace sna
