#pragma once

#include "foundation/Result.h"
#include "import/ColumnMapping.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sna {

class Project;

// Column mappings saved in the project, per partner, so next month's file from the same
// partner imports without mapping it again; and the partner categories' place in the local
// definition of serious violence (which issue 5's analysis reads).
class MappingStore {
    Q_DECLARE_TR_FUNCTIONS(sna::MappingStore)
public:
    explicit MappingStore(Project& project)
        : m_project(project)
    {
    }

    Result<QList<ColumnMapping>> list() const;
    // The saved mapping of `partner` (any partner when empty) that fits the header best; every
    // mapped column must be present.
    Result<std::optional<ColumnMapping>> bestFor(const QString& partner,
                                                 const QStringList& header) const;
    // Inserts or replaces (partner, name). Call inside a transaction when part of an import.
    Status save(const ColumnMapping& mapping);
    // source → category → local category ("" = outside the local definition).
    Status saveCategories(const QString& source, const QMap<QString, QString>& categories);
    Result<QMap<QString, QString>> categories(const QString& source) const;
    static QString partnerSource(const QString& partner)
    {
        return QStringLiteral("partner:") + partner;
    }

private:
    Project& m_project;
};

} // namespace sna
