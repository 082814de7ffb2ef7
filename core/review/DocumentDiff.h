#pragma once

#include "document/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sna {

// A piece of text as it stands in a comparison: the same in both versions, only in the newer
// one (inserted) or only in the older one (deleted).
struct DiffRun {
    enum class Op { Same, Inserted, Deleted };
    Op op = Op::Same;
    QString text;
    friend bool operator==(const DiffRun&, const DiffRun&) = default;
};

struct SectionDiff {
    enum class Change { Same, Changed, Added, Removed };
    QString id;
    BilingualText title; // the newer title (the older one for a removed section)
    Change change = Change::Same;
    // Per language (0: English, 1: Welsh): the title and the published text, word by word.
    QList<DiffRun> titleRuns[2];
    QList<DiffRun> textRuns[2];
    bool flagsChanged = false; // restricted, not applicable, level

    const QList<DiffRun>& text(Lang lang) const { return textRuns[lang == Lang::Cy ? 1 : 0]; }
    const QList<DiffRun>& titleIn(Lang lang) const { return titleRuns[lang == Lang::Cy ? 1 : 0]; }
    bool changedIn(Lang lang) const;
};

// Compares two versions of a document section by section, in English and in Welsh, word by
// word, so that a reviewer sees exactly what changed.
class DocumentDiff {
    Q_DECLARE_TR_FUNCTIONS(sna::DocumentDiff)
public:
    // In the newer document's order; sections only in the older one follow where they stood.
    static QList<SectionDiff> compare(const Document& from, const Document& to);
    // Word-level difference of two texts (whitespace and punctuation are their own tokens).
    static QList<DiffRun> words(const QString& from, const QString& to);
    // HTML with deletions struck through in red and insertions underlined in green.
    static QString html(const QList<DiffRun>& runs);
    // Plain text with [-deleted-] and {+inserted+} marks, for the command line.
    static QString marked(const QList<DiffRun>& runs);
    static QString changeCode(SectionDiff::Change change);  // "same", "changed", "added", "removed"
    static QString changeLabel(SectionDiff::Change change); // translated
    static int changedCount(const QList<SectionDiff>& diffs);
};

} // namespace sna
