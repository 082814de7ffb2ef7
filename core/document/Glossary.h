#pragma once

#include "document/Document.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sna {

// An agreed English–Welsh term. The bundled set comes from
// ../shared/domain/glossary-en-cy.tsv (resources/data); a project adds its own terms or
// overrides a bundled one by giving the same English term.
struct GlossaryTerm {
    QString en;
    QString cy;
    QString source;     // source key of the bundled set ("S", "G" …); empty for project terms
    QString confidence; // H, M or L; empty for project terms
    QString note;
    bool checked = true; // used to flag Welsh text that does not use it
    bool projectTerm = false;
    friend bool operator==(const GlossaryTerm&, const GlossaryTerm&) = default;
};

struct GlossaryFinding {
    GlossaryTerm term;
    QString englishFound; // the English wording found in the text
};

class Glossary {
    Q_DECLARE_TR_FUNCTIONS(sna::Glossary)
public:
    static const QList<GlossaryTerm>& bundled();
    // Bundled terms with the project's terms applied (an override replaces the bundled term of
    // the same English wording; new terms follow), sorted by English term.
    static QList<GlossaryTerm> merged(const QList<GlossaryTerm>& projectTerms);
    // Reads the tab-separated form: EN, CY, source key, confidence, note (header line first).
    static Result<QList<GlossaryTerm>> parseTsv(const QString& text);
    static Status validate(const GlossaryTerm& term);

    // Terms whose English wording appears in `english` while no agreed Welsh form (allowing for
    // mutations: "trais" / "drais" / "thrais" …) appears in `welsh`. Markdown is read as text.
    static QList<GlossaryFinding> check(const QString& english, const QString& welsh,
                                        const QList<GlossaryTerm>& terms);
    // The same for a section's published text and title, when its Welsh is written.
    static QList<GlossaryFinding> checkSection(const Section& section,
                                               const QList<GlossaryTerm>& terms);

    // The wordings that count as the term in each language ("homicide(s)" → homicide, homicides;
    // "partneriaeth diogelwch cymunedol (PDC)" → the phrase, or PDC). Pairs of alternatives
    // ("victim / survivor" ↔ "dioddefwr / goroeswr") are returned as separate terms by
    // expanded().
    static QStringList englishForms(const QString& en);
    static QStringList welshForms(const QString& cy);
    static QList<GlossaryTerm> expanded(const GlossaryTerm& term);
    // Whether `text` contains `form`, with any Welsh mutation of its first word.
    static bool containsWelsh(const QString& text, const QString& form);
    static bool containsEnglish(const QString& text, const QString& form);
};

} // namespace sna
