#include "TestSupport.h"

#include "project/Project.h"
#include "project/ProjectFactory.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <poppler-qt6.h>

#include <stdexcept>

namespace sna::test {

QString dataFile(const QString& name)
{
    return QStringLiteral(SNA_TEST_DATA_DIR "/") + name;
}

QString leicestershireFile()
{
    return dataFile(QStringLiteral("2019-01-leicestershire-street.csv"));
}

QString dyfedPowysFile()
{
    return dataFile(QStringLiteral("2019-01-dyfed-powys-street.csv"));
}

Scratch::Scratch()
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
}

QString Scratch::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString Scratch::write(const QString& name, const QByteArray& content) const
{
    const QString file = path(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        throw std::runtime_error("cannot write fixture");
    return file;
}

PartnershipProfile leicesterProfile()
{
    PartnershipProfile profile;
    profile.name = QStringLiteral("Leicester Test Partnership");
    profile.areas = {Area{QStringLiteral("E06000016"), {}}};
    return profile;
}

PartnershipProfile ceredigionProfile()
{
    PartnershipProfile profile;
    profile.name = QStringLiteral("Partneriaeth Ceredigion");
    profile.areas = {Area{QStringLiteral("W06000008"), {}}};
    return profile;
}

std::unique_ptr<Project> createProject(const QString& path, const PartnershipProfile& profile)
{
    auto created = ProjectFactory::create(path, profile);
    if (!created)
        throw std::runtime_error(created.error().fullText().toStdString());
    return std::move(created.value());
}

std::unique_ptr<Project> openProject(const QString& path)
{
    auto opened = Project::open(path);
    if (!opened)
        throw std::runtime_error(opened.error().fullText().toStdString());
    return std::move(opened.value());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 scalar(Project& project, const QString& sql)
{
    QSqlQuery query(project.database());
    if (!query.exec(sql) || !query.next())
        throw std::runtime_error(("query failed: " + sql).toStdString());
    return query.value(0).toLongLong();
}

PdfText readPdf(const QString& path)
{
    PdfText result;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return result;
    result.loaded = true;
    result.pageCount = document->numPages();
    for (int i = 0; i < result.pageCount; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        result.pages << (page ? page->text(QRectF()) : QString());
    }
    result.allFontsEmbedded = true;
    const QList<Poppler::FontInfo> fonts = document->fonts();
    for (const Poppler::FontInfo& font : fonts) {
        result.fontNames << font.name();
        result.allFontsEmbedded = result.allFontsEmbedded && font.isEmbedded();
    }
    result.title = document->info(QStringLiteral("Title"));
    result.author = document->info(QStringLiteral("Author"));
    result.xmp = document->metadata();
    return result;
}

QByteArray policeCsv(const QStringList& rows)
{
    QByteArray csv =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
        "LSOA name,Crime type,Last outcome category,Context\n";
    for (const QString& row : rows)
        csv += row.toUtf8() + '\n';
    return csv;
}

QString policeRow(const QString& month, const QString& crimeType, const QString& lsoa,
                  const QString& location)
{
    return QStringLiteral(",%1,Test Police,Test Police,-1.1,52.6,%2,%3,Leicester 001A,%4,,")
        .arg(month, location, lsoa, crimeType);
}

} // namespace sna::test
