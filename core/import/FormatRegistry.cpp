#include "import/FormatRegistry.h"

#include "import/formats/PoliceStreetImporter.h"

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

const Entry kFormats[] = {
    {PoliceStreetImporter::kId, &PoliceStreetImporter::detect, &make<PoliceStreetImporter>},
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
    if (auto importer = create(id))
        return importer->name();
    return id;
}

std::unique_ptr<FormatImporter> FormatRegistry::create(const QString& id,
                                                       const std::optional<ColumnMapping>& mapping)
{
    Q_UNUSED(mapping);
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
