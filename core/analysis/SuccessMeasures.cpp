#include "analysis/SuccessMeasures.h"

#include <QSet>

#include <functional>

namespace sna {

namespace {

using Predicate = std::function<bool(const AnalysisSource&, const Fact&, int target)>;

struct Counted {
    qint64 count = 0;
    qint64 under25 = 0;
};

bool coversAll(const AnalysisSource& source, const Period& period)
{
    const QSet<int> covered(source.coveredMonths.begin(), source.coveredMonths.end());
    for (int m = Periods::index(period.first); m <= Periods::index(period.last); ++m) {
        if (!covered.contains(m))
            return false;
    }
    return true;
}

Counted count(const AnalysisData& data, const QList<const AnalysisSource*>& sources,
              const Period& period, const Predicate& predicate)
{
    Counted result;
    const int a = Periods::index(period.first), b = Periods::index(period.last);
    const Geography& geo = data.geography;
    for (const AnalysisSource* source : sources) {
        const QList<int> targets = data.categoryTargets(*source);
        for (const Fact& f : source->facts) {
            if (f.first < a || f.last > b || f.category < 0 || targets[f.category] < 0)
                continue;
            const bool inScope =
                f.area >= 0 ? geo.area(f.area).inPartnership : !geo.partnershipDefined();
            if (!inScope || !predicate(*source, f, targets[f.category]))
                continue;
            result.count += f.n;
            if (f.ageBand >= 0 && data.ageBands[f.ageBand].within(0, 24))
                result.under25 += f.n;
        }
    }
    return result;
}

SuccessMeasure measure(const AnalysisData& data, SuccessMeasure::Kind kind,
                       const QList<const AnalysisSource*>& sources, const Predicate& predicate)
{
    SuccessMeasure result;
    result.kind = kind;
    result.available = true;
    result.under25Known = true;
    int last = 0;
    for (const AnalysisSource* source : sources) {
        result.sources << source->key;
        if (source->disclosure == SourceClass::Health)
            result.disclosure = SourceClass::Health;
        result.under25Known = result.under25Known && source->hasAge;
        const int sourceLast = Periods::fromIndex(
            source->coveredMonths.value(source->coveredMonths.size() - 1, Periods::index(200001)));
        last = last == 0 ? sourceLast : std::min(last, sourceLast);
    }
    // The latest financial year every counted source covers; without one, the latest twelve
    // months they all reach.
    Period latest = Periods::financialYear(last);
    for (int tries = 0; tries < 20; ++tries) {
        const bool all = std::all_of(sources.begin(), sources.end(), [&](const auto* source) {
            return coversAll(*source, latest);
        });
        if (all)
            break;
        latest = Periods::financialYear(Periods::addMonths(latest.first, -1));
    }
    if (!std::all_of(sources.begin(), sources.end(),
                     [&](const auto* source) { return coversAll(*source, latest); }))
        latest = Periods::rolling12(last);
    result.latest = latest;
    const Counted now = count(data, sources, latest, predicate);
    result.count = now.count;
    result.under25 = now.under25;
    const Period before{latest.kind, Periods::addMonths(latest.first, -12),
                        Periods::addMonths(latest.last, -12)};
    result.change.before = before;
    result.change.after = latest;
    const bool complete = std::all_of(sources.begin(), sources.end(), [&](const auto* source) {
        return coversAll(*source, before) && coversAll(*source, latest);
    });
    if (complete) {
        result.change.assessment =
            ChangeTest::compare(count(data, sources, before, predicate).count, now.count);
        result.change.assessable = true;
    } else {
        result.change.reason = QStringLiteral("incomplete");
    }
    return result;
}

} // namespace

QString SuccessMeasure::code(Kind kind)
{
    switch (kind) {
    case Kind::HospitalKnifeAdmissions:
        return QStringLiteral("hospital-knife-admissions");
    case Kind::PoliceKnifeViolence:
        return QStringLiteral("police-knife-violence");
    case Kind::Homicides:
        return QStringLiteral("homicides");
    }
    return {};
}

QList<SuccessMeasure> SuccessMeasures::compute(const AnalysisData& data)
{
    QList<SuccessMeasure> list;
    const auto unavailable = [](SuccessMeasure::Kind kind, const QString& reason) {
        SuccessMeasure m;
        m.kind = kind;
        m.reason = reason;
        return m;
    };
    const auto withData = [](const AnalysisSource& s) { return !s.coveredMonths.isEmpty(); };
    const auto knife = [](const AnalysisSource&, const Fact& f, int) { return f.weapon == 1; };

    // 1. Hospital admissions for assault with a knife or sharp object: health partners' data
    //    that says whether a sharp object was involved.
    {
        QList<const AnalysisSource*> health, flagged;
        for (const AnalysisSource& s : data.sources) {
            if (!s.isPolice() && s.authorityType == QLatin1String("health") && withData(s)) {
                health << &s;
                if (s.hasWeapon)
                    flagged << &s;
            }
        }
        SuccessMeasure m =
            !flagged.isEmpty()
                ? measure(data, SuccessMeasure::Kind::HospitalKnifeAdmissions, flagged, knife)
                : unavailable(SuccessMeasure::Kind::HospitalKnifeAdmissions,
                              health.isEmpty() ? QStringLiteral("no-source")
                                               : QStringLiteral("no-weapon-flag"));
        for (const AnalysisData::Dataset& d : data.datasets) {
            if (d.format == QLatin1String("fingertips"))
                m.relatedNote = QStringLiteral("fingertips");
        }
        list << m;
    }
    // 2. Knife or sharp-object enabled serious violence recorded by the police: police data
    //    with a weapon flag (data.police.uk does not record one).
    {
        QList<const AnalysisSource*> police, flagged;
        for (const AnalysisSource& s : data.sources) {
            if (s.authorityType == QLatin1String("police") && withData(s)) {
                police << &s;
                if (s.hasWeapon)
                    flagged << &s;
            }
        }
        list << (!flagged.isEmpty()
                     ? measure(data, SuccessMeasure::Kind::PoliceKnifeViolence, flagged, knife)
                     : unavailable(SuccessMeasure::Kind::PoliceKnifeViolence,
                                   police.isEmpty() ? QStringLiteral("no-source")
                                                    : QStringLiteral("no-weapon-flag")));
    }
    // 3. Homicides recorded by the police: police categories mapped to a homicide category of
    //    the definition (data.police.uk counts homicide within violence against the person).
    {
        const QStringList included = data.includedCategories();
        QSet<int> homicide;
        for (int i = 0; i < int(included.size()); ++i) {
            const DefinitionCategory* c = data.definition.category(included[i]);
            if (c && c->scope == ViolenceScope::Homicide)
                homicide.insert(i);
        }
        QList<const AnalysisSource*> police, mapped;
        for (const AnalysisSource& s : data.sources) {
            if (s.authorityType != QLatin1String("police") || !withData(s))
                continue;
            police << &s;
            const QList<int> targets = data.categoryTargets(s);
            if (std::any_of(targets.begin(), targets.end(),
                            [&](int t) { return homicide.contains(t); }))
                mapped << &s;
        }
        const auto isHomicide = [homicide](const AnalysisSource&, const Fact&, int target) {
            return homicide.contains(target);
        };
        list << (!mapped.isEmpty()
                     ? measure(data, SuccessMeasure::Kind::Homicides, mapped, isHomicide)
                     : unavailable(SuccessMeasure::Kind::Homicides,
                                   police.isEmpty() ? QStringLiteral("no-source")
                                                    : QStringLiteral("no-homicide-category")));
    }
    return list;
}

} // namespace sna
