#include "review/DocumentDiff.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace sna {

namespace {
QStringList tokens(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\s+|\\w+|[^\\w\\s]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

void append(QList<DiffRun>& runs, DiffRun::Op op, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().op == op)
        runs.last().text += text;
    else
        runs.append(DiffRun{op, text});
}

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

bool changed(const QList<DiffRun>& runs)
{
    return std::any_of(runs.cbegin(), runs.cend(),
                       [](const DiffRun& run) { return run.op != DiffRun::Op::Same; });
}
} // namespace

bool SectionDiff::changedIn(Lang lang) const
{
    return changed(text(lang)) || changed(titleIn(lang));
}

namespace {
// Changes separated only by white space read as one change: "[-an old phrase-]{+a new one+}",
// not a word-by-word interleaving.
QList<DiffRun> joinChanges(const QList<DiffRun>& runs)
{
    QList<DiffRun> out;
    qsizetype i = 0;
    while (i < runs.size()) {
        if (runs[i].op == DiffRun::Op::Same) {
            out.append(runs[i++]);
            continue;
        }
        QString deleted, inserted;
        qsizetype end = i;
        for (qsizetype k = i; k < runs.size(); ++k) {
            const DiffRun& run = runs[k];
            if (run.op != DiffRun::Op::Same) {
                end = k + 1;
                continue;
            }
            if (!run.text.trimmed().isEmpty() || k + 1 >= runs.size() ||
                runs[k + 1].op == DiffRun::Op::Same)
                break;
        }
        for (qsizetype k = i; k < end; ++k) {
            if (runs[k].op != DiffRun::Op::Inserted)
                deleted += runs[k].text;
            if (runs[k].op != DiffRun::Op::Deleted)
                inserted += runs[k].text;
        }
        if (!deleted.isEmpty())
            out.append(DiffRun{DiffRun::Op::Deleted, deleted});
        if (!inserted.isEmpty())
            out.append(DiffRun{DiffRun::Op::Inserted, inserted});
        i = end;
    }
    return out;
}
} // namespace

QList<DiffRun> DocumentDiff::words(const QString& from, const QString& to)
{
    const QStringList a = tokens(from);
    const QStringList b = tokens(to);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    QList<DiffRun> runs;
    append(runs, DiffRun::Op::Same, a.mid(0, prefix).join(QString()));
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    // Longest common subsequence of the middle; a very long rewrite is shown as replaced whole,
    // which is what it is to a reader, without a quadratic table of millions of cells.
    if (n > 0 && m > 0 && n * m <= 4'000'000) {
        std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int& { return table[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                          : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (a[prefix + i] == b[prefix + j]) {
                append(runs, DiffRun::Op::Same, a[prefix + i]);
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                append(runs, DiffRun::Op::Deleted, a[prefix + i++]);
            } else {
                append(runs, DiffRun::Op::Inserted, b[prefix + j++]);
            }
        }
        for (; i < n; ++i)
            append(runs, DiffRun::Op::Deleted, a[prefix + i]);
        for (; j < m; ++j)
            append(runs, DiffRun::Op::Inserted, b[prefix + j]);
    } else {
        append(runs, DiffRun::Op::Deleted, a.mid(prefix, n).join(QString()));
        append(runs, DiffRun::Op::Inserted, b.mid(prefix, m).join(QString()));
    }
    append(runs, DiffRun::Op::Same, a.mid(a.size() - suffix).join(QString()));
    return joinChanges(runs);
}

QList<SectionDiff> DocumentDiff::compare(const Document& from, const Document& to)
{
    auto fill = [](SectionDiff& diff, const Section* before, const Section* after) {
        for (Lang lang : kAllLangs) {
            const int i = lang == Lang::Cy ? 1 : 0;
            diff.titleRuns[i] = words(before ? before->title.in(lang) : QString(),
                                      after ? after->title.in(lang) : QString());
            diff.textRuns[i] = words(before ? before->content().in(lang) : QString(),
                                     after ? after->content().in(lang) : QString());
        }
    };
    QList<SectionDiff> diffs;
    QStringList seen;
    auto removedBefore = [&](qsizetype fromIndex) {
        // Sections of the older version that are gone, placed before the next one kept.
        for (qsizetype k = fromIndex; k < from.sections().size(); ++k) {
            const Section& old = from.sections()[k];
            if (to.indexOf(old.id) >= 0 || seen.contains(old.id))
                break;
            SectionDiff diff;
            diff.id = old.id;
            diff.title = old.title;
            diff.change = SectionDiff::Change::Removed;
            fill(diff, &old, nullptr);
            diffs.append(diff);
            seen << old.id;
        }
    };
    removedBefore(0);
    for (const Section& section : to.sections()) {
        const Section* old = from.section(section.id);
        SectionDiff diff;
        diff.id = section.id;
        diff.title = section.title;
        fill(diff, old, &section);
        seen << section.id;
        if (!old) {
            diff.change = SectionDiff::Change::Added;
        } else {
            diff.flagsChanged = old->sensitive != section.sensitive ||
                                old->notApplicable != section.notApplicable ||
                                old->level != section.level;
            const bool textChanged = diff.changedIn(Lang::En) || diff.changedIn(Lang::Cy);
            diff.change = textChanged || diff.flagsChanged ? SectionDiff::Change::Changed
                                                           : SectionDiff::Change::Same;
        }
        diffs.append(diff);
        if (old)
            removedBefore(from.indexOf(section.id) + 1);
    }
    for (const Section& old : from.sections()) {
        if (seen.contains(old.id))
            continue;
        SectionDiff diff;
        diff.id = old.id;
        diff.title = old.title;
        diff.change = SectionDiff::Change::Removed;
        fill(diff, &old, nullptr);
        diffs.append(diff);
    }
    return diffs;
}

QString DocumentDiff::html(const QList<DiffRun>& runs)
{
    QString html;
    for (const DiffRun& run : runs) {
        switch (run.op) {
        case DiffRun::Op::Same:
            html += escaped(run.text);
            break;
        case DiffRun::Op::Inserted:
            html += QStringLiteral("<span style=\"background-color:#d7f5dd; color:#0a5a1c; "
                                   "text-decoration:underline\">%1</span>")
                        .arg(escaped(run.text));
            break;
        case DiffRun::Op::Deleted:
            html += QStringLiteral("<span style=\"background-color:#fbdada; color:#8a1010; "
                                   "text-decoration:line-through\">%1</span>")
                        .arg(escaped(run.text));
            break;
        }
    }
    return html;
}

QString DocumentDiff::marked(const QList<DiffRun>& runs)
{
    QString text;
    for (const DiffRun& run : runs) {
        switch (run.op) {
        case DiffRun::Op::Same:
            text += run.text;
            break;
        case DiffRun::Op::Inserted:
            text += QStringLiteral("{+") + run.text + QStringLiteral("+}");
            break;
        case DiffRun::Op::Deleted:
            text += QStringLiteral("[-") + run.text + QStringLiteral("-]");
            break;
        }
    }
    return text;
}

QString DocumentDiff::changeCode(SectionDiff::Change change)
{
    switch (change) {
    case SectionDiff::Change::Same:
        return QStringLiteral("same");
    case SectionDiff::Change::Changed:
        return QStringLiteral("changed");
    case SectionDiff::Change::Added:
        return QStringLiteral("added");
    case SectionDiff::Change::Removed:
        break;
    }
    return QStringLiteral("removed");
}

QString DocumentDiff::changeLabel(SectionDiff::Change change)
{
    switch (change) {
    case SectionDiff::Change::Same:
        return tr("Unchanged");
    case SectionDiff::Change::Changed:
        return tr("Changed");
    case SectionDiff::Change::Added:
        return tr("Added");
    case SectionDiff::Change::Removed:
        break;
    }
    return tr("Removed");
}

int DocumentDiff::changedCount(const QList<SectionDiff>& diffs)
{
    return int(std::count_if(diffs.cbegin(), diffs.cend(), [](const SectionDiff& diff) {
        return diff.change != SectionDiff::Change::Same;
    }));
}

} // namespace sna
