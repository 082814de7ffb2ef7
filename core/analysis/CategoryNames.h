#pragma once

#include "foundation/BilingualText.h"

namespace sna {

// data.police.uk crime categories in English and Welsh; a category this table does not know
// keeps its own name in both languages.
class CategoryNames {
public:
    static BilingualText of(const QString& category);
};

} // namespace sna
