#pragma once

#include "import/formats/DeprivationImporter.h"

namespace sna {

// The Welsh Index of Multiple Deprivation 2019 by LSOA (2011 LSOAs), e.g.
// "lsoa11cd, lsoa11nm, ladcd, ladnm, ladnmw, wimd_2019, FID" where wimd_2019 is the rank
// (1,909 LSOAs ranked), or a file with a "WIMD 2019 overall rank" and a decile column.
class WimdImporter : public DeprivationImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::WimdImporter)
public:
    static constexpr const char* kId = "wimd";
    static constexpr int kLsoas = 1909;
    static int detect(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    QString defaultPartner() const override { return QStringLiteral("Welsh Government"); }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;

protected:
    QString measure() const override { return QStringLiteral("wimd2019"); }
    int lsoaCount() const override { return kLsoas; }
    char country() const override { return 'W'; }
};

} // namespace sna
