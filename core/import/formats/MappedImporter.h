#pragma once

#include "import/BatchInsert.h"
#include "import/ColumnMapping.h"
#include "import/FormatImporter.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace sna {

// Any other partner CSV, through a column mapping onto the canonical fields (date or period,
// area code and its level, category, count — or one row per record —, age or age band, sex,
// location type, weapon and domestic-abuse flags; free text is recognised and never kept).
// Each row is checked (a bad date, an unknown area code, a negative count …) and stored in
// partner_record with the partner's own category.
class MappedImporter : public FormatImporter {
    Q_DECLARE_TR_FUNCTIONS(sna::MappedImporter)
public:
    static constexpr const char* kId = "mapped";

    explicit MappedImporter(ColumnMapping mapping)
        : m_mapping(std::move(mapping))
    {
    }

    QString id() const override { return QString::fromLatin1(kId); }
    QString name() const override;
    int version() const override { return 1; }
    QString defaultAuthorityType() const override { return m_mapping.authorityType; }
    QString defaultPartner() const override { return m_mapping.partner; }
    QString defaultBasis() const override { return m_mapping.sharingBasis; }
    Status resolve(const HeaderIndex& header, const QString& fileName) override;
    Status begin(ImportContext& context) override;
    RowOutcome row(const std::vector<std::string_view>& fields, qint64 line,
                   RowProblem& problem) override;
    Status finish(ImportContext& context) override;

private:
    int column(CanonicalField field) const { return m_columns.value(int(field), -1); }
    const ColumnMapping::Column* mapped(CanonicalField field) const
    {
        return m_mapping.columnFor(field);
    }
    QString translated(CanonicalField field, const QString& value) const;
    std::optional<qint64> categoryId(const QString& name);

    ColumnMapping m_mapping;
    QHash<int, int> m_columns; // canonical field → file column
    QString m_source;          // "partner:NAME"
    QSet<QString> m_knownAreas;
    QSet<QString> m_levelsWithLookup;
    QHash<QString, qint64> m_categories;
    QSet<QString> m_unmapped;
    qint64 m_provisional = -1;
    QSet<QPair<int, int>> m_spans;
    std::unique_ptr<BatchInsert> m_insert;
};

} // namespace sna
