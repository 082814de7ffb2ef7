#pragma once

#include "analysis/ChartSpec.h"
#include "foundation/BilingualText.h"
#include "foundation/Language.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace sna {

// What can be published from a project.
enum class PublicationKind {
    Strategy,   // the serious violence strategy (public)
    Sna,        // the full strategic needs assessment (restricted, never published)
    SnaSummary, // the public summary of the strategic needs assessment
};
QString publicationKindId(PublicationKind kind); // "strategy" / "sna" / "sna-summary"
std::optional<PublicationKind> publicationKindFromId(const QString& id);

// Who may read an export: everything publishable is Public; the full SNA is Restricted.
enum class Audience { Public, Restricted };
Audience audienceOf(PublicationKind kind);

// How two languages are put into files.
enum class Layout {
    Separate,   // one language per file (two matching files when both languages are wanted)
    WelshFirst, // one file: bilingual cover, the complete Welsh document, then the English
    Columns,    // one file: Welsh on the left, English on the right, aligned block by block
};
QString layoutId(Layout layout); // "separate" / "welsh-first" / "columns"
std::optional<Layout> layoutFromId(const QString& id);

// A run of inline text with the only emphasis a published document needs.
struct TextRun {
    QString text; // may hold U+2028 for a line break
    bool bold = false;
    bool italic = false;
    QString href;
};
using RichText = QList<TextRun>;
QString plainText(const RichText& text);
RichText richText(const QString& plain, bool bold = false, bool italic = false);

struct TableBlock {
    int number = 0; // "Table n"; the same in both languages
    QString caption;
    QString source; // empty: no source line
    int headerRows = 1;
    QList<QList<RichText>> rows;
    QList<bool> numericColumns; // right-aligned figures
    QList<qreal> columnWidths;  // percentages; empty: the layout decides
};

// One block of a section in one language. Exporters lay blocks out; they never look back at
// the project, so a new kind of content (issue 6's key figures, action plans) plugs in here.
struct Block {
    enum class Kind { Heading, Paragraph, ListItem, Table, Figure, Note };
    Kind kind = Kind::Paragraph;
    int level = 0;        // Heading: 2 (n.m) or 3 (n.m.k); ListItem: nesting depth from 1
    bool ordered = false; // ListItem
    int itemNumber = 0;   // ordered ListItem
    QString number;       // Heading: "2.1"
    QString anchor;       // Heading: stable id for links ("s2-1")
    RichText text;        // Heading, Paragraph, ListItem, Note
    TableBlock table;     // Table
    int figure = -1;      // Figure: index into Publication::figures
};

struct Figure {
    int number = 0;
    ChartSpec spec;
};

struct PublicationSection {
    QString id;
    QString number; // "3"; annexes "A", "B"
    bool annex = false;
    bool newPage = false;
    BilingualText title; // without the number
    std::array<QList<Block>, 2> blocks;

    QList<Block>& in(Lang lang) { return blocks[lang == Lang::Cy ? 1 : 0]; }
    const QList<Block>& in(Lang lang) const { return blocks[lang == Lang::Cy ? 1 : 0]; }
    // "3  Title" / "Annex A: Title"
    QString heading(Lang lang) const;
    QString anchor() const; // "s3" / "annex-a"
};

// A document ready to lay out, in both languages, with every number (sections, sub-headings,
// figures, tables) fixed once so that the Welsh and English versions match.
struct Publication {
    PublicationKind kind = PublicationKind::Strategy;
    Audience audience = Audience::Public;
    BilingualText title;
    QString partnership;
    QString coordinator;
    BilingualText areas; // joined list of the areas covered
    QDate date;
    bool draft = false;
    bool coversWales = false;
    QList<QString> about[2]; // paragraphs of the disclosure statement per language
    QList<Figure> figures;
    QList<PublicationSection> sections;

    bool restricted() const { return audience == Audience::Restricted; }
    const QList<QString>& aboutIn(Lang lang) const { return about[lang == Lang::Cy ? 1 : 0]; }
    QString metadataTitle(Lang lang) const; // "Serious Violence Strategy — Partnership"
};

} // namespace sna
