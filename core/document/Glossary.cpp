#include "document/Glossary.h"

#include "document/RichText.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sna {

namespace {
// Terms of page layout rather than prose ("table", "note", "months" …): offered to the writer,
// but a text about "the table below" need not contain "tabl", so they do not raise flags.
const char* const kLayoutTerms[] = {
    "contents",
    "introduction",
    "conclusions",
    "appendix",
    "chart",
    "table",
    "figure",
    "source",
    "note",
    "key points",
    "months",
    "mid-year",
    "review",
    "increase / decrease",
    "sex / male / female",
    "age group / all ages",
    "0 to 15 / 65 and over",
    "year ending 30 June 2023",
    "percentage change",
};

QString normalised(QString text)
{
    text.replace(QChar(0x2019), QLatin1Char('\'')); // ’
    text.replace(QChar(0x2018), QLatin1Char('\''));
    return text;
}

QStringList alternatives(const QString& text)
{
    QStringList list;
    for (const QString& part : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            list << trimmed;
    }
    return list;
}

// "lladdiad(au)" → lladdiad, lladdiadau; "x (PDC)" → x, PDC; "adolygiad (n.)" → adolygiad.
QStringList formsOf(const QString& alternative, bool keepSpacedParentheses)
{
    static const QRegularExpression attached(QStringLiteral("(\\w+)\\((\\w+)\\)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression spaced(QStringLiteral("\\s+\\(([^)]*)\\)"));
    QStringList forms;
    QString main = alternative;
    for (auto it = spaced.globalMatch(alternative); it.hasNext();) {
        const QString inside = it.next().captured(1).trimmed();
        if (keepSpacedParentheses && !inside.isEmpty() && !inside.endsWith(QLatin1Char('.')))
            forms << inside;
    }
    main.replace(spaced, QString());
    const auto suffix = attached.match(main);
    if (suffix.hasMatch()) {
        QString base = main;
        base.replace(attached, QStringLiteral("\\1"));
        QString plural = main;
        plural.replace(attached, QStringLiteral("\\1\\2"));
        forms.prepend(plural.simplified());
        forms.prepend(base.simplified());
    } else {
        forms.prepend(main.simplified());
    }
    forms.removeAll(QString());
    return forms;
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ");
    return vowels.contains(c);
}

// The forms the first letters of a Welsh word take after soft, nasal and aspirate mutation
// (and h- before a vowel), as a regular-expression alternation.
QString mutatedInitial(const QString& word, QString* rest)
{
    const QString lower = word.toLower();
    auto split = [&](int length, const QStringList& initials) {
        *rest = word.mid(length);
        QStringList escaped;
        for (const QString& initial : initials)
            escaped << QRegularExpression::escape(initial);
        return QStringLiteral("(?:%1)").arg(escaped.join(QLatin1Char('|')));
    };
    if (lower.startsWith(QLatin1String("ll")))
        return split(2, {QStringLiteral("ll"), QStringLiteral("l")});
    if (lower.startsWith(QLatin1String("rh")))
        return split(2, {QStringLiteral("rh"), QStringLiteral("r")});
    for (const char* digraph : {"ch", "dd", "ff", "ng", "ph", "th"}) {
        if (lower.startsWith(QLatin1String(digraph)))
            return split(2, {QString::fromLatin1(digraph)});
    }
    if (lower.isEmpty())
        return split(0, {QString()});
    const QChar first = lower.front();
    switch (first.unicode()) {
    case 'p':
        return split(1, {QStringLiteral("p"), QStringLiteral("b"), QStringLiteral("mh"),
                         QStringLiteral("ph")});
    case 't':
        return split(1, {QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("nh"),
                         QStringLiteral("th")});
    case 'c':
        return split(1, {QStringLiteral("c"), QStringLiteral("g"), QStringLiteral("ngh"),
                         QStringLiteral("ch")});
    case 'b':
        return split(1, {QStringLiteral("b"), QStringLiteral("f"), QStringLiteral("m")});
    case 'd':
        return split(1, {QStringLiteral("d"), QStringLiteral("dd"), QStringLiteral("n")});
    case 'g':
        return split(1, {QStringLiteral("g"), QString(), QStringLiteral("ng")});
    case 'm':
        return split(1, {QStringLiteral("m"), QStringLiteral("f")});
    default:
        break;
    }
    if (isVowel(first)) {
        *rest = word;
        return QStringLiteral("h?");
    }
    return split(0, {QString()});
}

QString phrasePattern(const QString& phrase)
{
    QStringList words;
    for (const QString& word : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QRegularExpression::escape(word);
    return words.join(QStringLiteral("\\s+"));
}

const QRegularExpression& cachedPattern(const QString& key, const QString& pattern)
{
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        it = cache.insert(
            key, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption));
    }
    return *it;
}

const QString kBefore = QStringLiteral("(?<![\\p{L}\\p{N}])");
const QString kAfter = QStringLiteral("(?![\\p{L}\\p{N}])");
} // namespace

Result<QList<GlossaryTerm>> Glossary::parseTsv(const QString& text)
{
    QList<GlossaryTerm> terms;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || (i == 0 && line.startsWith(QLatin1String("EN\t"))))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2 || fields[0].trimmed().isEmpty() || fields[1].trimmed().isEmpty())
            return makeError(tr("Line %1 of the glossary has no English or no Welsh term: “%2”.")
                                 .arg(i + 1)
                                 .arg(line));
        GlossaryTerm term;
        term.en = fields[0].trimmed();
        term.cy = fields[1].trimmed();
        term.source = fields.value(2).trimmed();
        term.confidence = fields.value(3).trimmed();
        term.note = fields.value(4).trimmed();
        terms.append(term);
    }
    return terms;
}

const QList<GlossaryTerm>& Glossary::bundled()
{
    static const QList<GlossaryTerm> terms = [] {
        QFile file(QStringLiteral(":/sna/data/glossary-en-cy.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return QList<GlossaryTerm>();
        auto parsed = parseTsv(QString::fromUtf8(file.readAll()));
        QList<GlossaryTerm> list = parsed ? parsed.value() : QList<GlossaryTerm>();
        for (GlossaryTerm& term : list) {
            for (const char* layout : kLayoutTerms) {
                if (term.en == QLatin1String(layout))
                    term.checked = false;
            }
            // A list of words ("Ionawr Chwefror …") is a reference, not one term to look for.
            if (term.cy.count(QLatin1Char(' ')) > 2 * (term.en.count(QLatin1Char(' ')) + 1) + 3)
                term.checked = false;
        }
        return list;
    }();
    return terms;
}

QList<GlossaryTerm> Glossary::merged(const QList<GlossaryTerm>& projectTerms)
{
    QList<GlossaryTerm> list = bundled();
    for (GlossaryTerm term : projectTerms) {
        term.projectTerm = true;
        auto same = std::find_if(list.begin(), list.end(), [&](const GlossaryTerm& existing) {
            return existing.en.compare(term.en, Qt::CaseInsensitive) == 0;
        });
        if (same != list.end())
            *same = term;
        else
            list.append(term);
    }
    std::stable_sort(list.begin(), list.end(), [](const GlossaryTerm& a, const GlossaryTerm& b) {
        return a.en.compare(b.en, Qt::CaseInsensitive) < 0;
    });
    return list;
}

Status Glossary::validate(const GlossaryTerm& term)
{
    if (term.en.trimmed().isEmpty())
        return makeError(tr("A glossary term needs its English wording."));
    if (term.cy.trimmed().isEmpty())
        return makeError(tr("The glossary term “%1” needs its Welsh wording.").arg(term.en));
    if (term.en.contains(QLatin1Char('\t')) || term.cy.contains(QLatin1Char('\t')) ||
        term.en.contains(QLatin1Char('\n')) || term.cy.contains(QLatin1Char('\n')))
        return makeError(tr("A glossary term must fit on one line."));
    return {};
}

QStringList Glossary::englishForms(const QString& en)
{
    QStringList forms;
    for (const QString& alternative : alternatives(en))
        forms << formsOf(alternative, false);
    forms.removeDuplicates();
    return forms;
}

QStringList Glossary::welshForms(const QString& cy)
{
    QStringList forms;
    for (const QString& alternative : alternatives(cy))
        forms << formsOf(alternative, true);
    forms.removeDuplicates();
    return forms;
}

QList<GlossaryTerm> Glossary::expanded(const GlossaryTerm& term)
{
    const QStringList en = alternatives(term.en);
    const QStringList cy = alternatives(term.cy);
    if (en.size() < 2 || en.size() != cy.size())
        return {term};
    QList<GlossaryTerm> pairs;
    for (qsizetype i = 0; i < en.size(); ++i) {
        GlossaryTerm pair = term;
        pair.en = en[i];
        pair.cy = cy[i];
        pairs.append(pair);
    }
    return pairs;
}

bool Glossary::containsEnglish(const QString& text, const QString& form)
{
    const QString clean = normalised(form).simplified();
    if (clean.isEmpty())
        return false;
    const QRegularExpression& pattern =
        cachedPattern(QStringLiteral("en:") + clean, kBefore + phrasePattern(clean) + kAfter);
    return pattern.match(normalised(text)).hasMatch();
}

bool Glossary::containsWelsh(const QString& text, const QString& form)
{
    const QString clean = normalised(form).simplified();
    if (clean.isEmpty())
        return false;
    // Abbreviations ("PDC") and words with capitals inside do not mutate.
    QString rest;
    QString initial;
    if (clean.size() > 1 && clean == clean.toUpper()) {
        rest = clean;
    } else {
        initial = mutatedInitial(clean, &rest);
    }
    const QRegularExpression& pattern = cachedPattern(
        QStringLiteral("cy:") + clean, kBefore + initial + phrasePattern(rest) + kAfter);
    return pattern.match(normalised(text)).hasMatch();
}

QList<GlossaryFinding> Glossary::check(const QString& english, const QString& welsh,
                                       const QList<GlossaryTerm>& terms)
{
    const QString englishText = RichText::toPlainText(english);
    const QString welshText = RichText::toPlainText(welsh);
    QList<GlossaryFinding> findings;
    QSet<QString> reported;
    for (const GlossaryTerm& term : terms) {
        if (!term.checked)
            continue;
        for (const GlossaryTerm& pair : expanded(term)) {
            QString found;
            for (const QString& form : englishForms(pair.en)) {
                if (containsEnglish(englishText, form)) {
                    found = form;
                    break;
                }
            }
            if (found.isEmpty())
                continue;
            const QStringList welshOptions = welshForms(pair.cy);
            const bool used =
                std::any_of(welshOptions.begin(), welshOptions.end(),
                            [&](const QString& form) { return containsWelsh(welshText, form); });
            const QString key = pair.en.toLower();
            if (!used && !reported.contains(key)) {
                reported.insert(key);
                findings.append(GlossaryFinding{pair, found});
            }
        }
    }
    return findings;
}

QList<GlossaryFinding> Glossary::checkSection(const Section& section,
                                              const QList<GlossaryTerm>& terms)
{
    const QString welsh = section.content().cy;
    if (welsh.trimmed().isEmpty())
        return {};
    return check(section.title.en + QStringLiteral("\n\n") + section.content().en,
                 section.title.cy + QStringLiteral("\n\n") + welsh, terms);
}

} // namespace sna
