#pragma once

#include "document/Document.h"
#include "foundation/Result.h"

#include <QCoreApplication>

namespace sna {

class Project;

class DocumentStore {
    Q_DECLARE_TR_FUNCTIONS(sna::DocumentStore)
public:
    explicit DocumentStore(Project& project)
        : m_project(project)
    {
    }

    Result<Document> load(DocumentKind kind) const;
    // Writes every section of the document in one transaction (or in the caller's).
    Status save(const Document& document, bool inTransaction = false);

private:
    Status write(const Document& document);
    Project& m_project;
};

} // namespace sna
