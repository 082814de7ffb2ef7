#pragma once

#include "document/Glossary.h"
#include "foundation/Result.h"

#include <QCoreApplication>

namespace sna {

class Project;

// The project's own glossary terms (additions to and overrides of the bundled set).
class GlossaryStore {
    Q_DECLARE_TR_FUNCTIONS(sna::GlossaryStore)
public:
    explicit GlossaryStore(Project& project)
        : m_project(project)
    {
    }
    Result<QList<GlossaryTerm>> load() const;
    Status save(const QList<GlossaryTerm>& projectTerms, bool inTransaction = false);

private:
    Status write(const QList<GlossaryTerm>& projectTerms);
    Project& m_project;
};

} // namespace sna
