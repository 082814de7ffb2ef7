#include "export/Publication.h"

#include "document/FixedText.h"

namespace sna {

QString publicationKindId(PublicationKind kind)
{
    switch (kind) {
    case PublicationKind::Strategy:
        return QStringLiteral("strategy");
    case PublicationKind::Sna:
        return QStringLiteral("sna");
    case PublicationKind::SnaSummary:
        return QStringLiteral("sna-summary");
    }
    return {};
}

std::optional<PublicationKind> publicationKindFromId(const QString& id)
{
    for (PublicationKind kind :
         {PublicationKind::Strategy, PublicationKind::Sna, PublicationKind::SnaSummary}) {
        if (publicationKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

Audience audienceOf(PublicationKind kind)
{
    return kind == PublicationKind::Sna ? Audience::Restricted : Audience::Public;
}

QString layoutId(Layout layout)
{
    switch (layout) {
    case Layout::Separate:
        return QStringLiteral("separate");
    case Layout::WelshFirst:
        return QStringLiteral("welsh-first");
    case Layout::Columns:
        return QStringLiteral("columns");
    }
    return {};
}

std::optional<Layout> layoutFromId(const QString& id)
{
    for (Layout layout : {Layout::Separate, Layout::WelshFirst, Layout::Columns}) {
        if (layoutId(layout) == id)
            return layout;
    }
    return std::nullopt;
}

QString plainText(const RichText& text)
{
    QString plain;
    for (const TextRun& run : text)
        plain += run.text;
    return plain;
}

RichText richText(const QString& plain, bool bold, bool italic)
{
    return RichText{TextRun{plain, bold, italic, {}}};
}

QString PublicationSection::heading(Lang lang) const
{
    if (annex)
        return FixedText::text(FixedText::AnnexHeading, lang).arg(number, title.in(lang));
    return number + QStringLiteral("  ") + title.in(lang);
}

QString PublicationSection::anchor() const
{
    return annex ? QStringLiteral("annex-") + number.toLower() : QStringLiteral("s") + number;
}

QString Publication::metadataTitle(Lang lang) const
{
    return title.in(lang) + QStringLiteral(" — ") + partnership;
}

} // namespace sna
