#pragma once

#include "import/ColumnMapping.h"
#include "import/FormatImporter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace sna {

// Every file format SNA Studio imports, and detection of a file's format by its header row.
// Each format scores how specifically a header matches it (0: not at all); the best wins, and
// a tie is reported rather than guessed.
class FormatRegistry {
    Q_DECLARE_TR_FUNCTIONS(sna::FormatRegistry)
public:
    struct Candidate {
        QString id;
        int score = 0;
    };

    static QStringList ids();               // the `sna import --format` values, without "auto"
    static QString name(const QString& id); // translated
    static bool isKnown(const QString& id) { return ids().contains(id); }
    static std::unique_ptr<FormatImporter> create(const QString& id,
                                                  const std::optional<ColumnMapping>& mapping = {});
    // Best first; empty when no format recognises the header.
    static QList<Candidate> detect(const QStringList& header);
    static constexpr const char* kMapped = "mapped";
};

} // namespace sna
