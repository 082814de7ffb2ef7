#include "document/Document.h"

#include "document/FixedText.h"

#include <algorithm>

namespace sna {

QString documentId(DocumentKind kind)
{
    return kind == DocumentKind::Sna ? QStringLiteral("sna") : QStringLiteral("strategy");
}

QString translationStatusCode(TranslationStatus status)
{
    switch (status) {
    case TranslationStatus::Missing:
        return QStringLiteral("missing");
    case TranslationStatus::UpToDate:
        return QStringLiteral("up-to-date");
    case TranslationStatus::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

TranslationStatus Section::translationStatus() const
{
    const Lang target = otherLang(sourceLanguage);
    if (body.in(target).trimmed().isEmpty())
        return TranslationStatus::Missing;
    return revision(target) >= revision(sourceLanguage) ? TranslationStatus::UpToDate
                                                        : TranslationStatus::Stale;
}

BilingualText Document::title() const
{
    const FixedText::Term term =
        m_kind == DocumentKind::Sna ? FixedText::SnaTitle : FixedText::StrategyTitle;
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}

void Document::setSections(QList<Section> sections)
{
    m_sections = std::move(sections);
    m_revision = 0;
    for (const Section& section : m_sections)
        m_revision = std::max({m_revision, section.revisionEn, section.revisionCy});
}

const Section* Document::section(const QString& id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_sections[index];
}

qsizetype Document::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i].id == id)
            return i;
    }
    return -1;
}

void Document::setBody(const QString& sectionId, Lang lang, const QString& markdown)
{
    const qsizetype index = indexOf(sectionId);
    if (index < 0)
        return;
    Section& section = m_sections[index];
    if (section.body.in(lang) == markdown)
        return;
    section.body.in(lang) = markdown;
    (lang == Lang::Cy ? section.revisionCy : section.revisionEn) = ++m_revision;
}

void Document::restoreBody(const QString& sectionId, Lang lang, const QString& markdown,
                           int revision)
{
    const qsizetype index = indexOf(sectionId);
    if (index < 0)
        return;
    Section& section = m_sections[index];
    section.body.in(lang) = markdown;
    (lang == Lang::Cy ? section.revisionCy : section.revisionEn) = revision;
}

void Document::confirmTranslation(const QString& sectionId)
{
    const qsizetype index = indexOf(sectionId);
    if (index < 0)
        return;
    Section& section = m_sections[index];
    (otherLang(section.sourceLanguage) == Lang::Cy ? section.revisionCy : section.revisionEn) =
        ++m_revision;
}

} // namespace sna
