#include <catch2/catch.hpp>

#include "SnaProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <functional>

using namespace sna::test;

namespace {

struct Output {
    int exitCode = -1;
    QJsonObject json;
};

Output summaryJson(const QString& project, bool published)
{
    QStringList arguments{QStringLiteral("summary"), project, QStringLiteral("--json")};
    if (published)
        arguments << QStringLiteral("--published");
    QProcess process;
    process.start(QStringLiteral(SNA_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
}

int run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(SNA_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return process.exitCode();
}

QString month(int year, int m)
{
    return QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
}

// Two years of police data in one LSOA: 2 violent crimes a month April 2022 – March 2023, 3 a
// month April 2023 – March 2024 except June 2023 (missing), and one robbery in March 2024.
QString fixtureProject(Scratch& scratch)
{
    const QString project = scratch.path(QStringLiteral("fy.sna"));
    REQUIRE(run({QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("P"),
                 QStringLiteral("--area"), QStringLiteral("E06000016")}) == 0);
    QStringList rows;
    const QString violence = QStringLiteral("Violence and sexual offences");
    for (int i = 0; i < 12; ++i) {
        const int m = 4 + i;
        const QString key = m <= 12 ? month(2022, m) : month(2023, m - 12);
        rows << policeRow(key, violence) << policeRow(key, violence);
    }
    for (int i = 0; i < 12; ++i) {
        const int m = 4 + i;
        const QString key = m <= 12 ? month(2023, m) : month(2024, m - 12);
        if (key == QLatin1String("2023-06"))
            continue;
        rows << policeRow(key, violence) << policeRow(key, violence) << policeRow(key, violence);
    }
    rows << policeRow(QStringLiteral("2024-03"), QStringLiteral("Robbery"));
    const QString csv = scratch.write(QStringLiteral("fy.csv"), policeCsv(rows));
    REQUIRE(run({QStringLiteral("import"), project, csv}) == 0);
    return project;
}

} // namespace

TEST_CASE("sna summary --json: financial years, rolling 12 months, gaps and change by hand")
{
    Scratch scratch;
    const QString project = fixtureProject(scratch);
    const Output out = summaryJson(project, false);
    REQUIRE(out.exitCode == 0);
    CHECK(out.json.value(QStringLiteral("total_records")).toInt() == 24 + 33 + 1);
    const QJsonObject police = out.json.value(QStringLiteral("analysis"))
                                   .toObject()
                                   .value(QStringLiteral("sources"))
                                   .toObject()
                                   .value(QStringLiteral("police-uk"))
                                   .toObject();
    REQUIRE(police.value(QStringLiteral("available")).toBool());
    // The latest twelve months: April 2023 – March 2024, eleven of them with data.
    CHECK(police.value(QStringLiteral("total")).toInt() == 34);
    const QJsonObject period = police.value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("first_month")).toString() == QLatin1String("2023-04"));
    CHECK(period.value(QStringLiteral("last_month")).toString() == QLatin1String("2024-03"));
    CHECK_FALSE(period.value(QStringLiteral("complete")).toBool());

    const QJsonObject years = police.value(QStringLiteral("by_financial_year")).toObject();
    const QJsonObject fy22 = years.value(QStringLiteral("2022/23")).toObject();
    CHECK(fy22.value(QStringLiteral("count")).toInt() == 24);
    CHECK(fy22.value(QStringLiteral("complete")).toBool());
    const QJsonObject fy23 = years.value(QStringLiteral("2023/24")).toObject();
    CHECK(fy23.value(QStringLiteral("count")).toInt() == 34);
    CHECK(fy23.value(QStringLiteral("months_with_data")).toInt() == 11);
    CHECK_FALSE(fy23.value(QStringLiteral("complete")).toBool());
    // Rolling twelve months to March 2023: exactly the first financial year.
    const QJsonObject rolling = police.value(QStringLiteral("rolling_12")).toObject();
    CHECK(rolling.value(QStringLiteral("12m-2023-03"))
              .toObject()
              .value(QStringLiteral("count"))
              .toInt() == 24);
    CHECK(rolling.value(QStringLiteral("12m-2024-03"))
              .toObject()
              .value(QStringLiteral("count"))
              .toInt() == 34);
    // A missing month is a gap, never a zero.
    const QJsonObject months = police.value(QStringLiteral("by_month")).toObject();
    CHECK_FALSE(months.contains(QStringLiteral("2023-06")));
    CHECK(months.value(QStringLiteral("2023-07")).toInt() == 3);
    CHECK(police.value(QStringLiteral("coverage"))
              .toObject()
              .value(QStringLiteral("missing_months"))
              .toArray() == QJsonArray{QStringLiteral("2023-06")});
    // No population estimates: no rate, and it says why.
    const QJsonObject rate = police.value(QStringLiteral("rate_per_1000")).toObject();
    CHECK(rate.value(QStringLiteral("value")).isNull());
    CHECK(rate.value(QStringLiteral("note")).toString() == QLatin1String("no-denominator"));
    // Year on year is not stated when a year is incomplete.
    const QJsonObject change = police.value(QStringLiteral("change"))
                                   .toObject()
                                   .value(QStringLiteral("year_on_year"))
                                   .toObject();
    CHECK_FALSE(change.value(QStringLiteral("assessed")).toBool());
    CHECK(change.value(QStringLiteral("reason")).toString() == QLatin1String("incomplete"));
    const QJsonObject categories = police.value(QStringLiteral("by_category")).toObject();
    CHECK(categories.value(QStringLiteral("robbery")).toInt() == 1);
    CHECK(categories.value(QStringLiteral("violence-against-the-person")).toInt() == 33);
    // One LSOA holds everything.
    const QJsonObject concentration = police.value(QStringLiteral("concentration")).toObject();
    CHECK(concentration.value(QStringLiteral("records_with_lsoa")).toInt() == 34);
    CHECK(concentration.value(QStringLiteral("top_10_percent"))
              .toObject()
              .value(QStringLiteral("share"))
              .toDouble() == Approx(100.0));
    // Success measures without their sources say "no data".
    for (const QJsonValue& measure : out.json.value(QStringLiteral("analysis"))
                                         .toObject()
                                         .value(QStringLiteral("success_measures"))
                                         .toArray()) {
        CHECK_FALSE(measure.toObject().value(QStringLiteral("available")).toBool());
        CHECK(measure.toObject().value(QStringLiteral("value")).toString() ==
              QLatin1String("no data"));
    }
    CHECK(out.json.value(QStringLiteral("analysis"))
              .toObject()
              .value(QStringLiteral("data_gaps"))
              .toArray()
              .size() > 5);
}

TEST_CASE("sna summary --json --published hides the small count and what would give it away")
{
    Scratch scratch;
    const QString project = fixtureProject(scratch);
    const Output out = summaryJson(project, true);
    REQUIRE(out.exitCode == 0);
    const QJsonObject analysis = out.json.value(QStringLiteral("analysis")).toObject();
    CHECK(analysis.value(QStringLiteral("disclosure"))
              .toObject()
              .value(QStringLiteral("applied"))
              .toBool());
    const QJsonObject police = analysis.value(QStringLiteral("sources"))
                                   .toObject()
                                   .value(QStringLiteral("police-uk"))
                                   .toObject();
    const QJsonObject categories = police.value(QStringLiteral("by_category")).toObject();
    const QJsonValue star(QStringLiteral("*"));
    CHECK(categories.value(QStringLiteral("robbery")) == star); // 1 is under the threshold
    // The other category and the total cannot both be shown, or robbery = total − violence.
    CHECK((categories.value(QStringLiteral("violence-against-the-person")) == star ||
           police.value(QStringLiteral("total")) == star));
    // The serious violence table of the whole data is controlled the same way.
    const QJsonObject serious = out.json.value(QStringLiteral("serious_violence")).toObject();
    const QJsonObject svCategories = serious.value(QStringLiteral("by_category")).toObject();
    CHECK(svCategories.value(QStringLiteral("robbery")) == star);
    CHECK((svCategories.value(QStringLiteral("violence-against-the-person")) == star ||
           serious.value(QStringLiteral("total")) == star));
    // No count from 1 to 2 (the default threshold for police data) is shown anywhere.
    std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& value,
                                                                      const QString& key) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                walk(it.value(), it.key());
        } else if (value.isArray()) {
            for (const QJsonValue& v : value.toArray())
                walk(v, key);
        } else if (value.isDouble() &&
                   (key == QLatin1String("count") || key.startsWith(QLatin1String("20")))) {
            INFO(key.toStdString());
            CHECK_FALSE((value.toDouble() >= 1 && value.toDouble() <= 2));
        }
    };
    walk(out.json, QString());
}

TEST_CASE("sna disclosure shows and changes the thresholds that --published applies")
{
    Scratch scratch;
    const QString project = fixtureProject(scratch);
    const auto publishedTotal = [&] {
        return summaryJson(project, true)
            .json.value(QStringLiteral("analysis"))
            .toObject()
            .value(QStringLiteral("sources"))
            .toObject()
            .value(QStringLiteral("police-uk"))
            .toObject()
            .value(QStringLiteral("total"));
    };
    // The latest twelve months hold 34 records (by hand): printed under the default threshold.
    CHECK(publishedTotal() == QJsonValue(34));
    const SnaRun defaults = runSnaProcess({QStringLiteral("disclosure"), project});
    REQUIRE(defaults.exitCode == 0);
    CHECK(defaults.out.startsWith(QStringLiteral("health\t7\nother\t2\nround-health\t0\n")));
    CHECK(defaults.out.contains(QStringLiteral("from 1 to 2 from other sources")));

    const SnaRun changed =
        runSnaProcess({QStringLiteral("disclosure"), project, QStringLiteral("--other"),
                       QStringLiteral("40"), QStringLiteral("--baseline"), QStringLiteral("2022")});
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.contains(QStringLiteral("other\t40\n")));
    CHECK(changed.out.contains(QStringLiteral("baseline\t2022\n")));
    CHECK(publishedTotal() == QJsonValue(QStringLiteral("*"))); // 34 is now a small count
    // Out of range or not a number: refused with the reason, and the project keeps its rule.
    const SnaRun tooBig = runSnaProcess(
        {QStringLiteral("disclosure"), project, QStringLiteral("--health"), QStringLiteral("200")});
    CHECK(tooBig.exitCode == 1);
    CHECK(tooBig.err.contains(QStringLiteral("200")));
    const SnaRun word = runSnaProcess(
        {QStringLiteral("disclosure"), project, QStringLiteral("--other"), QStringLiteral("x")});
    CHECK(word.exitCode == 2);
    CHECK(word.err.contains(QStringLiteral("“x”")));
    const SnaRun json =
        runSnaProcess({QStringLiteral("disclosure"), project, QStringLiteral("--json"),
                       QStringLiteral("--ui-lang"), QStringLiteral("cy")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject settings = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(settings.value(QStringLiteral("health_suppression_max")).toInt() == 7);
    CHECK(settings.value(QStringLiteral("other_suppression_max")).toInt() == 40);
    CHECK(settings.value(QStringLiteral("baseline_year")).toInt() == 2022);
    CHECK(settings.value(QStringLiteral("statement_cy"))
              .toString()
              .contains(QStringLiteral("o 1 i 40 o ffynonellau eraill")));
}
