#pragma once

#include "foundation/BilingualText.h"
#include "foundation/Language.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sna {

enum class DocumentKind { Strategy, Sna };
QString documentId(DocumentKind kind); // "strategy" / "sna"
std::optional<DocumentKind> documentKindFromId(const QString& id);

enum class TranslationStatus { Missing, UpToDate, Stale };
QString translationStatusCode(TranslationStatus status); // "missing" / "up-to-date" / "stale"

// A live item from the analysis placed after a section's text: a chart, a table or a key
// figure. It holds only a reference; what it shows is built from the project's current figures,
// disclosure-controlled, each time the document is shown or exported.
struct EmbeddedItem {
    QString kind;      // "chart", "table" or "figure"
    QString reference; // e.g. "monthly-trend", "categories", "total-records"
    friend bool operator==(const EmbeddedItem&, const EmbeddedItem&) = default;
};

struct Section {
    QString id;          // stable, short: letters, digits, '-' and '_'
    QString guidanceRef; // e.g. "154(n)"; empty where the guidance names no item
    BilingualText title;
    BilingualText body; // Markdown (CommonMark with GitHub tables), the stored form
    Lang sourceLanguage = Lang::En;
    int revisionEn = 0; // document revision at the last change of each language's body
    int revisionCy = 0;
    QList<EmbeddedItem> items;
    int level = 1; // 1: a chapter; 2 and 3: sections within the chapter above
    // Restricted: never part of a published document (guidance para 41b).
    bool sensitive = false;
    // Marked "not applicable" with a reason, which is then the section's published text and
    // what its translation status is about.
    bool notApplicable = false;
    BilingualText notApplicableReason;
    int reasonRevisionEn = 0;
    int reasonRevisionCy = 0;
    // Template sections merged into this one: their guidance items are covered here.
    QStringList merged;

    static constexpr int kMaxLevel = 3;

    int revision(Lang lang) const { return lang == Lang::Cy ? revisionCy : revisionEn; }
    int reasonRevision(Lang lang) const
    {
        return lang == Lang::Cy ? reasonRevisionCy : reasonRevisionEn;
    }
    // The text that is published for the section: its body, or the reason it does not apply.
    const BilingualText& content() const { return notApplicable ? notApplicableReason : body; }
    bool isWritten() const { return !content().in(sourceLanguage).trimmed().isEmpty(); }
    // Status of the translation (the language that is not the source), from the content: missing
    // when the translation or its title is empty, stale when the source changed after the
    // translation was last saved or confirmed.
    TranslationStatus translationStatus() const;
    // The template sections this section stands for: itself and any merged into it.
    QStringList coveredIds() const;
    friend bool operator==(const Section&, const Section&) = default;
};

// A document is a tree of sections kept as an outline: an ordered list where each section has a
// level, and the sections after it with a deeper level are its children. Every change of a text
// takes the next revision number, from which translation status follows without any stored
// flag.
class Document {
public:
    Document() = default;
    explicit Document(DocumentKind kind)
        : m_kind(kind)
    {
    }

    DocumentKind kind() const { return m_kind; }
    BilingualText title() const;

    const QList<Section>& sections() const { return m_sections; }
    void setSections(QList<Section> sections);
    const Section* section(const QString& id) const;
    qsizetype indexOf(const QString& id) const;
    // "1", "2", "2.1" … as printed before the title.
    QString number(const QString& id) const;
    // The section and its children (the sections after it with a deeper level).
    qsizetype subtreeEnd(qsizetype index) const;

    void setBody(const QString& sectionId, Lang lang, const QString& markdown);
    // Puts back an earlier text with the revision it had (undo).
    void restoreBody(const QString& sectionId, Lang lang, const QString& markdown, int revision);
    // Marks the translation current without editing it.
    void confirmTranslation(const QString& sectionId);
    int revision() const { return m_revision; }

    void setTitle(const QString& sectionId, Lang lang, const QString& title);
    void setSourceLanguage(const QString& sectionId, Lang lang);
    void setSensitive(const QString& sectionId, bool sensitive);
    void setNotApplicable(const QString& sectionId, bool notApplicable);
    void setNotApplicableReason(const QString& sectionId, Lang lang, const QString& reason);
    // Sets the revision of a language's body (or reason) directly: a translation imported
    // against an older source keeps a revision below the source's, so it reads as stale.
    void setRevision(const QString& sectionId, Lang lang, int revision, bool reason = false);
    void setItems(const QString& sectionId, const QList<EmbeddedItem>& items);
    void setLevel(const QString& sectionId, int level);

    // A new, empty section after `afterId` (at the end when empty) with a unique id made from
    // the title; returns the id.
    QString insertSection(const QString& afterId, const BilingualText& title, int level = 1);
    // Removes a section; its children move up one level.
    void removeSection(const QString& sectionId);
    // Moves a section with its children one place up or down among its siblings.
    bool moveSection(const QString& sectionId, int direction);
    // Appends `sourceId`'s text, items and guidance coverage to `targetId`, then removes it.
    // The merged translation is up to date only when both were.
    bool mergeSection(const QString& sourceId, const QString& targetId);

    // The document as it may be published: sensitive sections (and their children) removed.
    Document withoutSensitive() const;

    static bool isValidSectionId(const QString& id);
    QString uniqueId(const QString& title) const;

    friend bool operator==(const Document&, const Document&) = default;

private:
    Section* mutableSection(const QString& id);
    int nextRevision() { return ++m_revision; }

    DocumentKind m_kind = DocumentKind::Strategy;
    QList<Section> m_sections;
    int m_revision = 0;
};

} // namespace sna
