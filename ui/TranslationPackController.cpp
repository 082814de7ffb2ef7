#include "TranslationPackController.h"

#include "ProjectSession.h"
#include "foundation/AppSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace sna {

Result<TranslationPack::ExportSummary>
TranslationPackController::exportTo(ProjectSession& session, const QString& path, bool onlyNeeded)
{
    TranslationPack::ExportOptions options;
    options.onlyNeeded = onlyNeeded;
    return TranslationPack::exportTo(path, session.translatableContent(), options);
}

Result<TranslationPack::ImportReport> TranslationPackController::importFrom(ProjectSession& session,
                                                                            const QString& path)
{
    TranslatableContent content = session.translatableContent();
    auto report = TranslationPack::importFrom(path, content);
    if (!report)
        return report;
    session.editTranslations(content,
                             tr("Import translation pack “%1”").arg(QFileInfo(path).fileName()));
    return report;
}

QString TranslationPackController::reportText(const TranslationPack::ImportReport& report)
{
    QString text = tr("Translations updated: %1\nConfirmed as current: %2\nImported but still out "
                      "of date (the source changed after the pack was made): %3\nUnchanged: "
                      "%4\nSkipped: %5")
                       .arg(report.updated)
                       .arg(report.confirmed)
                       .arg(report.outdated)
                       .arg(report.unchanged)
                       .arg(report.skipped);
    if (report.changes() > 0)
        text += QStringLiteral("\n\n") + tr("Edit ▸ Undo takes the whole import back.");
    return text;
}

void TranslationPackController::chooseAndExport(ProjectSession& session, AppSettings& settings,
                                                QWidget* parent)
{
    const QString base = QFileInfo(session.path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export translation pack"),
        QDir(settings.lastDirectory()).filePath(base + QStringLiteral("-cy.xlf")),
        tr("Translation packs (*.xlf *.xliff);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        parent, tr("Export translation pack"),
        tr("Include only the texts whose translation is missing or out of date?\n\nChoose No to "
           "include every text, with its current translation for review."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    auto written = exportTo(session, path, answer == QMessageBox::Yes);
    if (!written) {
        QMessageBox::critical(parent, tr("Export translation pack"), written.error().fullText());
        return;
    }
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    QMessageBox::information(parent, tr("Export translation pack"),
                             tr("Saved “%1”.\nTexts: %2\nNeeding translation: %3\n\nSend it to the "
                                "translator; any tool that reads XLIFF 1.2 can open it.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(written.value().units)
                                 .arg(written.value().needed));
}

void TranslationPackController::chooseAndImport(ProjectSession& session, AppSettings& settings,
                                                QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import translation pack"), settings.lastDirectory(),
        tr("Translation packs (*.xlf *.xliff);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    auto report = importFrom(session, path);
    if (!report) {
        QMessageBox::critical(parent, tr("Import translation pack"), report.error().fullText());
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Import translation pack"),
                    reportText(report.value()), QMessageBox::Ok, parent);
    if (!report.value().notes.isEmpty())
        box.setDetailedText(report.value().notes.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace sna
