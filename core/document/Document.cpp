#include "document/Document.h"

#include "document/FixedText.h"

#include <QRegularExpression>

#include <algorithm>

namespace sna {

QString documentId(DocumentKind kind)
{
    return kind == DocumentKind::Sna ? QStringLiteral("sna") : QStringLiteral("strategy");
}

std::optional<DocumentKind> documentKindFromId(const QString& id)
{
    if (id == QLatin1String("sna"))
        return DocumentKind::Sna;
    if (id == QLatin1String("strategy"))
        return DocumentKind::Strategy;
    return std::nullopt;
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

namespace {
TranslationStatus statusOf(const BilingualText& text, int sourceRevision, int targetRevision,
                           Lang target)
{
    if (text.in(target).trimmed().isEmpty())
        return TranslationStatus::Missing;
    return targetRevision >= sourceRevision ? TranslationStatus::UpToDate
                                            : TranslationStatus::Stale;
}

// Status of the body alone, whatever the section's "not applicable" mark says.
TranslationStatus bodyStatus(const Section& section)
{
    const Lang target = otherLang(section.sourceLanguage);
    return statusOf(section.body, section.revision(section.sourceLanguage),
                    section.revision(target), target);
}

bool hasBody(const Section& section)
{
    return !section.body.en.trimmed().isEmpty() || !section.body.cy.trimmed().isEmpty();
}

QString joined(const QString& first, const QString& second)
{
    if (first.trimmed().isEmpty())
        return second;
    if (second.trimmed().isEmpty())
        return first;
    return first.trimmed() + QStringLiteral("\n\n") + second.trimmed();
}
} // namespace

TranslationStatus Section::translationStatus() const
{
    const Lang target = otherLang(sourceLanguage);
    if (title.in(target).trimmed().isEmpty())
        return TranslationStatus::Missing;
    if (notApplicable) {
        return statusOf(notApplicableReason, reasonRevision(sourceLanguage), reasonRevision(target),
                        target);
    }
    return bodyStatus(*this);
}

QStringList Section::coveredIds() const
{
    return QStringList{id} + merged;
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
    for (const Section& section : m_sections) {
        m_revision = std::max({m_revision, section.revisionEn, section.revisionCy,
                               section.reasonRevisionEn, section.reasonRevisionCy});
    }
}

const Section* Document::section(const QString& id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_sections[index];
}

Section* Document::mutableSection(const QString& id)
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

QString Document::number(const QString& id) const
{
    int counters[Section::kMaxLevel] = {};
    for (const Section& section : m_sections) {
        const int level = std::clamp(section.level, 1, Section::kMaxLevel);
        ++counters[level - 1];
        for (int deeper = level; deeper < Section::kMaxLevel; ++deeper)
            counters[deeper] = 0;
        if (section.id == id) {
            QStringList parts;
            for (int i = 0; i < level; ++i)
                parts << QString::number(std::max(counters[i], 1));
            return parts.join(QLatin1Char('.'));
        }
    }
    return {};
}

qsizetype Document::subtreeEnd(qsizetype index) const
{
    if (index < 0 || index >= m_sections.size())
        return index;
    const int level = m_sections[index].level;
    qsizetype end = index + 1;
    while (end < m_sections.size() && m_sections[end].level > level)
        ++end;
    return end;
}

void Document::setBody(const QString& sectionId, Lang lang, const QString& markdown)
{
    Section* section = mutableSection(sectionId);
    if (!section || section->body.in(lang) == markdown)
        return;
    section->body.in(lang) = markdown;
    (lang == Lang::Cy ? section->revisionCy : section->revisionEn) = nextRevision();
}

void Document::restoreBody(const QString& sectionId, Lang lang, const QString& markdown,
                           int revision)
{
    Section* section = mutableSection(sectionId);
    if (!section)
        return;
    section->body.in(lang) = markdown;
    (lang == Lang::Cy ? section->revisionCy : section->revisionEn) = revision;
}

void Document::confirmTranslation(const QString& sectionId)
{
    Section* section = mutableSection(sectionId);
    if (!section)
        return;
    const bool cy = otherLang(section->sourceLanguage) == Lang::Cy;
    if (section->notApplicable)
        (cy ? section->reasonRevisionCy : section->reasonRevisionEn) = nextRevision();
    else
        (cy ? section->revisionCy : section->revisionEn) = nextRevision();
}

void Document::setTitle(const QString& sectionId, Lang lang, const QString& title)
{
    if (Section* section = mutableSection(sectionId))
        section->title.in(lang) = title.simplified();
}

void Document::setSourceLanguage(const QString& sectionId, Lang lang)
{
    if (Section* section = mutableSection(sectionId))
        section->sourceLanguage = lang;
}

void Document::setSensitive(const QString& sectionId, bool sensitive)
{
    if (Section* section = mutableSection(sectionId))
        section->sensitive = sensitive;
}

void Document::setNotApplicable(const QString& sectionId, bool notApplicable)
{
    if (Section* section = mutableSection(sectionId))
        section->notApplicable = notApplicable;
}

void Document::setNotApplicableReason(const QString& sectionId, Lang lang, const QString& reason)
{
    Section* section = mutableSection(sectionId);
    if (!section || section->notApplicableReason.in(lang) == reason)
        return;
    section->notApplicableReason.in(lang) = reason;
    (lang == Lang::Cy ? section->reasonRevisionCy : section->reasonRevisionEn) = nextRevision();
}

void Document::setRevision(const QString& sectionId, Lang lang, int revision, bool reason)
{
    Section* section = mutableSection(sectionId);
    if (!section)
        return;
    if (reason)
        (lang == Lang::Cy ? section->reasonRevisionCy : section->reasonRevisionEn) = revision;
    else
        (lang == Lang::Cy ? section->revisionCy : section->revisionEn) = revision;
}

void Document::setItems(const QString& sectionId, const QList<EmbeddedItem>& items)
{
    if (Section* section = mutableSection(sectionId))
        section->items = items;
}

void Document::setLevel(const QString& sectionId, int level)
{
    const qsizetype index = indexOf(sectionId);
    if (index < 0)
        return;
    const int maxLevel = index == 0 ? 1 : m_sections[index - 1].level + 1;
    level = std::clamp(level, 1, std::min(maxLevel, Section::kMaxLevel));
    const int delta = level - m_sections[index].level;
    if (delta == 0)
        return;
    const qsizetype end = subtreeEnd(index);
    for (qsizetype i = index; i < end; ++i) {
        if (m_sections[i].level + delta > Section::kMaxLevel)
            return; // a child would fall below the deepest level: leave the outline as it is
    }
    for (qsizetype i = index; i < end; ++i)
        m_sections[i].level = std::max(1, m_sections[i].level + delta);
}

QString Document::insertSection(const QString& afterId, const BilingualText& title, int level)
{
    qsizetype position = m_sections.size();
    if (!afterId.isEmpty()) {
        const qsizetype after = indexOf(afterId);
        if (after >= 0)
            position = subtreeEnd(after);
    }
    const int previousLevel = position > 0 ? m_sections[position - 1].level : 0;
    Section section;
    section.id = uniqueId(title.en.isEmpty() ? title.cy : title.en);
    section.title = BilingualText{title.en.simplified(), title.cy.simplified()};
    section.level = std::clamp(level, 1, std::min(previousLevel + 1, Section::kMaxLevel));
    m_sections.insert(position, section);
    return section.id;
}

void Document::removeSection(const QString& sectionId)
{
    const qsizetype index = indexOf(sectionId);
    if (index < 0)
        return;
    const qsizetype end = subtreeEnd(index);
    for (qsizetype i = index + 1; i < end; ++i)
        m_sections[i].level = std::max(1, m_sections[i].level - 1);
    m_sections.removeAt(index);
}

bool Document::moveSection(const QString& sectionId, int direction)
{
    const qsizetype index = indexOf(sectionId);
    if (index < 0 || direction == 0)
        return false;
    const int level = m_sections[index].level;
    const qsizetype end = subtreeEnd(index);
    const QList<Section> block = m_sections.mid(index, end - index);
    if (direction < 0) {
        qsizetype sibling = -1;
        for (qsizetype k = index - 1; k >= 0; --k) {
            if (m_sections[k].level < level)
                break;
            if (m_sections[k].level == level) {
                sibling = k;
                break;
            }
        }
        if (sibling < 0)
            return false;
        m_sections.remove(index, end - index);
        for (qsizetype i = 0; i < block.size(); ++i)
            m_sections.insert(sibling + i, block[i]);
        return true;
    }
    if (end >= m_sections.size() || m_sections[end].level != level)
        return false;
    const qsizetype siblingEnd = subtreeEnd(end);
    m_sections.remove(index, end - index);
    const qsizetype insertAt = siblingEnd - block.size();
    for (qsizetype i = 0; i < block.size(); ++i)
        m_sections.insert(insertAt + i, block[i]);
    return true;
}

bool Document::mergeSection(const QString& sourceId, const QString& targetId)
{
    if (sourceId == targetId)
        return false;
    const Section* source = section(sourceId);
    Section* target = mutableSection(targetId);
    if (!source || !target)
        return false;
    const Section from = *source;

    if (hasBody(from)) {
        const bool current =
            (!hasBody(*target) || bodyStatus(*target) == TranslationStatus::UpToDate) &&
            bodyStatus(from) == TranslationStatus::UpToDate;
        for (Lang lang : kAllLangs)
            target->body.in(lang) = joined(target->body.in(lang), from.body.in(lang));
        // The translation of the merged text is current only if both halves were: the older
        // revision goes to whichever language must then read as out of date.
        const Lang sourceLang = target->sourceLanguage;
        const Lang translation = otherLang(sourceLang);
        const int first = nextRevision();
        const int second = nextRevision();
        (sourceLang == Lang::Cy ? target->revisionCy : target->revisionEn) =
            current ? first : second;
        (translation == Lang::Cy ? target->revisionCy : target->revisionEn) =
            current ? second : first;
    }
    for (const EmbeddedItem& item : from.items) {
        if (!target->items.contains(item))
            target->items.append(item);
    }
    for (const QString& id : from.coveredIds()) {
        if (!target->merged.contains(id))
            target->merged.append(id);
    }
    // Restricted text stays restricted wherever it goes.
    target->sensitive = target->sensitive || from.sensitive;
    removeSection(sourceId);
    return true;
}

Document Document::withoutSensitive() const
{
    Document published(m_kind);
    QList<Section> kept;
    for (qsizetype i = 0; i < m_sections.size();) {
        if (m_sections[i].sensitive) {
            i = subtreeEnd(i);
            continue;
        }
        kept.append(m_sections[i]);
        ++i;
    }
    published.setSections(kept);
    return published;
}

bool Document::isValidSectionId(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return shape.match(id).hasMatch();
}

QString Document::uniqueId(const QString& title) const
{
    // Letters without their accents (ŵ → w), digits and dashes: readable in a command line.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString base;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            base += c;
        else if (c.isLetterOrNumber() || c.isSpace() || c == QLatin1Char('-') ||
                 c == QLatin1Char('_') || c.isPunct())
            base += QLatin1Char('-');
    }
    static const QRegularExpression dashes(QStringLiteral("-+"));
    base.replace(dashes, QStringLiteral("-"));
    base = base.left(40);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("section");
    QString id = base;
    for (int n = 2; indexOf(id) >= 0; ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

} // namespace sna
