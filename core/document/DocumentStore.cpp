#include "document/DocumentStore.h"

#include "document/DocumentTemplates.h"
#include "project/Project.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace sna {

namespace {
QString itemsToJson(const QList<EmbeddedItem>& items)
{
    QJsonArray array;
    for (const EmbeddedItem& item : items)
        array.append(QJsonObject{{QStringLiteral("kind"), item.kind},
                                 {QStringLiteral("ref"), item.reference}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<EmbeddedItem> itemsFromJson(const QString& json)
{
    QList<EmbeddedItem> items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        items.append(EmbeddedItem{object.value(QStringLiteral("kind")).toString(),
                                  object.value(QStringLiteral("ref")).toString()});
    }
    return items;
}
} // namespace

Result<Document> DocumentStore::load(DocumentKind kind) const
{
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral(
        "SELECT id, title_en, title_cy, body_en, body_cy, source_lang, items, rev_en, rev_cy "
        "FROM section WHERE document_id = ? ORDER BY position"));
    query.addBindValue(documentId(kind));
    if (!query.exec())
        return m_project.databaseError(tr("Could not read the document"));
    QList<Section> sections;
    while (query.next()) {
        Section section;
        section.id = query.value(0).toString();
        section.title = BilingualText{query.value(1).toString(), query.value(2).toString()};
        section.body = BilingualText{query.value(3).toString(), query.value(4).toString()};
        section.sourceLanguage = langFromCode(query.value(5).toString()).value_or(Lang::En);
        section.items = itemsFromJson(query.value(6).toString());
        section.revisionEn = query.value(7).toInt();
        section.revisionCy = query.value(8).toInt();
        sections.append(section);
    }
    // The guidance reference belongs to the template, not to the file.
    const Document blank = DocumentTemplates::forKind(kind);
    for (Section& section : sections) {
        if (const Section* fromTemplate = blank.section(section.id))
            section.guidanceRef = fromTemplate->guidanceRef;
    }
    Document document(kind);
    document.setSections(sections);
    return document;
}

Status DocumentStore::write(const Document& document)
{
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO document(id, kind) VALUES (?, ?)"));
    query.addBindValue(documentId(document.kind()));
    query.addBindValue(documentId(document.kind()));
    if (!query.exec())
        return m_project.databaseError(tr("Could not save the document"));

    query.prepare(QStringLiteral(
        "INSERT INTO section(document_id, id, position, title_en, title_cy, body_en, body_cy, "
        "source_lang, items, rev_en, rev_cy, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) "
        "ON CONFLICT(document_id, id) DO UPDATE SET position = excluded.position, "
        "title_en = excluded.title_en, title_cy = excluded.title_cy, body_en = excluded.body_en, "
        "body_cy = excluded.body_cy, source_lang = excluded.source_lang, items = excluded.items, "
        "rev_en = excluded.rev_en, rev_cy = excluded.rev_cy, updated_at = CASE WHEN "
        "section.body_en IS NOT excluded.body_en OR section.body_cy IS NOT excluded.body_cy THEN "
        "excluded.updated_at ELSE section.updated_at END"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (qsizetype i = 0; i < document.sections().size(); ++i) {
        const Section& section = document.sections()[i];
        query.addBindValue(documentId(document.kind()));
        query.addBindValue(section.id);
        query.addBindValue(int(i));
        query.addBindValue(notNull(section.title.en));
        query.addBindValue(notNull(section.title.cy));
        query.addBindValue(notNull(section.body.en));
        query.addBindValue(notNull(section.body.cy));
        query.addBindValue(langCode(section.sourceLanguage));
        query.addBindValue(itemsToJson(section.items));
        query.addBindValue(section.revisionEn);
        query.addBindValue(section.revisionCy);
        query.addBindValue(now);
        if (!query.exec())
            return m_project.databaseError(tr("Could not save section “%1”").arg(section.id));
    }
    return {};
}

Status DocumentStore::save(const Document& document, bool inTransaction)
{
    if (inTransaction)
        return write(document);
    return m_project.transaction([&] { return write(document); });
}

} // namespace sna
