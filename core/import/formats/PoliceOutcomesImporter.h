#pragma once

#include "import/BatchInsert.h"
#include "import/Dictionary.h"
#include "import/FormatImporter.h"

#include <QHash>

#include <array>
#include <memory>

namespace sna {

// data.police.uk outcomes: the latest outcome of each crime, by Crime ID, month by month. The
// Crime ID joins an outcome to the street-level record of its crime; the import reports how
// many outcomes found their crime in the project.
class PoliceOutcomesImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::PoliceOutcomesImporter)
public:
    static constexpr const char* kId = "police-uk-outcomes";
    static int detect(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
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
        OutcomeType,
        ColumnCount
    };

private:
    std::array<int, ColumnCount> m_index{};
    qsizetype m_expectedFields = 0;
    std::unique_ptr<Dictionary> m_forces, m_outcomes, m_places, m_lsoas;
    std::unique_ptr<BatchInsert> m_insert;
    QHash<QPair<qint64, int>, bool> m_forceMonths;
    QHash<qint64, QString> m_forceNames;
};

} // namespace sna
