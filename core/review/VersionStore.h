#pragma once

#include "document/Document.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace sna {

class Project;

// A named version of a document ("Draft 1 for CSP review", "Final — Cabinet 12 Jan"): the whole
// document as it was, kept in the project file.
struct DocumentVersion {
    QString name;
    QDateTime createdAt; // UTC
    QString createdBy;
    Document document;
};

// Named versions of the strategy and the SNA. A version is never changed once taken: it is the
// record of what the document said, which sign-off refers to.
class VersionStore {
    Q_DECLARE_TR_FUNCTIONS(sna::VersionStore)
public:
    explicit VersionStore(Project& project)
        : m_project(project)
    {
    }

    // Refused when the name is empty or already used for this document.
    Result<DocumentVersion> snapshot(const Document& document, const QString& name,
                                     const QString& createdBy = {});
    // Oldest first; the documents are loaded too (they are small).
    Result<QList<DocumentVersion>> list(DocumentKind kind) const;
    Result<DocumentVersion> load(DocumentKind kind, const QString& name) const;

    static QJsonObject toJson(const Document& document);
    static Document fromJson(DocumentKind kind, const QJsonObject& json);

private:
    Project& m_project;
};

} // namespace sna
