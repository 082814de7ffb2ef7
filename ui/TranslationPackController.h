#pragma once

#include "document/TranslationPack.h"
#include "foundation/Result.h"

#include <QCoreApplication>

class QWidget;

namespace sna {

class AppSettings;
class ProjectSession;

// Sends the project's texts to a translator as a translation pack (XLIFF) and takes the pack
// back. Importing is one undoable step.
class TranslationPackController {
    Q_DECLARE_TR_FUNCTIONS(sna::TranslationPackController)
public:
    static Result<TranslationPack::ExportSummary> exportTo(ProjectSession& session,
                                                           const QString& path, bool onlyNeeded);
    static Result<TranslationPack::ImportReport> importFrom(ProjectSession& session,
                                                            const QString& path);
    // With file dialogs and a message saying what happened.
    static void chooseAndExport(ProjectSession& session, AppSettings& settings, QWidget* parent);
    static void chooseAndImport(ProjectSession& session, AppSettings& settings, QWidget* parent);
    static QString reportText(const TranslationPack::ImportReport& report);
};

} // namespace sna
