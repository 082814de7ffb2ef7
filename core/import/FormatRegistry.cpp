#include "import/FormatRegistry.h"

#include "import/formats/ExclusionsImporter.h"
#include "import/formats/FingertipsImporter.h"
#include "import/formats/ImdImporter.h"
#include "import/formats/LookupImporter.h"
#include "import/formats/MappedImporter.h"
#include "import/formats/PoliceOutcomesImporter.h"
#include "import/formats/PoliceStreetImporter.h"
#include "import/formats/PopulationImporter.h"
#include "import/formats/StopSearchImporter.h"
#include "import/formats/WimdImporter.h"

#include <algorithm>

namespace sna {

namespace {
struct Entry {
    const char* id;
    int (*detect)(const HeaderIndex&);
    std::unique_ptr<FormatImporter> (*create)();
};

template<typename T> std::unique_ptr<FormatImporter> make()
{
    return std::make_unique<T>();
}

// In the order `sna help import` lists them.
const Entry kFormats[] = {
    {PoliceStreetImporter::kId, &PoliceStreetImporter::detect, &make<PoliceStreetImporter>},
    {PoliceOutcomesImporter::kId, &PoliceOutcomesImporter::detect, &make<PoliceOutcomesImporter>},
    {StopSearchImporter::kId, &StopSearchImporter::detect, &make<StopSearchImporter>},
    {FingertipsImporter::kId, &FingertipsImporter::detect, &make<FingertipsImporter>},
    {LookupImporter::kId, &LookupImporter::detect, &make<LookupImporter>},
    {PopulationImporter::kId, &PopulationImporter::detect, &make<PopulationImporter>},
    {ImdImporter::kId, &ImdImporter::detect, &make<ImdImporter>},
    {WimdImporter::kId, &WimdImporter::detect, &make<WimdImporter>},
    {ExclusionsImporter::kId, &ExclusionsImporter::detect, &make<ExclusionsImporter>},
};
} // namespace

QStringList FormatRegistry::ids()
{
    QStringList list;
    for (const Entry& entry : kFormats)
        list << QString::fromLatin1(entry.id);
    list << QString::fromLatin1(kMapped);
    return list;
}

QString FormatRegistry::name(const QString& id)
{
    if (id == QLatin1String(kMapped))
        return tr("partner data through a column mapping");
    if (auto importer = create(id); importer)
        return importer->name();
    return id;
}

std::unique_ptr<FormatImporter> FormatRegistry::create(const QString& id,
                                                       const std::optional<ColumnMapping>& mapping)
{
    if (id == QLatin1String(kMapped)) {
        if (!mapping)
            return nullptr;
        return std::make_unique<MappedImporter>(*mapping);
    }
    for (const Entry& entry : kFormats) {
        if (id == QLatin1String(entry.id))
            return entry.create();
    }
    return nullptr;
}

QList<FormatRegistry::Candidate> FormatRegistry::detect(const QStringList& header)
{
    const HeaderIndex index(header);
    QList<Candidate> candidates;
    for (const Entry& entry : kFormats) {
        const int score = entry.detect(index);
        if (score > 0)
            candidates.append({QString::fromLatin1(entry.id), score});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    return candidates;
}

} // namespace sna
