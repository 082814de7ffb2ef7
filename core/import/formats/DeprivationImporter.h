#pragma once

#include "import/FormatImporter.h"
#include "project/SqliteStatement.h"

#include <QSet>

#include <memory>

namespace sna {

// Deprivation ranks and deciles by LSOA: the base of the English IMD and the Welsh WIMD
// importers. Where a file gives ranks only, deciles are computed from them:
// decile = ceil(rank × 10 / N), N being the number of LSOAs ranked.
class DeprivationImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::DeprivationImporter)
public:
    static int decileOf(int rank, int count);

    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

protected:
    virtual QString measure() const = 0; // "imd2019", "wimd2019"
    virtual int lsoaCount() const = 0;   // LSOAs ranked: 32,844 / 1,909
    virtual char country() const = 0;    // 'E' / 'W'

    int m_lsoa = -1;
    int m_rank = -1;
    int m_decile = -1;

private:
    QSet<QString> m_seen;
    qint64 m_derived = 0;
    std::unique_ptr<SqliteStatement> m_insert;
};

} // namespace sna
