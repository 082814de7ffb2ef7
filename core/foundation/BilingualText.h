#pragma once

#include "foundation/Language.h"

#include <QString>

namespace sna {

// Every text a user sees in a document exists in English and in Welsh.
struct BilingualText {
    QString en;
    QString cy;
    const QString& in(Lang lang) const { return lang == Lang::Cy ? cy : en; }
    QString& in(Lang lang) { return lang == Lang::Cy ? cy : en; }
    friend bool operator==(const BilingualText&, const BilingualText&) = default;
};

} // namespace sna
