#include "analysis/DataGaps.h"

#include "document/FixedText.h"

#include <QSet>

namespace sna {

namespace {
struct KindInfo {
    const char* kind;
    FixedText::Term name;
    bool detectable;
};
// In the order of the guidance's list (para 147).
const KindInfo kKinds[] = {
    {"police-crime", FixedText::GapPoliceCrime, true},
    {"crime-outcomes", FixedText::GapOutcomes, true},
    {"victims-offenders", FixedText::GapVictimsOffenders, true},
    {"crime-survey", FixedText::GapCrimeSurvey, false},
    {"hospital", FixedText::GapHospital, true},
    {"education", FixedText::GapEducation, true},
    {"prison", FixedText::GapPrison, true},
    {"local-data", FixedText::GapLocal, true},
    {"dvds", FixedText::GapDvds, false},
    {"marac", FixedText::GapMarac, false},
    {"childrens-social-care", FixedText::GapSocialCare, true},
    {"homicide-reviews", FixedText::GapReviews, false},
    {"voluntary-young-people", FixedText::GapVoluntary, true},
    {"vawg", FixedText::GapVawg, true},
};

struct StatusInfo {
    const char* code;
    FixedText::Term name;
    const char* label;
};
const StatusInfo kStatuses[] = {
    {"held", FixedText::StatusHeld, QT_TRANSLATE_NOOP("sna::DataGaps", "Held")},
    {"partly", FixedText::StatusPartly, QT_TRANSLATE_NOOP("sna::DataGaps", "Partly held")},
    {"not-held", FixedText::StatusNotHeld, QT_TRANSLATE_NOOP("sna::DataGaps", "Not yet held")},
    {"held-elsewhere", FixedText::StatusHeldElsewhere,
     QT_TRANSLATE_NOOP("sna::DataGaps", "Held outside this project")},
    {"requested", FixedText::StatusRequested, QT_TRANSLATE_NOOP("sna::DataGaps", "Requested")},
    {"not-available", FixedText::StatusNotAvailable,
     QT_TRANSLATE_NOOP("sna::DataGaps", "Not available")},
    {"not-applicable", FixedText::StatusNotApplicable,
     QT_TRANSLATE_NOOP("sna::DataGaps", "Not applicable")},
};

BilingualText both(FixedText::Term term)
{
    return BilingualText{FixedText::text(term, Lang::En), FixedText::text(term, Lang::Cy)};
}
} // namespace

bool DataGap::isGap() const
{
    const QString s = status();
    return s == QLatin1String("not-held") || s == QLatin1String("partly") ||
           s == QLatin1String("requested") || s == QLatin1String("not-available");
}

QStringList DataGaps::kinds()
{
    QStringList list;
    for (const KindInfo& info : kKinds)
        list << QString::fromLatin1(info.kind);
    return list;
}

QStringList DataGaps::analystStatuses()
{
    return {QString(), QStringLiteral("held-elsewhere"), QStringLiteral("requested"),
            QStringLiteral("not-available"), QStringLiteral("not-applicable")};
}

BilingualText DataGaps::kindName(const QString& kind)
{
    for (const KindInfo& info : kKinds) {
        if (kind == QLatin1String(info.kind))
            return both(info.name);
    }
    return BilingualText{kind, kind};
}

BilingualText DataGaps::statusName(const QString& status)
{
    for (const StatusInfo& info : kStatuses) {
        if (status == QLatin1String(info.code))
            return both(info.name);
    }
    return BilingualText{status, status};
}

QString DataGaps::statusLabel(const QString& status)
{
    if (status.isEmpty())
        return tr("As detected");
    for (const StatusInfo& info : kStatuses) {
        if (status == QLatin1String(info.code))
            return tr(info.label);
    }
    return status;
}

QList<DataGap> DataGaps::build(const AnalysisData& data, const QList<DataGapNote>& notes)
{
    // Which files show each kind of data is held.
    QHash<QString, QStringList> held, partly;
    const auto add = [](QHash<QString, QStringList>& into, const char* kind, const QString& file) {
        QStringList& files = into[QString::fromLatin1(kind)];
        if (!files.contains(file))
            files << file;
    };
    for (const AnalysisData::Dataset& d : data.datasets) {
        const QString& f = d.fileName;
        const QString& type = d.authorityType;
        const bool mapped = d.format == QLatin1String("mapped");
        if (d.format == QLatin1String("police-uk") || (mapped && type == QLatin1String("police")))
            add(held, "police-crime", f);
        if (d.format == QLatin1String("police-uk-outcomes"))
            add(held, "crime-outcomes", f);
        if (d.format == QLatin1String("fingertips") || (mapped && type == QLatin1String("health")))
            add(held, "hospital", f);
        if (d.format == QLatin1String("exclusions") ||
            (mapped && type == QLatin1String("education")))
            add(held, "education", f);
        if (mapped && type == QLatin1String("prison"))
            add(held, "prison", f);
        if (d.format == QLatin1String("population"))
            add(held, "local-data", f);
        if (d.format == QLatin1String("imd") || d.format == QLatin1String("wimd") ||
            d.format == QLatin1String("lookup"))
            add(partly, "local-data", f);
        if (mapped && type == QLatin1String("social-care"))
            add(held, "childrens-social-care", f);
        if (mapped && type == QLatin1String("voluntary"))
            add(held, "voluntary-young-people", f);
    }
    // Victim and offender profiles: criminal-justice partners' data with ages or sex; violence
    // against women and girls: partner data that flags domestic abuse, partly.
    for (const AnalysisSource& source : data.sources) {
        const bool justice = source.authorityType == QLatin1String("police") ||
                             source.authorityType == QLatin1String("youth-justice") ||
                             source.authorityType == QLatin1String("probation");
        const bool flagsAbuse = std::any_of(source.facts.begin(), source.facts.end(),
                                            [](const Fact& f) { return f.domesticAbuse >= 0; });
        for (const AnalysisData::Dataset& d : data.datasets) {
            if (d.format != QLatin1String("mapped") ||
                QStringLiteral("partner:") + d.partner != source.key)
                continue;
            if (justice && (source.hasAge || source.hasSex))
                add(held, "victims-offenders", d.fileName);
            if (flagsAbuse)
                add(partly, "vawg", d.fileName);
        }
    }
    QHash<QString, DataGapNote> byKind;
    for (const DataGapNote& note : notes)
        byKind.insert(note.kind, note);
    QList<DataGap> list;
    for (const KindInfo& info : kKinds) {
        const QString kind = QString::fromLatin1(info.kind);
        DataGap gap;
        gap.kind = kind;
        gap.detectable = info.detectable;
        if (held.contains(kind)) {
            gap.detected = QStringLiteral("held");
            gap.evidence = held.value(kind);
        } else if (partly.contains(kind)) {
            gap.detected = QStringLiteral("partly");
            gap.evidence = partly.value(kind);
        } else {
            gap.detected = QStringLiteral("not-held");
        }
        gap.note = byKind.value(kind, DataGapNote{kind, {}, {}});
        gap.note.kind = kind;
        list << gap;
    }
    return list;
}

} // namespace sna
