#pragma once

#include "foundation/Language.h"
#include "import/DatasetStore.h"

#include <QList>
#include <QString>

namespace sna {

// The SNA's data-sources annex, generated from the provenance of every dataset: what each
// source is, who sent it, of what kind, the period, the sharing basis, the ISTV level, when it
// was received, the rows kept and the file's hash. Document text: in the document's language,
// not the interface's (as FixedText).
class DataSourcesAnnex {
public:
    // A Markdown list (one item per dataset), or a sentence when the project holds no data.
    static QString markdown(const QList<DatasetInfo>& datasets, Lang lang);
    static QString formatName(const QString& format, Lang lang);
    static QString sourceKind(const QString& authorityType, Lang lang);
};

} // namespace sna
