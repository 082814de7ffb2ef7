#pragma once

#include "import/FormatImporter.h"
#include "project/SqliteStatement.h"

#include <QList>

#include <memory>

namespace sna {

// ONS geography lookups: LSOA (2011 or 2021) → ward → local authority → Community Safety
// Partnership → police force area, in any combination and with any year suffix ("LSOA11CD",
// "LAD19CD", "CSP21CD", "PFA23NM", Welsh names in "…NMW"); an FID column may be anywhere and
// is ignored. Every area in a row is linked to every coarser area in it.
class LookupImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::LookupImporter)
public:
    static constexpr const char* kId = "lookup";
    static int detect(const HeaderIndex& header);

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    QString defaultPartner() const override { return QStringLiteral("ONS"); }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;
    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

    struct Level {
        QString level; // lsoa, ward, lad, utla, csp, pfa …
        int year = 0;
        int rank = 0; // finer first
        int codeColumn = -1;
        int nameColumn = -1;
        int welshNameColumn = -1;
    };
    // The geography levels a header's columns name (empty when none).
    static QList<Level> levels(const HeaderIndex& header);

private:
    QList<Level> m_levels;
    QString m_signature;
    std::unique_ptr<SqliteStatement> m_name;
    std::unique_ptr<SqliteStatement> m_link;
};

} // namespace sna
