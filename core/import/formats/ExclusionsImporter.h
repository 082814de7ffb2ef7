#pragma once

#include "import/BatchInsert.h"
#include "import/FormatImporter.h"

#include <QList>

#include <memory>

namespace sna {

// Suspensions and permanent exclusions by local authority, as the DfE publishes them
// ("time_period, time_identifier, geographic_level, … new_la_code, la_name, education_phase,
// num_schools, headcount, perm_excl, perm_excl_rate, suspension, …"; older releases
// "year, level, …, la_name, school_type, …" with "201516"-style academic years) or as a
// StatsWales-style table (area code, year code, "Data" and note codes). Every measure becomes a
// row of its own. "x", "c", "z", "low" and other marks are suppressed or unavailable values:
// stored as missing with their mark, never as zero.
class ExclusionsImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::ExclusionsImporter)
public:
    static constexpr const char* kId = "exclusions";
    static int detect(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    QString defaultPartner() const override;
    Status resolve(const HeaderIndex& header, const QString& fileName) override;
    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

private:
    enum class Layout { DfeCurrent, DfeOlder, StatsWales };
    static bool isMeasure(const QString& key);
    static bool isStatsWales(const HeaderIndex& header);

    Layout m_layout = Layout::DfeCurrent;
    int m_period = -1, m_timeIdentifier = -1, m_level = -1;
    int m_laCode = -1, m_oldLaCode = -1, m_laName = -1;
    int m_regionCode = -1, m_regionName = -1, m_countryCode = -1, m_countryName = -1;
    int m_data = -1, m_notes = -1;
    QList<int> m_measures;
    QList<int> m_dimensions;
    QSet<CoverageKey> m_coverage;
    qint64 m_suppressed = 0;
    std::unique_ptr<BatchInsert> m_insert;
};

} // namespace sna
