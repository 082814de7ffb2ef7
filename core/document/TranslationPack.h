#pragma once

#include "document/Document.h"
#include "foundation/Result.h"
#include "plan/ActionPlan.h"

#include <QCoreApplication>

namespace sna {

// Everything in a project that exists in two languages.
struct TranslatableContent {
    Document strategy{DocumentKind::Strategy};
    Document sna{DocumentKind::Sna};
    ActionPlan plan;

    Document& document(DocumentKind kind) { return kind == DocumentKind::Sna ? sna : strategy; }
    friend bool operator==(const TranslatableContent&, const TranslatableContent&) = default;
};

// A translation pack: the project's texts as XLIFF 1.2, the exchange format of translation
// tools, to go to a translator and come back. One <file> per document and direction (English
// to Welsh for most sections, Welsh to English for sections written in Welsh first); each
// trans-unit carries the source, the current translation and its state (needs-translation for
// missing, needs-review-translation for stale, translated for up to date). Unit ids are
// "strategy/<section>/body|title|reason", "sna/…" and "action-plan/action/<id>/<field>",
// "action-plan/priority/<id>/title".
//
// Importing sets each returned translation: it is up to date when its source is still the
// text the translator saw, and stale when the source has changed since the pack was made.
// A translation returned unchanged with state "translated" (or final / signed-off) confirms
// it. A pack that cannot be read changes nothing.
class TranslationPack {
    Q_DECLARE_TR_FUNCTIONS(sna::TranslationPack)
public:
    struct ExportOptions {
        QList<DocumentKind> documents{DocumentKind::Strategy, DocumentKind::Sna};
        bool includePlan = true;
        bool onlyNeeded = false; // only missing and stale translations
    };
    struct ExportSummary {
        int units = 0;
        int needed = 0; // missing or stale
    };
    static QByteArray write(const TranslatableContent& content, const ExportOptions& options,
                            ExportSummary* summary = nullptr);
    static Result<ExportSummary> exportTo(const QString& path, const TranslatableContent& content,
                                          const ExportOptions& options);

    struct ImportReport {
        int updated = 0;   // new or changed translation, now up to date
        int confirmed = 0; // unchanged, marked current
        int outdated = 0;  // set, but the source has changed since: stale
        int unchanged = 0;
        int skipped = 0;   // unknown id or wrong direction
        QStringList notes; // why units were skipped
        int changes() const { return updated + confirmed + outdated; }
    };
    // Applies a pack to `content`, which is changed only when the whole pack reads.
    static Result<ImportReport> apply(const QByteArray& xliff, const QString& fileName,
                                      TranslatableContent& content);
    static Result<ImportReport> importFrom(const QString& path, TranslatableContent& content);
};

} // namespace sna
