#include "PdfExportController.h"

#include "ExportDialog.h"
#include "ProjectSession.h"
#include "charts/QtChartPainter.h"
#include "export/PdfExporter.h"
#include "export/PublicationFilter.h"
#include "foundation/AppSettings.h"
#include "import/DatasetStore.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace sna {

PublicationContent PdfExportController::contentOf(ProjectSession& session, PublicationKind kind)
{
    PublicationContent content;
    const PublicationData data = session.publicationData();
    content.document = PublicationFilter::publishableDocument(
        session.document(kind == PublicationKind::Strategy ? DocumentKind::Strategy
                                                           : DocumentKind::Sna),
        data, audienceOf(kind));
    content.strategy = PublicationFilter::publishableDocument(
        session.document(DocumentKind::Strategy), data, Audience::Public);
    content.profile = session.profile();
    content.summary = session.summary();
    if (auto datasets = DatasetStore(session.project()).list())
        content.datasets = datasets.value();
    content.settings = data.analysis.settings;
    return content;
}

Result<PdfExportController::Written> PdfExportController::exportPdf(ProjectSession& session,
                                                                    const QString& path,
                                                                    DocumentKind document,
                                                                    Lang lang, bool draft)
{
    const PublicationKind kind =
        document == DocumentKind::Sna ? PublicationKind::Sna : PublicationKind::Strategy;
    QtChartPainter charts;
    PdfExportOptions options;
    options.document = kind;
    options.lang = lang;
    options.draft = draft;
    auto written =
        PdfExporter(session.project(), &charts).write(path, contentOf(session, kind), options);
    if (!written)
        return written.error();
    return Written{path, written.value().pageCount};
}

Result<QList<ExportedFile>> PdfExportController::exportDocument(ProjectSession& session,
                                                                const QString& out,
                                                                const ExportRequest& request)
{
    QtChartPainter charts;
    return PublicationExporter::write(out, contentOf(session, request.document), request, &charts);
}

Result<QList<ExportedFile>> PdfExportController::chooseAndExport(ProjectSession& session,
                                                                 AppSettings& settings,
                                                                 QWidget* parent)
{
    const QString base = QFileInfo(session.path()).completeBaseName();
    ExportDialog dialog(QDir(settings.lastDirectory()).filePath(base),
                        session.profile().coversWales(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return QList<ExportedFile>{};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = exportDocument(session, dialog.filePath(), dialog.request());
    QApplication::restoreOverrideCursor();
    if (!written)
        return written;
    settings.setLastDirectory(QFileInfo(dialog.filePath()).absolutePath());
    QStringList names;
    for (const ExportedFile& file : written.value())
        names << QDir::toNativeSeparators(file.path);
    QMessageBox box(QMessageBox::Information, tr("Export"),
                    tr("Saved: %1").arg(names.join(QStringLiteral(", "))), QMessageBox::Ok, parent);
    QPushButton* open = box.addButton(tr("Open"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open && !written.value().isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(written.value().first().path));
    return written;
}

} // namespace sna
