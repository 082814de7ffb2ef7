#include "export/PublicationPack.h"

#include "document/DocumentStore.h"
#include "document/FixedText.h"
#include "export/PublicationExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace sna {

namespace {

QString lang(Lang l)
{
    return QStringLiteral(" lang=\"%1\"").arg(langCode(l));
}

QByteArray checklist(const Publication& publication, const QStringList& files,
                     const QDate& published, bool wales)
{
    const QList<Lang> languages = wales ? QList<Lang>{Lang::Cy, Lang::En} : QList<Lang>{Lang::En};
    const QDate due = PublicationPack::deadline(published);
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html%1>\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%2</title>\n<style>body{font-family:'Noto Sans',"
                       "sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}"
                       "h1,h2{color:#0b3c5d}li{margin:.3rem 0}</style>\n</head>\n"
                       "<body>\n<main>\n")
            .arg(lang(languages.first()),
                 FixedText::text(FixedText::ChecklistTitle, languages.first()).toHtmlEscaped());
    for (Lang l : languages) {
        html += QStringLiteral(
                    "<section%1>\n<h1%1>%2</h1>\n<p%1>%3</p>\n<p%1><strong>%4</strong></p>\n")
                    .arg(lang(l), FixedText::text(FixedText::ChecklistTitle, l).toHtmlEscaped(),
                         FixedText::text(FixedText::ChecklistIntro, l)
                             .arg(publication.partnership, FixedText::date(published, l))
                             .toHtmlEscaped(),
                         FixedText::text(FixedText::ChecklistDeadline, l)
                             .arg(FixedText::date(due, l))
                             .toHtmlEscaped());
        html += QStringLiteral("<h2%1>%2</h2>\n<ol%1>\n")
                    .arg(lang(l), FixedText::text(FixedText::ChecklistSteps, l).toHtmlEscaped());
        QStringList steps{
            FixedText::text(FixedText::ChecklistPublish, l).arg(publication.areas.in(l))};
        if (wales)
            steps << FixedText::text(FixedText::ChecklistBothLanguages, l);
        steps << FixedText::text(FixedText::ChecklistHomeOffice, l)
                     .arg(FixedText::date(due, l), PublicationPack::homeOfficeAddress());
        if (wales)
            steps << FixedText::text(FixedText::ChecklistWelshMinisters, l)
                         .arg(FixedText::date(due, l), PublicationPack::welshMinistersAddress());
        steps << FixedText::text(FixedText::ChecklistSummary, l)
              << FixedText::text(FixedText::ChecklistReview, l)
                     .arg(FixedText::date(published.addYears(1), l));
        for (const QString& step : std::as_const(steps))
            html += QStringLiteral("<li%1>☐ %2</li>\n").arg(lang(l), step.toHtmlEscaped());
        html += QStringLiteral("</ol>\n<h2%1>%2</h2>\n<ul%1>\n")
                    .arg(lang(l), FixedText::text(FixedText::ChecklistFiles, l).toHtmlEscaped());
        for (const QString& file : files)
            html += QStringLiteral("<li%1><a href=\"%2\">%2</a></li>\n")
                        .arg(lang(l), file.toHtmlEscaped());
        html += QStringLiteral("</ul>\n</section>\n");
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace

QString PublicationPack::homeOfficeAddress()
{
    return QStringLiteral("Seriousviolenceduty@homeoffice.gov.uk");
}

QString PublicationPack::welshMinistersAddress()
{
    return QStringLiteral("CrimeandJustice@gov.wales");
}

Result<PackResult> PublicationPack::write(const QString& folder, const PublicationContent& content,
                                          const Document& sna, const PackOptions& options,
                                          const ChartPainter* charts)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const QFileInfo target(folder);
    if (target.exists() && (!target.isDir() || !QDir(folder).isEmpty())) {
        return makeError(
            tr("“%1” already exists and is not an empty folder: choose a new or empty folder for "
               "the publication pack. Nothing was written.")
                .arg(shown));
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists())
        return makeError(tr("The folder “%1” does not exist. Nothing was written.")
                             .arg(QDir::toNativeSeparators(parent.path())));
    // Built next to its final place, then renamed: the pack appears whole or not at all.
    QTemporaryDir staging(parent.filePath(target.fileName() + QStringLiteral(".partial-XXXXXX")));
    if (!staging.isValid())
        return makeError(tr("Cannot write in “%1”: %2. Nothing was written.")
                             .arg(QDir::toNativeSeparators(parent.path()), staging.errorString()));

    const bool wales = content.profile.coversWales();
    const QDate published =
        options.publicationDate.isValid() ? options.publicationDate : QDate::currentDate();
    ExportRequest request;
    request.draft = false;
    request.date = published;
    request.fontFamilies = options.fontFamilies;
    if (wales)
        request.layout = options.bilingualLayout;
    else
        request.lang = Lang::En;
    const bool oneFile = !wales || request.layout != Layout::Separate;
    const QString bilingualSuffix = wales && oneFile ? QStringLiteral("-cy-en") : QString();

    QStringList files;
    auto add = [&](PublicationKind kind, ExportFormat format,
                   const PublicationContent& from) -> Status {
        ExportRequest r = request;
        r.document = kind;
        r.format = format;
        // HTML is always one language per page: two pages link better than one long one.
        if (format == ExportFormat::Html && wales) {
            r.layout = Layout::Separate;
            r.lang.reset();
        }
        const bool single = r.lang || r.layout != Layout::Separate;
        const QString stem = publicationKindId(kind);
        const QString name = stem + (single && wales ? bilingualSuffix : QString()) +
                             QLatin1Char('.') + formatId(format);
        auto written = PublicationExporter::write(staging.filePath(name), from, r, charts);
        if (!written)
            return written.error();
        for (const ExportedFile& file : written.value())
            files << QFileInfo(file.path).fileName();
        return {};
    };
    PublicationContent summary = content;
    summary.strategy = content.document;
    summary.document = sna;
    if (auto s = add(PublicationKind::Strategy, ExportFormat::Pdf, content); !s)
        return s.error();
    if (auto s = add(PublicationKind::Strategy, ExportFormat::Html, content); !s)
        return s.error();
    if (auto s = add(PublicationKind::SnaSummary, ExportFormat::Pdf, summary); !s)
        return s.error();

    const Publication publication =
        PublicationBuilder::build(content, PublicationKind::Strategy, false, published);
    const QString checklistName = QStringLiteral("checklist.html");
    files << checklistName;
    QSaveFile file(staging.filePath(checklistName));
    const QByteArray page = checklist(publication, files, published, wales);
    if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size() || !file.commit())
        return makeError(tr("Could not save “%1”: %2. Nothing was written.")
                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));

    if (target.exists() && !QDir().rmdir(folder))
        return makeError(
            tr("Could not replace the empty folder “%1”. Nothing was written.").arg(shown));
    if (!QDir().rename(staging.path(), folder))
        return makeError(tr("Could not create “%1”. Nothing was written.").arg(shown));
    staging.setAutoRemove(false);
    return PackResult{folder, files, deadline(published)};
}

Result<PackResult> PublicationPack::writeProject(Project& project, const QString& folder,
                                                 const PackOptions& options,
                                                 const ChartPainter* charts)
{
    auto content = PublicationBuilder::gather(project, PublicationKind::Strategy);
    if (!content)
        return content.error();
    auto sna = DocumentStore(project).load(DocumentKind::Sna);
    if (!sna)
        return sna.error();
    return write(folder, content.value(), sna.value(), options, charts);
}

} // namespace sna
