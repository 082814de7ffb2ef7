#pragma once

#include "import/formats/DeprivationImporter.h"

namespace sna {

// The English Index of Multiple Deprivation 2019 by LSOA (2011 LSOAs): the full "File 7" with
// its long column names ("LSOA code (2011)", "Index of Multiple Deprivation (IMD) Rank (where 1
// is most deprived)", "… Decile (where 1 is most deprived 10% of LSOAs)"), or the ONS lookup
// "LSOA11CD, LSOA11NM, LAD19CD, LAD19NM, IMD19, FID" where IMD19 is the rank.
class ImdImporter : public DeprivationImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::ImdImporter)
public:
    static constexpr const char* kId = "imd";
    static constexpr int kLsoas = 32844;
    static int detect(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    QString defaultPartner() const override
    {
        return QStringLiteral("Ministry of Housing, Communities and Local Government");
    }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;

protected:
    QString measure() const override { return QStringLiteral("imd2019"); }
    int lsoaCount() const override { return kLsoas; }
    char country() const override { return 'E'; }
};

} // namespace sna
