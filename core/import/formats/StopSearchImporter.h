#pragma once

#include "import/BatchInsert.h"
#include "import/FormatImporter.h"

#include <array>
#include <memory>

namespace sna {

// data.police.uk stop and search: one row per search. Its labels and True/False values have
// changed between years ("Officer-defined ethnicity" / "Officer defined ethnicity", "Suspect
// arrested" / "Arrest", True / TRUE / true …): columns are matched by name whatever their
// punctuation, flags in any spelling, and outcomes get a stable code beside their label. The
// files carry no force: the force comes from the partner or the file name
// ("2019-01-leicestershire-stop-and-search.csv").
class StopSearchImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::StopSearchImporter)
public:
    static constexpr const char* kId = "stop-search";
    static int detect(const HeaderIndex& header);
    static QString outcomeCode(const QString& outcome); // "arrest", "no-further-action" …
    static QString ageRange(const QString& label);      // "over 34", "18-24" …

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    QString defaultPartner() const override { return QStringLiteral("data.police.uk"); }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;
    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

    enum Column {
        Type,
        Date,
        PartOfOperation,
        OperationName,
        Latitude,
        Longitude,
        Gender,
        AgeRange,
        SelfEthnicity,
        OfficerEthnicity,
        Legislation,
        ObjectOfSearch,
        Outcome,
        OutcomeLinked,
        OuterClothing,
        ColumnCount
    };

private:
    std::array<int, ColumnCount> m_index{};
    QString m_source;
    QSet<int> m_months;
    std::unique_ptr<BatchInsert> m_insert;
};

} // namespace sna
