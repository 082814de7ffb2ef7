#include "import/PoliceUkImporter.h"

#include "import/HeaderIndex.h"
#include "import/ImportPipeline.h"
#include "import/formats/PoliceStreetImporter.h"

namespace sna {

bool PoliceUkImporter::recognises(const QStringList& header)
{
    return PoliceStreetImporter::detect(HeaderIndex(header)) > 0;
}

Result<ImportReport> PoliceUkImporter::importFile(const QString& path, const ImportOptions& options)
{
    ImportOptions street = options;
    street.format = QString::fromLatin1(kFormat);
    return ImportPipeline(m_project).run(path, street);
}

} // namespace sna
