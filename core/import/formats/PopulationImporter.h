#pragma once

#include "import/BatchInsert.h"
#include "import/FormatImporter.h"

#include <QList>

#include <memory>

namespace sna {

// ONS population estimates by area (LSOA or local authority), sex and age. Either wide, as
// ONS publishes them (one row per area: "Total", then single years "F0" … "F90", "M0" … "M90",
// or bands such as "Aged 0 to 4", "F10-17", "90+"), or long (area, sex, age or age band,
// population). The year comes from a Year column or else from the file name. ONS's top single
// year ("F90") is 90 and over.
class PopulationImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::PopulationImporter)
public:
    static constexpr const char* kId = "population";
    static int detect(const HeaderIndex& header);

    struct AgeColumn {
        int column = -1;
        char sex = 'P'; // F, M or P (persons)
        int from = 0;
        int to = -1; // -1: open-ended
        bool total = false;
    };
    // The age/sex columns of a wide file.
    static QList<AgeColumn> ageColumns(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    QString defaultPartner() const override { return QStringLiteral("ONS"); }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;
    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

private:
    static int codeColumn(const HeaderIndex& header);
    RowOutcome store(const QString& area, const QString& level, int year, char sex, int from,
                     int to, double n, qint64 line);

    int m_code = -1;
    int m_year = -1;
    int m_fileYear = 0;
    QList<AgeColumn> m_ages;
    // Long layout.
    int m_sex = -1, m_age = -1, m_value = -1;
    QString m_levelHint;
    QSet<QPair<QString, int>> m_levelYears;
    std::unique_ptr<BatchInsert> m_insert;
};

} // namespace sna
