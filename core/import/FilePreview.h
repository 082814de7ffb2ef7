#pragma once

#include "foundation/Result.h"
#include "import/FormatRegistry.h"
#include "import/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sna {

// The first rows of a file as the importer will parse them, and the format its header shows:
// what the import wizard displays before anything else is asked. Reads only the start of the
// file (on the caller's thread: it is quick whatever the file's size).
struct FilePreview {
    Q_DECLARE_TR_FUNCTIONS(sna::FilePreview)
public:
    QStringList header;
    QList<QStringList> rows;                    // up to the limit asked for
    QList<qint64> lines;                        // the file line each row starts on
    TextEncoding encoding = TextEncoding::Auto; // as decided by the rows read
    QList<FormatRegistry::Candidate> candidates;
    qint64 fileSize = 0;

    static Result<FilePreview> read(const QString& path, TextEncoding encoding, int rowLimit = 200);
    QString detectedFormat() const
    {
        return candidates.isEmpty() ? QString() : candidates.first().id;
    }
    // The distinct values of one column among the rows read (categories to map).
    QStringList distinctValues(int column, int limit = 100) const;
};

} // namespace sna
