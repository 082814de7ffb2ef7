#include "document/DocumentStore.h"

#include "document/DocumentTemplates.h"
#include "project/Project.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

QString listToJson(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString& json)
{
    QStringList list;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        list << value.toString();
    return list;
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
        "SELECT id, title_en, title_cy, body_en, body_cy, source_lang, items, rev_en, rev_cy, "
        "level, sensitive, not_applicable, na_reason_en, na_reason_cy, na_rev_en, na_rev_cy, "
        "merged FROM section WHERE document_id = ? ORDER BY position"));
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
        section.level = std::clamp(query.value(9).toInt(), 1, Section::kMaxLevel);
        section.sensitive = query.value(10).toInt() != 0;
        section.notApplicable = query.value(11).toInt() != 0;
        section.notApplicableReason =
            BilingualText{query.value(12).toString(), query.value(13).toString()};
        section.reasonRevisionEn = query.value(14).toInt();
        section.reasonRevisionCy = query.value(15).toInt();
        section.merged = listFromJson(query.value(16).toString());
        sections.append(section);
    }
    // The guidance reference belongs to the template, not to the file.
    const Document blank = DocumentTemplates::forKind(kind);
    for (Section& section : sections) {
        QStringList references;
        for (const QString& id : section.coveredIds()) {
            const Section* fromTemplate = blank.section(id);
            if (fromTemplate && !fromTemplate->guidanceRef.isEmpty())
                references << fromTemplate->guidanceRef;
        }
        section.guidanceRef = references.join(QStringLiteral(", "));
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
        "source_lang, items, rev_en, rev_cy, updated_at, level, sensitive, not_applicable, "
        "na_reason_en, na_reason_cy, na_rev_en, na_rev_cy, merged) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(document_id, id) DO UPDATE SET position = excluded.position, "
        "title_en = excluded.title_en, title_cy = excluded.title_cy, body_en = excluded.body_en, "
        "body_cy = excluded.body_cy, source_lang = excluded.source_lang, items = excluded.items, "
        "rev_en = excluded.rev_en, rev_cy = excluded.rev_cy, level = excluded.level, "
        "sensitive = excluded.sensitive, not_applicable = excluded.not_applicable, "
        "na_reason_en = excluded.na_reason_en, na_reason_cy = excluded.na_reason_cy, "
        "na_rev_en = excluded.na_rev_en, na_rev_cy = excluded.na_rev_cy, "
        "merged = excluded.merged, updated_at = CASE WHEN "
        "section.body_en IS NOT excluded.body_en OR section.body_cy IS NOT excluded.body_cy THEN "
        "excluded.updated_at ELSE section.updated_at END"));
    // Sections removed or merged away since the last save go from the file too.
    QSqlQuery existing(m_project.database());
    existing.prepare(QStringLiteral("SELECT id FROM section WHERE document_id = ?"));
    existing.addBindValue(documentId(document.kind()));
    if (!existing.exec())
        return m_project.databaseError(tr("Could not save the document"));
    QStringList gone;
    while (existing.next()) {
        const QString id = existing.value(0).toString();
        if (document.indexOf(id) < 0)
            gone << id;
    }
    QSqlQuery remove(m_project.database());
    remove.prepare(QStringLiteral("DELETE FROM section WHERE document_id = ? AND id = ?"));
    for (const QString& id : std::as_const(gone)) {
        remove.addBindValue(documentId(document.kind()));
        remove.addBindValue(id);
        if (!remove.exec())
            return m_project.databaseError(tr("Could not save section “%1”").arg(id));
    }

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
        query.addBindValue(section.level);
        query.addBindValue(section.sensitive ? 1 : 0);
        query.addBindValue(section.notApplicable ? 1 : 0);
        query.addBindValue(notNull(section.notApplicableReason.en));
        query.addBindValue(notNull(section.notApplicableReason.cy));
        query.addBindValue(section.reasonRevisionEn);
        query.addBindValue(section.reasonRevisionCy);
        query.addBindValue(listToJson(section.merged));
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
