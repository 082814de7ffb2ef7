#include "import/formats/ImdImporter.h"

#include <QRegularExpression>

namespace sna {

namespace {
int rankColumn(const HeaderIndex& header)
{
    const int file7 = header.findPrefix("Index of Multiple Deprivation (IMD) Rank");
    if (file7 >= 0)
        return file7;
    static const QRegularExpression ons(QStringLiteral("^imd\\d{2}$"));
    for (int i = 0; i < int(header.size()); ++i) {
        if (ons.match(header.keyAt(i)).hasMatch())
            return i;
    }
    return -1;
}

int lsoaColumn(const HeaderIndex& header)
{
    const int file7 = header.findPrefix("LSOA code");
    return file7 >= 0 ? file7 : header.find({"LSOA11CD", "lsoa11cd"});
}
} // namespace

int ImdImporter::detect(const HeaderIndex& header)
{
    if (lsoaColumn(header) >= 0 && rankColumn(header) >= 0)
        return 100;
    return 0;
}

QString ImdImporter::name() const
{
    return tr("English Index of Multiple Deprivation 2019");
}

Status ImdImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    m_lsoa = lsoaColumn(header);
    m_rank = rankColumn(header);
    if (m_lsoa < 0 || m_rank < 0)
        return missingColumns(fileName, name(),
                              {QStringLiteral("LSOA code (2011) or LSOA11CD"),
                               QStringLiteral("Index of Multiple Deprivation (IMD) Rank or IMD19")},
                              header);
    m_decile = header.findPrefix("Index of Multiple Deprivation (IMD) Decile");
    return {};
}

} // namespace sna
