#include "import/FormatImporter.h"

#include "project/Project.h"

namespace sna {

FormatImporter::RowOutcome FormatImporter::reject(RowProblem& problem, qint64 line,
                                                  const QString& column, std::string_view value,
                                                  const QString& reason)
{
    problem.line = line;
    problem.column = column;
    problem.value = shown(value);
    problem.reason = reason;
    return RowOutcome::Rejected;
}

FormatImporter::RowOutcome FormatImporter::fail(const QString& what)
{
    m_failure = m_context ? m_context->project.databaseError(what) : makeError(what);
    return RowOutcome::Failed;
}

QString FormatImporter::shown(std::string_view text)
{
    QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (value.size() > 60)
        value = value.left(57) + QStringLiteral("…");
    return value;
}

Error FormatImporter::missingColumns(const QString& fileName, const QString& formatName,
                                     const QStringList& missing, const HeaderIndex& header)
{
    return makeError(
        tr("“%1” is not a %2 file: its header lacks the columns %3. The header "
           "found was: %4")
            .arg(fileName, formatName,
                 QStringLiteral("“") + missing.join(QStringLiteral("”, “")) + QStringLiteral("”"),
                 header.header().join(QStringLiteral(", ")).left(300)),
        {}, QString::fromLatin1(kImportUnknownFormat));
}

} // namespace sna
