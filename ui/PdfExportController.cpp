#include "PdfExportController.h"

#include "ExportPdfDialog.h"
#include "ProjectSession.h"
#include "charts/QtChartPainter.h"
#include "export/PdfExporter.h"
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

Result<PdfExportController::Written> PdfExportController::exportPdf(ProjectSession& session,
                                                                    const QString& path,
                                                                    DocumentKind document,
                                                                    Lang lang, bool draft)
{
    PublicationContent content;
    content.document = session.document(document);
    content.strategy = session.document(DocumentKind::Strategy);
    content.profile = session.profile();
    content.summary = session.summary();
    if (auto datasets = DatasetStore(session.project()).list())
        content.datasets = datasets.value();
    QtChartPainter charts;
    PdfExportOptions options;
    options.document =
        document == DocumentKind::Sna ? PublicationKind::Sna : PublicationKind::Strategy;
    options.lang = lang;
    options.draft = draft;
    auto written = PdfExporter(session.project(), &charts).write(path, content, options);
    if (!written)
        return written.error();
    return Written{path, written.value().pageCount};
}

Result<PdfExportController::Written> PdfExportController::chooseAndExport(ProjectSession& session,
                                                                          AppSettings& settings,
                                                                          QWidget* parent)
{
    const QString base = QFileInfo(session.path()).completeBaseName();
    ExportPdfDialog dialog(QDir(settings.lastDirectory()).filePath(base + QStringLiteral(".pdf")),
                           session.profile().coversWales(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return Written{};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written =
        exportPdf(session, dialog.filePath(), dialog.document(), dialog.language(), dialog.draft());
    QApplication::restoreOverrideCursor();
    if (!written)
        return written;
    settings.setLastDirectory(QFileInfo(dialog.filePath()).absolutePath());
    QMessageBox box(
        QMessageBox::Information, tr("Export PDF"),
        tr("The PDF has been saved as “%1”.").arg(QDir::toNativeSeparators(dialog.filePath())),
        QMessageBox::Ok, parent);
    QPushButton* open = box.addButton(tr("Open PDF"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(dialog.filePath()));
    return written;
}

} // namespace sna
