#pragma once

#include "foundation/BilingualText.h"
#include "foundation/Language.h"

#include <QList>
#include <QString>

namespace sna {

enum class DocumentKind { Strategy, Sna };
QString documentId(DocumentKind kind); // "strategy" / "sna"

enum class TranslationStatus { Missing, UpToDate, Stale };
QString translationStatusCode(TranslationStatus status); // "missing" / "up-to-date" / "stale"

// A live item from the analysis placed in a section (a chart for now); it is drawn from the
// project's current figures each time the document is shown or exported.
struct EmbeddedItem {
    QString kind;      // "chart"
    QString reference; // e.g. "monthly-trend"
    friend bool operator==(const EmbeddedItem&, const EmbeddedItem&) = default;
};

struct Section {
    QString id;          // stable, short: letters, digits, '-' and '_'
    QString guidanceRef; // e.g. "154(n)"; empty where the guidance names no item
    BilingualText title;
    BilingualText body; // Markdown (CommonMark with GitHub tables), the stored form
    Lang sourceLanguage = Lang::En;
    int revisionEn = 0; // document revision at the last change of each language
    int revisionCy = 0;
    QList<EmbeddedItem> items;

    int revision(Lang lang) const { return lang == Lang::Cy ? revisionCy : revisionEn; }
    // Status of the translation (the language that is not the source).
    TranslationStatus translationStatus() const;
    friend bool operator==(const Section&, const Section&) = default;
};

// A document is an ordered list of sections. Every change of a text takes the next revision
// number, from which translation status follows without any stored flag.
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

    void setBody(const QString& sectionId, Lang lang, const QString& markdown);
    // Puts back an earlier text with the revision it had (undo).
    void restoreBody(const QString& sectionId, Lang lang, const QString& markdown, int revision);
    // Marks the translation current without editing it.
    void confirmTranslation(const QString& sectionId);
    int revision() const { return m_revision; }

    friend bool operator==(const Document&, const Document&) = default;

private:
    DocumentKind m_kind = DocumentKind::Strategy;
    QList<Section> m_sections;
    int m_revision = 0;
};

} // namespace sna
