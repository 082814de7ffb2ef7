#include "review/ReviewCopy.h"

#include "export/DocumentFonts.h"
#include "export/PublicationBuilder.h"
#include "project/Project.h"
#include "review/ReviewPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace sna {

namespace {
QString placementsJson(const QList<SectionPlacement>& placements)
{
    QJsonArray array;
    for (const SectionPlacement& p : placements)
        array.append(QJsonObject{{QStringLiteral("section"), p.sectionId},
                                 {QStringLiteral("lang"), langCode(p.lang)},
                                 {QStringLiteral("both"), p.bothLanguages},
                                 {QStringLiteral("first"), p.firstPage},
                                 {QStringLiteral("top"), p.top},
                                 {QStringLiteral("last"), p.lastPage},
                                 {QStringLiteral("bottom"), p.bottom}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SectionPlacement> placementsFrom(const QString& json)
{
    QList<SectionPlacement> placements;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        SectionPlacement p;
        p.sectionId = o.value(QStringLiteral("section")).toString();
        p.lang = langFromCode(o.value(QStringLiteral("lang")).toString()).value_or(Lang::En);
        p.bothLanguages = o.value(QStringLiteral("both")).toBool();
        p.firstPage = o.value(QStringLiteral("first")).toInt();
        p.top = o.value(QStringLiteral("top")).toDouble();
        p.lastPage = o.value(QStringLiteral("last")).toInt();
        p.bottom = o.value(QStringLiteral("bottom")).toDouble();
        placements.append(p);
    }
    return placements;
}
} // namespace

DocumentKind ReviewCopy::documentOf(const QString& sectionId) const
{
    if (publication == PublicationKind::Strategy)
        return DocumentKind::Strategy;
    if (publication == PublicationKind::SnaSummary && sectionId == QLatin1String("sna-summary"))
        return DocumentKind::Strategy;
    return DocumentKind::Sna;
}

QString ReviewCopyStore::newId()
{
    const QString hex = QUuid::createUuid().toString(QUuid::Id128).toUpper();
    return QStringLiteral("SNAR-%1-%2").arg(hex.left(4), hex.mid(4, 4));
}

QString ReviewCopyStore::idIn(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("SNAR-[0-9A-F]{4}-[0-9A-F]{4}"));
    return pattern.match(text).captured(0);
}

Status ReviewCopyStore::record(const ReviewCopy& copy)
{
    QSqlQuery query(m_project.database());
    query.prepare(
        QStringLiteral("INSERT INTO review_copy(id, publication, lang, layout, "
                       "created_at, page_count, placements) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(copy.id);
    query.addBindValue(publicationKindId(copy.publication));
    query.addBindValue(copy.lang ? langCode(*copy.lang) : QString(QLatin1String("")));
    query.addBindValue(layoutId(copy.layout));
    query.addBindValue(copy.createdAt.toString(Qt::ISODate));
    query.addBindValue(copy.pageCount);
    query.addBindValue(placementsJson(copy.placements));
    if (!query.exec())
        return m_project.databaseError(tr("Could not record the review copy"));
    return {};
}

Result<ReviewCopy> ReviewCopyStore::exportPdf(const QString& path, const ReviewRequest& request,
                                              const ChartPainter* charts)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!request.lang && request.layout == Layout::Separate)
        return makeError(tr("A review copy is one PDF: choose one language, or both languages "
                            "Welsh first or in parallel columns."));
    if (request.lang && request.layout != Layout::Separate)
        return makeError(tr("The layout “%1” puts both languages in one file: choose both "
                            "languages for it.")
                             .arg(layoutId(request.layout)));
    if (!request.packagePath.isEmpty() && QFileInfo(request.packagePath).absoluteFilePath() ==
                                              QFileInfo(m_project.path()).absoluteFilePath())
        return makeError(tr("The reviewer’s file cannot replace the project itself; choose "
                            "another name."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            tr("Cannot write “%1”: %2. Nothing was written.").arg(shown, file.errorString()));
    auto content = PublicationBuilder::gather(m_project, request.publication);
    if (!content)
        return content.error();
    ReviewCopy copy;
    copy.id = newId();
    copy.publication = request.publication;
    copy.lang = request.lang;
    copy.layout = request.layout;
    copy.createdAt = QDateTime::currentDateTimeUtc();
    copy.createdAt.setTime(QTime(copy.createdAt.time().hour(), copy.createdAt.time().minute(),
                                 copy.createdAt.time().second()));

    const Publication publication =
        PublicationBuilder::build(content.value(), request.publication, true, request.date);
    PdfExportOptions options;
    options.document = request.publication;
    options.lang = request.lang.value_or(Lang::Cy);
    options.layout = request.layout;
    options.draft = true;
    options.date = publication.date;
    options.fontFamilies = request.fontFamilies;
    options.reviewId = copy.id;
    PdfExportResult result;
    auto bytes = PdfExporter::render(publication, options, charts, &result);
    if (!bytes)
        return bytes.error();
    copy.pageCount = result.pageCount;
    copy.placements = result.placements;
    if (file.write(bytes.value()) != bytes.value().size())
        return makeError(
            tr("Could not save “%1”: %2. Nothing was written.").arg(shown, file.errorString()));

    if (auto stored = m_project.transaction([&] { return record(copy); }); !stored)
        return stored.error();
    auto forget = [&] {
        (void)m_project.transaction([&]() -> Status {
            QSqlQuery query(m_project.database());
            query.prepare(QStringLiteral("DELETE FROM review_copy WHERE id = ?"));
            query.addBindValue(copy.id);
            query.exec();
            return {};
        });
    };
    if (!request.packagePath.isEmpty()) {
        if (auto written = ReviewPackage::write(m_project, request.packagePath, copy.id);
            !written) {
            forget();
            return written.error();
        }
    }
    if (!file.commit()) {
        forget();
        if (!request.packagePath.isEmpty())
            QFile::remove(request.packagePath);
        return makeError(
            tr("Could not save “%1”: %2. Nothing was written.").arg(shown, file.errorString()));
    }
    return copy;
}

Result<QList<ReviewCopy>> ReviewCopyStore::list() const
{
    QSqlQuery query(m_project.database());
    if (!query.exec(QStringLiteral("SELECT id, publication, lang, layout, created_at, page_count, "
                                   "placements FROM review_copy ORDER BY created_at, id")))
        return m_project.databaseError(tr("Could not read the review copies"));
    QList<ReviewCopy> copies;
    while (query.next()) {
        ReviewCopy copy;
        copy.id = query.value(0).toString();
        copy.publication =
            publicationKindFromId(query.value(1).toString()).value_or(PublicationKind::Strategy);
        copy.lang = langFromCode(query.value(2).toString());
        if (query.value(2).toString().isEmpty())
            copy.lang.reset();
        copy.layout = layoutFromId(query.value(3).toString()).value_or(Layout::Separate);
        copy.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        copy.pageCount = query.value(5).toInt();
        copy.placements = placementsFrom(query.value(6).toString());
        copies.append(copy);
    }
    return copies;
}

Result<ReviewCopy> ReviewCopyStore::find(const QString& id) const
{
    auto copies = list();
    if (!copies)
        return copies.error();
    for (const ReviewCopy& copy : copies.value()) {
        if (copy.id == id)
            return copy;
    }
    return makeError(tr("The review copy %1 was not exported from this project (“%2”). Import it "
                        "into the project it came from. Nothing was changed.")
                         .arg(id, QDir::toNativeSeparators(m_project.path())));
}

} // namespace sna
