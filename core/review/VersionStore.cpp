#include "review/VersionStore.h"

#include "document/DocumentTemplates.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace sna {

namespace {
QJsonObject bilingual(const BilingualText& text)
{
    return QJsonObject{{QStringLiteral("en"), text.en}, {QStringLiteral("cy"), text.cy}};
}

BilingualText bilingualFrom(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return BilingualText{object.value(QStringLiteral("en")).toString(),
                         object.value(QStringLiteral("cy")).toString()};
}
} // namespace

QJsonObject VersionStore::toJson(const Document& document)
{
    QJsonArray sections;
    for (const Section& section : document.sections()) {
        QJsonArray items;
        for (const EmbeddedItem& item : section.items)
            items.append(QJsonObject{{QStringLiteral("kind"), item.kind},
                                     {QStringLiteral("ref"), item.reference}});
        sections.append(QJsonObject{
            {QStringLiteral("id"), section.id},
            {QStringLiteral("title"), bilingual(section.title)},
            {QStringLiteral("body"), bilingual(section.body)},
            {QStringLiteral("source"), langCode(section.sourceLanguage)},
            {QStringLiteral("rev_en"), section.revisionEn},
            {QStringLiteral("rev_cy"), section.revisionCy},
            {QStringLiteral("items"), items},
            {QStringLiteral("level"), section.level},
            {QStringLiteral("sensitive"), section.sensitive},
            {QStringLiteral("not_applicable"), section.notApplicable},
            {QStringLiteral("reason"), bilingual(section.notApplicableReason)},
            {QStringLiteral("reason_rev_en"), section.reasonRevisionEn},
            {QStringLiteral("reason_rev_cy"), section.reasonRevisionCy},
            {QStringLiteral("merged"), QJsonArray::fromStringList(section.merged)},
        });
    }
    return QJsonObject{{QStringLiteral("document"), documentId(document.kind())},
                       {QStringLiteral("sections"), sections}};
}

Document VersionStore::fromJson(DocumentKind kind, const QJsonObject& json)
{
    QList<Section> sections;
    const Document blank = DocumentTemplates::forKind(kind);
    for (const QJsonValue& value : json.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject object = value.toObject();
        Section section;
        section.id = object.value(QStringLiteral("id")).toString();
        section.title = bilingualFrom(object.value(QStringLiteral("title")));
        section.body = bilingualFrom(object.value(QStringLiteral("body")));
        section.sourceLanguage =
            langFromCode(object.value(QStringLiteral("source")).toString()).value_or(Lang::En);
        section.revisionEn = object.value(QStringLiteral("rev_en")).toInt();
        section.revisionCy = object.value(QStringLiteral("rev_cy")).toInt();
        for (const QJsonValue& item : object.value(QStringLiteral("items")).toArray())
            section.items.append(
                EmbeddedItem{item.toObject().value(QStringLiteral("kind")).toString(),
                             item.toObject().value(QStringLiteral("ref")).toString()});
        section.level =
            std::clamp(object.value(QStringLiteral("level")).toInt(1), 1, Section::kMaxLevel);
        section.sensitive = object.value(QStringLiteral("sensitive")).toBool();
        section.notApplicable = object.value(QStringLiteral("not_applicable")).toBool();
        section.notApplicableReason = bilingualFrom(object.value(QStringLiteral("reason")));
        section.reasonRevisionEn = object.value(QStringLiteral("reason_rev_en")).toInt();
        section.reasonRevisionCy = object.value(QStringLiteral("reason_rev_cy")).toInt();
        for (const QJsonValue& id : object.value(QStringLiteral("merged")).toArray())
            section.merged << id.toString();
        // As DocumentStore does: the guidance reference belongs to the template.
        if (const Section* fromTemplate = blank.section(section.id))
            section.guidanceRef = fromTemplate->guidanceRef;
        sections.append(section);
    }
    Document document(kind);
    document.setSections(sections);
    return document;
}

Result<DocumentVersion> VersionStore::snapshot(const Document& document, const QString& name,
                                               const QString& createdBy)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("A version needs a name."));
    if (auto existing = load(document.kind(), trimmed); existing)
        return makeError(tr("There is already a version called “%1” of this document; choose "
                            "another name.")
                             .arg(trimmed));
    DocumentVersion version{trimmed, QDateTime::currentDateTimeUtc(), createdBy.trimmed(),
                            document};
    version.createdAt.setTime(QTime(version.createdAt.time().hour(),
                                    version.createdAt.time().minute(),
                                    version.createdAt.time().second()));
    const Status stored = m_project.transaction([&]() -> Status {
        QSqlQuery query(m_project.database());
        query.prepare(QStringLiteral("INSERT INTO document_version(document_id, name, created_at, "
                                     "created_by, content) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(documentId(document.kind()));
        query.addBindValue(trimmed);
        query.addBindValue(version.createdAt.toString(Qt::ISODate));
        query.addBindValue(notNull(version.createdBy));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(toJson(document)).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return m_project.databaseError(tr("Could not save the version “%1”").arg(trimmed));
        return {};
    });
    if (!stored)
        return stored.error();
    return version;
}

Result<QList<DocumentVersion>> VersionStore::list(DocumentKind kind) const
{
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral("SELECT name, created_at, created_by, content FROM "
                                 "document_version WHERE document_id = ? ORDER BY id"));
    query.addBindValue(documentId(kind));
    if (!query.exec())
        return m_project.databaseError(tr("Could not read the versions"));
    QList<DocumentVersion> versions;
    while (query.next()) {
        DocumentVersion version;
        version.name = query.value(0).toString();
        version.createdAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        version.createdBy = query.value(2).toString();
        version.document =
            fromJson(kind, QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
        versions.append(version);
    }
    return versions;
}

Result<DocumentVersion> VersionStore::load(DocumentKind kind, const QString& name) const
{
    auto versions = list(kind);
    if (!versions)
        return versions.error();
    for (const DocumentVersion& version : versions.value()) {
        if (version.name == name.trimmed())
            return version;
    }
    QStringList names;
    for (const DocumentVersion& version : versions.value())
        names << version.name;
    Error error = makeError(tr("There is no version called “%1” of this document.").arg(name));
    if (!names.isEmpty())
        error.details << tr("Versions: %1").arg(names.join(QStringLiteral(", ")));
    return error;
}

} // namespace sna
