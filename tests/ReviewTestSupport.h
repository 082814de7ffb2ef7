#pragma once

#include "project/Project.h"

#include <QRectF>
#include <QString>

#include <memory>

namespace sna::test {

class Scratch;

// A strategy written in both languages, with words to find in the PDF in three sections, and a
// partnership with three specified authorities and one consulted body.
std::unique_ptr<Project> reviewProject(const Scratch& scratch,
                                       const QString& name = QStringLiteral("p.sna"));

// An annotation to add to a PDF page, as a reviewer's PDF reader would.
struct TestAnnotation {
    enum class Kind { Note, Highlight, Underline, StrikeOut };
    Kind kind = Kind::Note;
    QString word;     // the (first) word it is on; empty: at `at`
    QString lastWord; // for markup over several words on one line: the last word
    QPointF at;       // a note's position (normalised) when `word` is empty
    int page = -1;    // -1: the first page (after the cover) where `word` appears
    QString text;
    QString author = QStringLiteral("Sam Reviewer");
};

// Writes `out`: `in` with the annotations added, saved by Poppler's PDF converter (as another
// PDF program would). Returns the pages the annotations went on.
QList<int> annotatePdf(const QString& in, const QString& out, const QList<TestAnnotation>& notes);

} // namespace sna::test
