#pragma once

#include "import/BatchInsert.h"
#include "import/FormatImporter.h"

#include <array>
#include <memory>

namespace sna {

// OHID Fingertips "download data" exports: one value per indicator, area, sex, age, category
// and period, with confidence limits, count and denominator. Quirks of the real files: CRLF
// records with a bare LF inside a quoted indicator name, and data rows one field shorter than
// the header (the last, empty column is left out). Periods are years ("2015"), financial years
// ("2017/18") or pooled years ("2016 - 18"); an empty value is missing, never zero.
class FingertipsImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::FingertipsImporter)
public:
    static constexpr const char* kId = "fingertips";
    static int detect(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    QString defaultPartner() const override { return QStringLiteral("OHID Fingertips"); }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;
    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

    enum Column {
        IndicatorId,
        IndicatorName,
        AreaCode,
        AreaName,
        AreaType,
        Sex,
        Age,
        CategoryType,
        Category,
        TimePeriod,
        Value,
        LowerCi95,
        UpperCi95,
        Count,
        Denominator,
        ValueNote,
        ColumnCount
    };

private:
    std::array<int, ColumnCount> m_index{};
    QSet<CoverageKey> m_coverage;
    std::unique_ptr<BatchInsert> m_insert;
};

} // namespace sna
