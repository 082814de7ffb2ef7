#include "import/formats/DeprivationImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"

#include <QLocale>

namespace sna {

int DeprivationImporter::decileOf(int rank, int count)
{
    return int((qint64(rank) * 10 + count - 1) / count);
}

Status DeprivationImporter::begin(ImportContext& context)
{
    m_context = &context;
    if (!context.dryRun) {
        m_insert = std::make_unique<SqliteStatement>(
            context.db, "INSERT INTO deprivation(dataset_id, measure, lsoa_code, rank, decile, "
                        "decile_derived) VALUES (?, ?, ?, ?, ?, ?)");
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome DeprivationImporter::row(const std::vector<std::string_view>& fields,
                                                    qint64 line, RowProblem& problem)
{
    const HeaderIndex& header = m_context->header;
    if (qsizetype(fields.size()) != header.size())
        return reject(problem, line, QString(), {},
                      tr("expected %1 fields as in the header, found %2")
                          .arg(header.size())
                          .arg(fields.size()));
    const std::string_view code = ValueParsers::trimmed(fields[size_t(m_lsoa)]);
    if (ValueParsers::levelOfCode(code) != QLatin1String("lsoa") || code.front() != country())
        return reject(problem, line, header.name(m_lsoa), code,
                      country() == 'W' ? tr("not a Welsh LSOA code (W01 and six digits)")
                                       : tr("not an English LSOA code (E01 and six digits)"));
    const QString lsoa = QString::fromLatin1(code.data(), qsizetype(code.size()));
    if (m_seen.contains(lsoa))
        return reject(problem, line, header.name(m_lsoa), code,
                      tr("this LSOA is listed a second time"));
    const auto rank = ValueParsers::integer(fields[size_t(m_rank)]);
    const int count = lsoaCount();
    if (!rank || *rank < 1 || *rank > count)
        return reject(problem, line, header.name(m_rank), fields[size_t(m_rank)],
                      tr("not a rank from 1 to %1").arg(QLocale().toString(count)));
    int decile = 0;
    bool derived = false;
    if (m_decile >= 0 && !ValueParsers::trimmed(fields[size_t(m_decile)]).empty()) {
        const auto given = ValueParsers::integer(fields[size_t(m_decile)]);
        if (!given || *given < 1 || *given > 10)
            return reject(problem, line, header.name(m_decile), fields[size_t(m_decile)],
                          tr("not a decile from 1 to 10"));
        decile = int(*given);
    } else {
        decile = decileOf(int(*rank), count);
        derived = true;
    }
    m_seen.insert(lsoa);
    m_derived += derived ? 1 : 0;
    if (m_context->dryRun)
        return RowOutcome::Stored;
    m_insert->bind(1, m_context->datasetId);
    m_insert->bindText(2, measure());
    m_insert->bindText(3, lsoa);
    m_insert->bind(4, *rank);
    m_insert->bind(5, qint64(decile));
    m_insert->bind(6, qint64(derived));
    if (!m_insert->execute())
        return fail(tr("Could not store line %1").arg(line));
    return RowOutcome::Stored;
}

Status DeprivationImporter::finish(ImportContext& context)
{
    context.cover(measure(), 0, 0);
    const QLocale locale;
    if (m_derived > 0)
        context.report.notes << tr("Deciles computed from ranks (of %1 LSOAs): %2.")
                                    .arg(locale.toString(lsoaCount()), locale.toString(m_derived));
    if (m_seen.size() < lsoaCount())
        context.report.notes << tr("LSOAs in the file: %1 of the %2 ranked (a part of the "
                                   "country, or a partial file).")
                                    .arg(locale.toString(qint64(m_seen.size())),
                                         locale.toString(lsoaCount()));
    return {};
}

} // namespace sna
