#include "analysis/AnalysisData.h"

#include "analysis/Periods.h"
#include "analysis/ViolenceDefinitionStore.h"
#include "import/SourceAuthority.h"
#include "project/ProfileStore.h"
#include "project/Project.h"
#include "project/SqliteStatement.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sna {

namespace {

int ageBandOf(QList<AgeBand>& bands, QHash<QString, int>& known, const QString& label)
{
    const auto cached = known.constFind(label);
    if (cached != known.constEnd())
        return *cached;
    int index = -1;
    if (const auto parsed = AnalysisData::parseAgeBand(label)) {
        // A band that fits inside a standard one is counted there; others keep their label.
        for (int i = 0; i < int(AnalysisData::standardAgeBands().size()); ++i) {
            const AgeBand& standard = bands[i];
            const bool inside = parsed->from >= standard.from &&
                                (standard.to < 0 || (parsed->to >= 0 && parsed->to <= standard.to));
            if (inside) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            for (int i = 0; i < int(bands.size()); ++i) {
                if (bands[i].from == parsed->from && bands[i].to == parsed->to)
                    index = i;
            }
        }
        if (index < 0) {
            AgeBand band = *parsed;
            band.label = label.trimmed();
            bands.append(band);
            index = int(bands.size() - 1);
        }
    }
    known.insert(label, index);
    return index;
}

int standardBandOfAge(const QList<AgeBand>& bands, int age)
{
    for (int i = 0; i < int(AnalysisData::standardAgeBands().size()); ++i) {
        if (age >= bands[i].from && (bands[i].to < 0 || age <= bands[i].to))
            return i;
    }
    return -1;
}

QList<int> monthsOf(const QSet<int>& months)
{
    QList<int> sorted = months.values();
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace

QList<AgeBand> AnalysisData::standardAgeBands()
{
    return {{QStringLiteral("0–9"), 0, 9},     {QStringLiteral("10–17"), 10, 17},
            {QStringLiteral("18–24"), 18, 24}, {QStringLiteral("25–34"), 25, 34},
            {QStringLiteral("35–44"), 35, 44}, {QStringLiteral("45–54"), 45, 54},
            {QStringLiteral("55–64"), 55, 64}, {QStringLiteral("65+"), 65, -1}};
}

std::optional<AgeBand> AnalysisData::parseAgeBand(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression range(QStringLiteral(
        "^(?:aged?\\s*)?(\\d{1,3})\\s*(?:-|–|to|i)\\s*(\\d{1,3})(?:\\s*(?:years?|oed))?$"));
    static const QRegularExpression open(QStringLiteral(
        "^(?:aged?\\s*)?(\\d{1,3})\\s*(?:\\+|and over|or over|plus|and above|a throsodd)$"));
    static const QRegularExpression under(
        QStringLiteral("^(?:under|below|dan|o dan)\\s*(\\d{1,3})(?:\\s*(?:years?|oed))?$"));
    static const QRegularExpression single(QStringLiteral("^(\\d{1,3})$"));
    QRegularExpressionMatch m;
    AgeBand band;
    band.label = text.trimmed();
    if ((m = range.match(t)).hasMatch()) {
        band.from = m.captured(1).toInt();
        band.to = m.captured(2).toInt();
    } else if ((m = open.match(t)).hasMatch()) {
        band.from = m.captured(1).toInt();
        band.to = -1;
    } else if ((m = under.match(t)).hasMatch()) {
        band.from = 0;
        band.to = m.captured(1).toInt() - 1;
    } else if ((m = single.match(t)).hasMatch()) {
        band.from = band.to = m.captured(1).toInt();
    } else {
        return std::nullopt;
    }
    if (band.from > 120 || (band.to >= 0 && band.to < band.from))
        return std::nullopt;
    return band;
}

SourceClass AnalysisData::classOf(const QString& authorityType)
{
    // Health and social-care bodies share anonymous data only (guidance paras 170, 178–179);
    // their published figures follow the stricter rule.
    return SourceAuthorities::mustBeAnonymous(authorityType) ? SourceClass::Health
                                                             : SourceClass::Other;
}

const AnalysisSource* AnalysisData::source(const QString& key) const
{
    for (const AnalysisSource& s : sources) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

std::optional<QString> AnalysisData::targetOf(const AnalysisSource& source, int category) const
{
    if (category < 0 || category >= source.categories.size())
        return std::nullopt;
    return definition.mappingFor(source.key, source.categories[category]);
}

QStringList AnalysisData::includedCategories() const
{
    QStringList ids;
    for (const DefinitionCategory& c : definition.categories) {
        if (c.included)
            ids << c.id;
    }
    return ids;
}

QList<int> AnalysisData::categoryTargets(const AnalysisSource& source) const
{
    const QStringList included = includedCategories();
    QList<int> targets;
    targets.reserve(source.categories.size());
    for (int i = 0; i < int(source.categories.size()); ++i) {
        const auto target = targetOf(source, i);
        targets.append(target && !target->isEmpty() ? int(included.indexOf(*target)) : -1);
    }
    return targets;
}

BilingualText AnalysisData::categoryName(const QString& id) const
{
    if (const DefinitionCategory* c = definition.category(id))
        return c->name;
    return BilingualText{id, id};
}

std::shared_ptr<const AnalysisData>
AnalysisData::withDefinition(const ViolenceDefinition& newDefinition) const
{
    auto copy = std::make_shared<AnalysisData>(*this);
    copy->definition = newDefinition;
    return copy;
}

std::shared_ptr<const AnalysisData>
AnalysisData::withSettings(const AnalysisSettings& newSettings) const
{
    auto copy = std::make_shared<AnalysisData>(*this);
    copy->settings = newSettings;
    return copy;
}

Result<std::shared_ptr<const AnalysisData>> AnalysisData::load(Project& project)
{
    auto data = std::make_shared<AnalysisData>();
    auto definition = ViolenceDefinitionStore(project).load();
    if (!definition)
        return definition.error();
    data->definition = definition.value();
    auto settings = AnalysisSettingsStore(project).load();
    if (!settings)
        return settings.error();
    data->settings = settings.value();
    auto profile = ProfileStore(project).load();
    if (!profile)
        return profile.error();
    data->partnershipName = profile.value().name;
    for (const Area& area : profile.value().areas)
        data->partnershipAreas << area.code;
    data->ageBands = standardAgeBands();

    sqlite3* db = project.handle();
    const auto failed = [&] {
        return project.databaseError(tr("Could not read the analysis data"));
    };

    // Datasets and their provenance.
    QHash<QString, QStringList> partnerAuthorities; // partner source → authority types
    {
        SqliteStatement q(db, "SELECT id, format, authority_type, partner, file_name, "
                              "coalesce(period_start, 0), coalesce(period_end, 0) FROM dataset "
                              "ORDER BY id");
        if (!q.prepared())
            return failed();
        while (q.step()) {
            Dataset d{q.columnInt(0),  q.columnText(1),     q.columnText(2),    q.columnText(3),
                      q.columnText(4), int(q.columnInt(5)), int(q.columnInt(6))};
            if (d.format == QLatin1String("mapped"))
                partnerAuthorities[QStringLiteral("partner:") + d.partner] << d.authorityType;
            data->datasets.append(d);
        }
    }

    // Geography: imported lookups, then data.police.uk's LSOAs.
    Geography& geo = data->geography;
    for (const QString& code : std::as_const(data->partnershipAreas))
        geo.add(Geography::Lad, code);
    {
        SqliteStatement q(db, "SELECT level, code, max(name), max(name_cy) FROM geo_name "
                              "GROUP BY level, code");
        if (!q.prepared())
            return failed();
        while (q.step()) {
            const auto level = Geography::levelFromCode(q.columnText(0));
            if (!level)
                continue;
            const int area = geo.add(*level, q.columnText(1), q.columnText(2), q.columnText(3));
            geo.markFromLookup(area);
        }
        SqliteStatement links(db, "SELECT DISTINCT child_level, child_code, parent_level, "
                                  "parent_code FROM geo_link");
        if (!links.prepared())
            return failed();
        while (links.step()) {
            const auto child = Geography::levelFromCode(links.columnText(0));
            const auto parent = Geography::levelFromCode(links.columnText(2));
            if (!child || !parent)
                continue;
            geo.link(geo.add(*child, links.columnText(1)), geo.add(*parent, links.columnText(3)));
        }
    }
    QHash<qint64, int> lsoaArea; // police lsoa id → area
    {
        SqliteStatement q(db, "SELECT id, code, name FROM lsoa");
        if (!q.prepared())
            return failed();
        while (q.step())
            lsoaArea.insert(q.columnInt(0),
                            geo.add(Geography::Lsoa, q.columnText(1), q.columnText(2)));
    }
    // Partner area codes.
    {
        SqliteStatement q(db, "SELECT DISTINCT area_level, area_code FROM partner_record "
                              "WHERE area_code <> ''");
        if (!q.prepared())
            return failed();
        while (q.step()) {
            if (const auto level = Geography::levelFromCode(q.columnText(0)))
                geo.add(*level, q.columnText(1));
        }
    }
    geo.finish(data->partnershipAreas);

    // data.police.uk: every force's files are one source.
    {
        AnalysisSource police;
        police.key = QString::fromLatin1(kPoliceSource);
        police.authorityType = QStringLiteral("police");
        police.disclosure = SourceClass::Other;
        QHash<qint64, int> categoryIndex;
        SqliteStatement categories(db, "SELECT id, name FROM crime_category ORDER BY name");
        if (!categories.prepared())
            return failed();
        while (categories.step()) {
            categoryIndex.insert(categories.columnInt(0), int(police.categories.size()));
            police.categories << categories.columnText(1);
        }
        // One row per month, category and LSOA: the totals counted at import.
        SqliteStatement counts(db, "SELECT month, category_id, lsoa_id, SUM(n) FROM crime_count "
                                   "GROUP BY month, category_id, lsoa_id");
        if (!counts.prepared())
            return failed();
        QSet<int> months;
        int lastMonth = -1;
        while (counts.step()) {
            Fact fact;
            const int month = int(counts.columnInt(0));
            if (month != lastMonth) {
                fact.first = Periods::index(month);
                months.insert(fact.first);
                lastMonth = month;
            } else {
                fact.first = police.facts.last().first;
            }
            fact.last = fact.first;
            fact.category = categoryIndex.value(counts.columnInt(1), -1);
            fact.area = lsoaArea.value(counts.columnInt(2), -1);
            fact.n = counts.columnInt(3);
            police.facts.append(fact);
        }
        SqliteStatement coverage(
            db, "SELECT c.source, c.period_start, c.period_end FROM dataset_coverage c JOIN "
                "dataset d ON d.id = c.dataset_id WHERE d.format = 'police-uk'");
        if (!coverage.prepared())
            return failed();
        while (coverage.step()) {
            const int first = int(coverage.columnInt(1));
            const int last = int(coverage.columnInt(2));
            if (!Periods::isValidMonth(first) || !Periods::isValidMonth(last))
                continue;
            QList<int>& covered = police.coveredBySubSource[coverage.columnText(0)];
            for (int m = Periods::index(first); m <= Periods::index(last); ++m) {
                covered.append(m);
                months.insert(m);
            }
        }
        for (QList<int>& covered : police.coveredBySubSource) {
            std::sort(covered.begin(), covered.end());
            covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
        }
        police.coveredMonths = monthsOf(months);
        if (!police.facts.isEmpty() || !police.coveredMonths.isEmpty())
            data->sources.append(police);
    }

    // Partner data, one source per partner, counted by SQL.
    {
        QHash<QString, int> sourceIndex;
        QHash<qint64, QPair<int, int>> categoryOf; // partner_category id → (source, category)
        SqliteStatement categories(db, "SELECT id, source, name FROM partner_category "
                                       "ORDER BY source, name");
        if (!categories.prepared())
            return failed();
        while (categories.step()) {
            const QString key = categories.columnText(1);
            if (!sourceIndex.contains(key)) {
                AnalysisSource source;
                source.key = key;
                const QString partner = key.mid(key.indexOf(QLatin1Char(':')) + 1);
                source.name = BilingualText{partner, partner};
                const QStringList types = partnerAuthorities.value(key);
                source.authorityType = types.value(0);
                source.disclosure = SourceClass::Other;
                for (const QString& type : types) {
                    if (classOf(type) == SourceClass::Health)
                        source.disclosure = SourceClass::Health;
                }
                data->sources.append(source);
                sourceIndex.insert(key, int(data->sources.size() - 1));
            }
            AnalysisSource& source = data->sources[sourceIndex.value(key)];
            categoryOf.insert(categories.columnInt(0),
                              {sourceIndex.value(key), int(source.categories.size())});
            source.categories << categories.columnText(2);
        }
        SqliteStatement rows(
            db, "SELECT category_id, period_start, period_end, area_code, age, age_band, sex, "
                "weapon, domestic_abuse, hour, "
                "CASE WHEN day IS NULL THEN -1 ELSE CAST(strftime('%w', day) AS INTEGER) END, "
                "suppressed, SUM(coalesce(n, 0)), COUNT(*) FROM partner_record "
                "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12");
        if (!rows.prepared())
            return failed();
        QHash<QString, int> bandIndex;
        while (rows.step()) {
            const auto where = categoryOf.constFind(rows.columnInt(0));
            if (where == categoryOf.constEnd())
                continue;
            AnalysisSource& source = data->sources[where->first];
            Fact fact;
            fact.category = where->second;
            const int first = int(rows.columnInt(1));
            const int last = int(rows.columnInt(2));
            if (!Periods::isValidMonth(first) || !Periods::isValidMonth(last))
                continue;
            fact.first = Periods::index(first);
            fact.last = Periods::index(last);
            fact.area = geo.find(rows.columnText(3));
            if (!rows.isNull(4)) {
                fact.ageBand = qint8(standardBandOfAge(data->ageBands, int(rows.columnInt(4))));
                source.hasAge = true;
            } else if (!rows.isNull(5)) {
                fact.ageBand = qint8(ageBandOf(data->ageBands, bandIndex, rows.columnText(5)));
                source.hasAge = source.hasAge || fact.ageBand >= 0;
            }
            if (!rows.isNull(6)) {
                const QString sex = rows.columnText(6);
                fact.sex = sex == QLatin1String("F") ? 1 : sex == QLatin1String("M") ? 2 : 3;
                source.hasSex = true;
            }
            if (!rows.isNull(7)) {
                fact.weapon = qint8(rows.columnInt(7) ? 1 : 0);
                source.hasWeapon = true;
            }
            if (!rows.isNull(8))
                fact.domesticAbuse = qint8(rows.columnInt(8) ? 1 : 0);
            if (!rows.isNull(9)) {
                fact.hour = qint8(rows.columnInt(9));
                source.hasHour = true;
            }
            if (rows.columnInt(10) >= 0) {
                fact.weekday = qint8((rows.columnInt(10) + 6) % 7); // SQLite: 0 is Sunday
                source.hasWeekday = true;
            }
            fact.withheld = rows.columnInt(11) != 0;
            fact.n = rows.columnInt(12);
            if (fact.withheld)
                source.withheldRows += rows.columnInt(13);
            source.facts.append(fact);
        }
        SqliteStatement coverage(
            db, "SELECT c.source, d.file_name, c.period_start, c.period_end FROM dataset_coverage "
                "c JOIN dataset d ON d.id = c.dataset_id WHERE d.format = 'mapped'");
        if (!coverage.prepared())
            return failed();
        QHash<int, QSet<int>> months;
        while (coverage.step()) {
            const auto index = sourceIndex.constFind(coverage.columnText(0));
            const int first = int(coverage.columnInt(2));
            const int last = int(coverage.columnInt(3));
            if (index == sourceIndex.constEnd() || !Periods::isValidMonth(first) ||
                !Periods::isValidMonth(last))
                continue;
            QList<int>& covered = data->sources[*index].coveredBySubSource[coverage.columnText(1)];
            for (int m = Periods::index(first); m <= Periods::index(last); ++m) {
                covered.append(m);
                months[*index].insert(m);
            }
        }
        for (auto it = months.cbegin(); it != months.cend(); ++it) {
            AnalysisSource& source = data->sources[it.key()];
            source.coveredMonths = monthsOf(it.value());
            for (QList<int>& covered : source.coveredBySubSource) {
                std::sort(covered.begin(), covered.end());
                covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
            }
        }
    }

    // Denominators and deprivation.
    {
        SqliteStatement q(db, "SELECT area_code, year, sex, age_from, age_to, n FROM population "
                              "ORDER BY dataset_id");
        if (!q.prepared())
            return failed();
        while (q.step()) {
            PopulationTable::Row row;
            row.year = int(q.columnInt(1));
            const QString sex = q.columnText(2);
            row.sex = sex.isEmpty() ? 'P' : sex.at(0).toLatin1();
            row.from = int(q.columnInt(3));
            row.to = q.isNull(4) ? -1 : int(q.columnInt(4));
            row.total = row.from == 0 && row.to < 0;
            row.n = q.columnDouble(5);
            data->population.add(q.columnText(0), row);
        }
        SqliteStatement d(db, "SELECT measure, lsoa_code, decile FROM deprivation "
                              "ORDER BY dataset_id");
        if (!d.prepared())
            return failed();
        while (d.step())
            data->deprivation.insert(d.columnText(1), {d.columnText(0), int(d.columnInt(2))});
    }
    return std::shared_ptr<const AnalysisData>(data);
}

} // namespace sna
