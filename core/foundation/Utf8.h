#pragma once

#include "foundation/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sna {

// Strict UTF-8 decoding for text that users bring in (section text, translation packs). Invalid
// input is refused, never repaired with replacement characters, and the error names the first
// bad byte so the user can find it.
class Utf8 {
    Q_DECLARE_TR_FUNCTIONS(sna::Utf8)
public:
    // Offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
    // and code points above U+10FFFF are not well-formed), or -1 when all of it is.
    static qsizetype firstInvalidByte(const QByteArray& bytes);

    // Decodes `bytes`, dropping a leading byte-order mark. `what` names the input in the error
    // ("“notes.md”").
    static Result<QString> decode(const QByteArray& bytes, const QString& what);
};

} // namespace sna
