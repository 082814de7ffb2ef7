#include "import/formats/PopulationImporter.h"

#include "import/ValueParsers.h"
#include "project/Project.h"

#include <QRegularExpression>

namespace sna {

namespace {
char sexOf(const QString& word)
{
    const QString w = word.toLower();
    if (w.startsWith(QLatin1Char('f')))
        return 'F';
    if (w.startsWith(QLatin1Char('m')))
        return 'M';
    return 'P';
}

// "0-4", "Aged 0 to 4", "90+", "90 and over", "7", "all ages" → (from, to); to -1 open-ended.
bool parseAge(const QString& text, int& from, int& to, bool& total)
{
    const QString t = text.trimmed().toLower();
    total = false;
    if (t == QLatin1String("all ages") || t == QLatin1String("all") ||
        t == QLatin1String("total")) {
        from = 0;
        to = -1;
        total = true;
        return true;
    }
    static const QRegularExpression band(
        QStringLiteral("^(?:aged?\\s*)?(\\d{1,3})\\s*(?:-|to)\\s*(\\d{1,3})(?:\\s*years?)?$"));
    static const QRegularExpression open(QStringLiteral(
        "^(?:aged?\\s*)?(\\d{1,3})\\s*(?:\\+|and over|or over|plus|years and over)$"));
    static const QRegularExpression single(QStringLiteral("^(?:aged?\\s*)?(\\d{1,3})$"));
    QRegularExpressionMatch m;
    if ((m = band.match(t)).hasMatch()) {
        from = m.captured(1).toInt();
        to = m.captured(2).toInt();
        return from <= to && to <= 120;
    }
    if ((m = open.match(t)).hasMatch()) {
        from = m.captured(1).toInt();
        to = -1;
        return from <= 120;
    }
    if ((m = single.match(t)).hasMatch()) {
        from = to = m.captured(1).toInt();
        if (from == 90) // ONS's top single year is 90 and over
            to = -1;
        return from <= 120;
    }
    return false;
}
} // namespace

QList<PopulationImporter::AgeColumn> PopulationImporter::ageColumns(const HeaderIndex& header)
{
    static const QRegularExpression sexAge(QStringLiteral("^([fmp])\\s*(\\d{1,3})(\\+)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sexBand(
        QStringLiteral("^([fmp])\\s*(\\d{1,3})\\s*(?:-|to)\\s*(\\d{1,3})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wordAge(
        QStringLiteral("^(females?|males?|persons?)\\s*[:,-]?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<AgeColumn> columns;
    for (int i = 0; i < int(header.size()); ++i) {
        const QString name = header.name(i).trimmed();
        AgeColumn column;
        column.column = i;
        QRegularExpressionMatch m;
        if ((m = sexAge.match(name)).hasMatch()) {
            column.sex = m.captured(1).toUpper().at(0).toLatin1();
            column.from = m.captured(2).toInt();
            column.to = (m.captured(3).isEmpty() && column.from != 90) ? column.from : -1;
        } else if ((m = sexBand.match(name)).hasMatch()) {
            column.sex = m.captured(1).toUpper().at(0).toLatin1();
            column.from = m.captured(2).toInt();
            column.to = m.captured(3).toInt();
        } else if ((m = wordAge.match(name)).hasMatch() &&
                   parseAge(m.captured(2), column.from, column.to, column.total)) {
            column.sex = sexOf(m.captured(1));
        } else if (name.compare(QLatin1String("females"), Qt::CaseInsensitive) == 0 ||
                   name.compare(QLatin1String("males"), Qt::CaseInsensitive) == 0) {
            column.sex = sexOf(name);
            column.total = true;
            column.to = -1;
        } else if (name.compare(QLatin1String("all persons"), Qt::CaseInsensitive) == 0 ||
                   parseAge(name, column.from, column.to, column.total)) {
            if (name.compare(QLatin1String("all persons"), Qt::CaseInsensitive) == 0) {
                column.total = true;
                column.to = -1;
            }
            column.sex = 'P';
        } else {
            continue;
        }
        columns.append(column);
    }
    return columns;
}

int PopulationImporter::codeColumn(const HeaderIndex& header)
{
    static const QRegularExpression code(
        QStringLiteral("^(?:lsoa|lad|la|msoa|ltla|utla|area|geography)?(?:20\\d\\d|\\d\\d)?code$|"
                       "^(?:lsoa|lad|msoa|ltla|utla)\\d\\dcd$|^code$|^mnemonic$"));
    for (int i = 0; i < int(header.size()); ++i) {
        if (code.match(header.keyAt(i)).hasMatch())
            return i;
    }
    return -1;
}

int PopulationImporter::detect(const HeaderIndex& header)
{
    if (codeColumn(header) < 0)
        return 0;
    int ages = 0;
    for (const AgeColumn& column : ageColumns(header))
        ages += column.total ? 0 : 1;
    if (ages >= 10)
        return 80;
    if (header.has({"Sex", "Gender"}) && header.has({"Age", "Age band", "Age group"}) &&
        header.has({"Population", "Count", "Observation", "Persons", "Value", "Estimate"}))
        return 70;
    return 0;
}

QString PopulationImporter::name() const
{
    return tr("ONS population estimates");
}

Status PopulationImporter::resolve(const HeaderIndex& header, const QString& fileName)
{
    if (!detect(header))
        return missingColumns(fileName, name(),
                              {tr("an area code column"), tr("age columns (F0 … M90)")}, header);
    m_code = codeColumn(header);
    const QString codeKey = header.keyAt(m_code);
    m_levelHint =
        codeKey.startsWith(QLatin1String("lsoa"))   ? QStringLiteral("lsoa")
        : codeKey.startsWith(QLatin1String("msoa")) ? QStringLiteral("msoa")
        : codeKey.startsWith(QLatin1String("la")) || codeKey.startsWith(QLatin1String("ltla"))
            ? QStringLiteral("lad")
            : QString();
    m_year = header.find({"Year", "Mid-year", "Mid year", "Date"});
    static const QRegularExpression fileYear(QStringLiteral("(?:^|\\D)((?:19|20)\\d{2})(?:\\D|$)"));
    const auto match = fileYear.match(fileName);
    m_fileYear = match.hasMatch() ? match.captured(1).toInt() : 0;
    m_ages = ageColumns(header);
    int ages = 0;
    for (const AgeColumn& column : std::as_const(m_ages))
        ages += column.total ? 0 : 1;
    if (ages < 10) {
        m_ages.clear();
        m_sex = header.find({"Sex", "Gender"});
        m_age = header.find({"Age", "Age band", "Age group"});
        m_value =
            header.find({"Population", "Count", "Observation", "Persons", "Value", "Estimate"});
    }
    return {};
}

Status PopulationImporter::begin(ImportContext& context)
{
    m_context = &context;
    if (!context.dryRun) {
        m_insert = std::make_unique<BatchInsert>(
            context.db, QStringLiteral("population"),
            QStringList{QStringLiteral("dataset_id"), QStringLiteral("area_code"),
                        QStringLiteral("area_level"), QStringLiteral("year"), QStringLiteral("sex"),
                        QStringLiteral("age_from"), QStringLiteral("age_to"), QStringLiteral("n")});
        if (!m_insert->prepared())
            return context.project.databaseError(tr("Could not prepare the import"));
    }
    return {};
}

FormatImporter::RowOutcome PopulationImporter::store(const QString& area, const QString& level,
                                                     int year, char sex, int from, int to, double n,
                                                     qint64 line)
{
    if (m_context->dryRun)
        return RowOutcome::Stored;
    BatchInsert& insert = *m_insert;
    insert.add(m_context->datasetId);
    insert.addText(area);
    insert.addText(level);
    insert.add(qint64(year));
    insert.addText(std::string_view(&sex, 1));
    insert.add(qint64(from));
    to >= 0 ? insert.add(qint64(to)) : insert.addNull();
    insert.add(n);
    if (!insert.endRow())
        return fail(tr("Could not store line %1").arg(line));
    return RowOutcome::Stored;
}

FormatImporter::RowOutcome PopulationImporter::row(const std::vector<std::string_view>& fields,
                                                   qint64 line, RowProblem& problem)
{
    const HeaderIndex& header = m_context->header;
    if (qsizetype(fields.size()) != header.size())
        return reject(problem, line, QString(), {},
                      tr("expected %1 fields as in the header, found %2")
                          .arg(header.size())
                          .arg(fields.size()));
    const std::string_view codeField = ValueParsers::trimmed(fields[size_t(m_code)]);
    QString level = ValueParsers::levelOfCode(codeField);
    if (level.isEmpty())
        return reject(problem, line, header.name(m_code), codeField,
                      tr("not an ONS area code (such as E01025631 or W06000008)"));
    if (!m_levelHint.isEmpty() && level != m_levelHint &&
        !(m_levelHint == QLatin1String("lad") && level == QLatin1String("utla")))
        return reject(
            problem, line, header.name(m_code), codeField,
            tr("not an area of the kind the column names (%1)").arg(m_levelHint.toUpper()));
    int year = m_fileYear;
    if (m_year >= 0) {
        const QString yearText = ValueParsers::text(fields[size_t(m_year)]);
        static const QRegularExpression four(QStringLiteral("((?:19|20)\\d{2})"));
        const auto match = four.match(yearText);
        if (!match.hasMatch())
            return reject(problem, line, header.name(m_year), fields[size_t(m_year)],
                          tr("not a year"));
        year = match.captured(1).toInt();
    }
    const QString area = QString::fromLatin1(codeField.data(), qsizetype(codeField.size()));

    // Everything in the row is checked before anything is stored.
    struct Value {
        char sex;
        int from, to;
        double n;
    };
    QList<Value> values;
    if (!m_ages.isEmpty()) {
        for (const AgeColumn& column : std::as_const(m_ages)) {
            const std::string_view text = fields[size_t(column.column)];
            const auto n = ValueParsers::number(text);
            if (!n || *n < 0)
                return reject(problem, line, header.name(column.column), text,
                              n ? tr("a negative population") : tr("not a number"));
            values.append({column.sex, column.from, column.to, *n});
        }
    } else {
        const QString sexText = ValueParsers::text(HeaderIndex::field(fields, m_sex));
        const QString s = sexText.toLower();
        char sex = 0;
        if (s == QLatin1String("f") || s == QLatin1String("female") ||
            s == QLatin1String("females") || s == QLatin1String("2"))
            sex = 'F';
        else if (s == QLatin1String("m") || s == QLatin1String("male") ||
                 s == QLatin1String("males") || s == QLatin1String("1"))
            sex = 'M';
        else if (s == QLatin1String("p") || s == QLatin1String("persons") ||
                 s == QLatin1String("all") || s == QLatin1String("all persons") ||
                 s == QLatin1String("0"))
            sex = 'P';
        if (!sex)
            return reject(problem, line, header.name(m_sex), HeaderIndex::field(fields, m_sex),
                          tr("not a sex (F, M or persons)"));
        int from = 0, to = 0;
        bool total = false;
        if (!parseAge(ValueParsers::text(HeaderIndex::field(fields, m_age)), from, to, total))
            return reject(problem, line, header.name(m_age), HeaderIndex::field(fields, m_age),
                          tr("not an age or age band (such as 7, 0-4 or 90+)"));
        const std::string_view text = HeaderIndex::field(fields, m_value);
        const auto n = ValueParsers::number(text);
        if (!n || *n < 0)
            return reject(problem, line, header.name(m_value), text,
                          n ? tr("a negative population") : tr("not a number"));
        values.append({sex, from, to, *n});
    }
    m_levelYears.insert({level, year});
    if (year > 0)
        m_context->notePeriod(year * 100 + 1, year * 100 + 12);
    for (const Value& v : std::as_const(values)) {
        if (store(area, level, year, v.sex, v.from, v.to, v.n, line) == RowOutcome::Failed)
            return RowOutcome::Failed;
    }
    return RowOutcome::Stored;
}

Status PopulationImporter::finish(ImportContext& context)
{
    if (m_insert && !m_insert->flush())
        return context.project.databaseError(tr("Could not store the import's records"));
    for (const auto& [level, year] : std::as_const(m_levelYears))
        context.cover(QStringLiteral("population %1").arg(level), year > 0 ? year * 100 + 1 : 0,
                      year > 0 ? year * 100 + 12 : 0);
    if (m_fileYear == 0 && m_year < 0)
        context.report.notes << tr("The population's year is not in the file or its name; it "
                                   "was recorded as unknown.");
    return {};
}

} // namespace sna
