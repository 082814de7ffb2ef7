#pragma once

#include "import/BatchInsert.h"
#include "import/CountTable.h"
#include "import/Dictionary.h"
#include "import/FormatImporter.h"

#include <QHash>

#include <array>
#include <map>
#include <memory>

namespace sna {

// data.police.uk street-level crime: one row per crime or anti-social behaviour incident.
// Quirks: anti-social behaviour rows have no Crime ID and no outcome; "No Location" rows have
// no coordinates and no LSOA; several forces and months may share a file; LSOA codes are 2011
// or 2021. Records are kept row by row (the Crime ID joins outcomes to crimes), and the
// per-month, per-category, per-LSOA totals that summaries read are counted while parsing.
class PoliceStreetImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::PoliceStreetImporter)
public:
    static constexpr const char* kId = "police-uk";
    static int detect(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    int version() const override { return 2; }
    QString defaultPartner() const override { return QStringLiteral("data.police.uk"); }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;
    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

    enum Column {
        CrimeId,
        Month,
        ReportedBy,
        FallsWithin,
        Longitude,
        Latitude,
        Location,
        LsoaCode,
        LsoaName,
        CrimeType,
        Outcome,
        Context,
        ColumnCount
    };

private:
    std::array<int, ColumnCount> m_index{};
    qsizetype m_expectedFields = 0;
    std::unique_ptr<Dictionary> m_forces, m_categories, m_outcomes, m_places, m_lsoas;
    std::unique_ptr<BatchInsert> m_insert;
    std::map<int, CountTable> m_counts; // month → (category, LSOA) → records
    CountTable* m_monthCounts = nullptr;
    int m_countMonth = 0;
    QHash<QPair<qint64, int>, bool> m_forceMonths; // coverage: (force, month)
    QHash<qint64, QString> m_forceNames;
};

} // namespace sna
