#include "import/formats/WimdImporter.h"

namespace sna {

namespace {
int lsoaColumn(const HeaderIndex& header)
{
    const int code = header.find({"lsoa11cd", "LSOA code", "LSOA_code", "lsoa code (2011)"});
    return code >= 0 ? code : header.findPrefix("LSOA code");
}

// A WIMD rank column: names WIMD and not a decile, quintile or quartile.
int rankColumn(const HeaderIndex& header)
{
    for (int i = 0; i < int(header.size()); ++i) {
        const QString& key = header.keyAt(i);
        if (key.contains(QLatin1String("wimd")) && !key.contains(QLatin1String("decile")) &&
            !key.contains(QLatin1String("quintile")) && !key.contains(QLatin1String("quartile")) &&
            !key.contains(QLatin1String("score")))
            return i;
    }
    return -1;
}

int decileColumn(const HeaderIndex& header)
{
    for (int i = 0; i < int(header.size()); ++i) {
        const QString& key = header.keyAt(i);
        if (key.contains(QLatin1String("wimd")) && key.contains(QLatin1String("decile")))
            return i;
    }
    return -1;
}
} // namespace

int WimdImporter::detect(const HeaderIndex& header)
{
    if (lsoaColumn(header) >= 0 && rankColumn(header) >= 0)
        return 100;
    return 0;
}

QString WimdImporter::name() const
{
    return tr("Welsh Index of Multiple Deprivation 2019");
}

Status WimdImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    m_lsoa = lsoaColumn(header);
    m_rank = rankColumn(header);
    if (m_lsoa < 0 || m_rank < 0)
        return missingColumns(fileName, name(),
                              {QStringLiteral("lsoa11cd"), tr("wimd_2019 (the rank)")}, header);
    m_decile = decileColumn(header);
    return {};
}

} // namespace sna
