#include "export/PublicationExporter.h"

#include "export/DocumentFonts.h"
#include "export/HtmlExporter.h"
#include "export/OdtExporter.h"
#include "export/PdfExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace sna {

QString formatId(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    }
    return {};
}

std::optional<ExportFormat> formatFromId(const QString& id)
{
    for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Odt}) {
        if (formatId(format) == id)
            return format;
    }
    return std::nullopt;
}

Status PublicationExporter::validate(const ExportRequest& request)
{
    if (request.layout != Layout::Separate && request.lang) {
        return makeError(tr("The layout “%1” puts both languages in one file: choose both "
                            "languages for it.")
                             .arg(layoutId(request.layout)));
    }
    return {};
}

QStringList PublicationExporter::outputPaths(const QString& out, const ExportRequest& request)
{
    if (request.lang || request.layout != Layout::Separate)
        return {out};
    QString stem = out;
    const QString suffix = QLatin1Char('.') + formatId(request.format);
    if (stem.endsWith(suffix, Qt::CaseInsensitive))
        stem.chop(suffix.size());
    return {stem + QStringLiteral("-cy") + suffix, stem + QStringLiteral("-en") + suffix};
}

Result<QList<ExportedFile>> PublicationExporter::write(const QString& out,
                                                       const PublicationContent& content,
                                                       const ExportRequest& request,
                                                       const ChartPainter* charts)
{
    if (auto valid = validate(request); !valid)
        return valid.error();
    const QStringList paths = outputPaths(out, request);

    // Open every destination first: an unwritable path fails before any work is done.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const QString& path : paths) {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            return makeError(tr("Cannot write “%1”: %2. Nothing was written.")
                                 .arg(QDir::toNativeSeparators(path), file->errorString()));
        }
        files.push_back(std::move(file));
    }
    auto family = DocumentFonts::resolveFamily(
        request.fontFamilies.isEmpty() ? DocumentFonts::preferredFamilies() : request.fontFamilies);
    if (!family)
        return family.error();

    const Publication publication =
        PublicationBuilder::build(content, request.document, request.draft, request.date);
    QList<ExportedFile> written;
    QList<QByteArray> bytes;
    for (int i = 0; i < paths.size(); ++i) {
        // Two matching files: Welsh first, then English.
        const Lang lang = request.lang ? *request.lang : (i == 0 ? Lang::Cy : Lang::En);
        ExportedFile file;
        file.path = paths[i];
        file.languages = request.layout == Layout::Separate
                             ? QStringList{langCode(lang)}
                             : QStringList{langCode(Lang::Cy), langCode(Lang::En)};
        switch (request.format) {
        case ExportFormat::Pdf: {
            PdfExportOptions options;
            options.document = request.document;
            options.lang = lang;
            options.layout = request.layout;
            options.draft = request.draft;
            options.date = publication.date;
            options.fontFamilies = QStringList{family.value()};
            PdfExportResult result;
            auto pdf = PdfExporter::render(publication, options, charts, &result);
            if (!pdf)
                return pdf.error();
            file.pageCount = result.pageCount;
            bytes.append(pdf.value());
            break;
        }
        case ExportFormat::Html:
            bytes.append(
                HtmlExporter::render(publication, request.layout, lang, charts, family.value()));
            break;
        case ExportFormat::Odt: {
            auto odt =
                OdtExporter::render(publication, request.layout, lang, charts, family.value());
            if (!odt)
                return odt.error();
            bytes.append(odt.value());
            break;
        }
        }
        written.append(file);
    }
    for (size_t i = 0; i < files.size(); ++i) {
        QSaveFile& file = *files[i];
        if (file.write(bytes[int(i)]) != bytes[int(i)].size() || !file.commit()) {
            const QString reason = file.errorString();
            // Files of this export already in place go too: both versions or neither.
            for (size_t j = 0; j < i; ++j)
                QFile::remove(paths[int(j)]);
            return makeError(tr("Could not save “%1”: %2. Nothing was written.")
                                 .arg(QDir::toNativeSeparators(paths[int(i)]), reason));
        }
    }
    return written;
}

Result<QList<ExportedFile>> PublicationExporter::exportProject(Project& project, const QString& out,
                                                               const ExportRequest& request,
                                                               const ChartPainter* charts)
{
    auto content = PublicationBuilder::gather(project, request.document);
    if (!content)
        return content.error();
    return write(out, content.value(), request, charts);
}

} // namespace sna
