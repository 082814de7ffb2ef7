#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "import/FormatRegistry.h"
#include "import/ImportPipeline.h"
#include "import/PoliceUkImporter.h"
#include "import/formats/DeprivationImporter.h"
#include "import/formats/StopSearchImporter.h"
#include "project/Project.h"

#include <QSqlQuery>
#include <QVariant>

using namespace sna;
using namespace sna::test;

namespace {
QString fixture(const QString& name)
{
    return dataFile(QStringLiteral("import/") + name);
}

Result<ImportReport> importFile(Project& project, const QString& path, ImportOptions options = {})
{
    return ImportPipeline(project).run(path, options);
}

QStringList column(Project& project, const QString& sql)
{
    QSqlQuery query(project.database());
    if (!query.exec(sql))
        throw std::runtime_error(("query failed: " + sql).toStdString());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QString detected(const QString& path)
{
    const auto candidates = FormatRegistry::detect(QString::fromUtf8(fileBytes(path))
                                                       .section(QLatin1Char('\n'), 0, 0)
                                                       .trimmed()
                                                       .split(QLatin1Char(',')));
    return candidates.isEmpty() ? QString() : candidates.first().id;
}
} // namespace

TEST_CASE("Formats are detected by their header, whatever the column order")
{
    CHECK(detected(leicestershireFile()) == QLatin1String("police-uk"));
    CHECK(detected(fixture(QStringLiteral("2019-01-leicestershire-outcomes.csv"))) ==
          QLatin1String("police-uk-outcomes"));
    CHECK(detected(fixture(QStringLiteral("2019-01-leicestershire-stop-and-search.csv"))) ==
          QLatin1String("stop-search"));
    CHECK(detected(dataFile(QStringLiteral("indicators-CountyUA.data.csv"))) ==
          QLatin1String("fingertips"));
    CHECK(detected(dataFile(QStringLiteral("LAD19_CSP19_PFA19_EW_lookup_Dec2019.csv"))) ==
          QLatin1String("lookup"));
    CHECK(detected(fixture(QStringLiteral("LSOA11_WD19_LAD19_EW_LU.csv"))) ==
          QLatin1String("lookup"));
    CHECK(detected(fixture(QStringLiteral("sapelsoasyoa2021.csv"))) == QLatin1String("population"));
    CHECK(detected(fixture(QStringLiteral("File_7_IoD2019_extract.csv"))) == QLatin1String("imd"));
    CHECK(detected(fixture(QStringLiteral("IMD19_LSOA11_lookup.csv"))) == QLatin1String("imd"));
    CHECK(detected(fixture(QStringLiteral("WIMD2019_LSOA11.csv"))) == QLatin1String("wimd"));
    CHECK(detected(fixture(QStringLiteral("exclusions_la_dfe.csv"))) ==
          QLatin1String("exclusions"));
    CHECK(detected(fixture(QStringLiteral("exclusions_la_2016.csv"))) ==
          QLatin1String("exclusions"));
    CHECK(detected(fixture(QStringLiteral("statswales_exclusions.csv"))) ==
          QLatin1String("exclusions"));
    CHECK(detected(fixture(QStringLiteral("ed-assaults-2024-03.csv"))).isEmpty());

    // The same street-level columns in another order, renamed only in case and spacing.
    const QStringList shuffled{QStringLiteral("crime type"), QStringLiteral("LSOA code"),
                               QStringLiteral("FALLS WITHIN"), QStringLiteral("Month")};
    CHECK(FormatRegistry::detect(shuffled).first().id == QLatin1String("police-uk"));
}

TEST_CASE("Outcomes import and are joined to their crimes by Crime ID")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(PoliceUkImporter(*project).importFile(leicestershireFile()).ok());
    auto report =
        importFile(*project, fixture(QStringLiteral("2019-01-leicestershire-outcomes.csv")));
    REQUIRE(report.ok());
    CHECK(report.value().format == QLatin1String("police-uk-outcomes"));
    CHECK(report.value().rowsStored == 4);
    CHECK(report.value().periodStart == 201901);
    CHECK(report.value().periodEnd == 201902);
    CHECK(report.value().notes.join(QLatin1Char(' ')).contains(QStringLiteral("3 of 4")));
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM outcome_record o JOIN "
                                          "crime_record c ON c.crime_id = o.crime_id")) == 3);
    // Outcomes do not count as crimes in the summary.
    CHECK(scalar(*project, QStringLiteral("SELECT SUM(n) FROM crime_count")) == 8503);
}

TEST_CASE("Stop and search files of different years normalise their labels and flags")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    REQUIRE(
        importFile(*project, fixture(QStringLiteral("2019-01-leicestershire-stop-and-search.csv")))
            .ok());
    REQUIRE(
        importFile(*project, fixture(QStringLiteral("2023-06-leicestershire-stop-and-search.csv")))
            .ok());
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM stop_search_record")) == 6);
    // "Suspect arrested" (2019) and "Arrest" (2023) are one outcome.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM stop_search_record WHERE "
                                          "outcome_code = 'arrest'")) == 2);
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM stop_search_record WHERE "
                                          "outcome_code = 'no-further-action'")) == 2);
    // TRUE, True and true are all true; an empty flag is unknown, not false.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM stop_search_record WHERE "
                                          "outcome_linked = 1")) == 3);
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM stop_search_record WHERE "
                                          "outcome_linked IS NULL")) == 1);
    // "Officer-defined" and "Officer defined" ethnicity are one column.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM stop_search_record WHERE "
                                          "officer_defined_ethnicity = 'Asian'")) == 1);
    CHECK(column(*project, QStringLiteral("SELECT DISTINCT month FROM stop_search_record ORDER BY "
                                          "month")) ==
          QStringList{QStringLiteral("201901"), QStringLiteral("202306")});
    CHECK(StopSearchImporter::ageRange(QStringLiteral("34+")) == QLatin1String("over 34"));
    CHECK(StopSearchImporter::ageRange(QStringLiteral("18 - 24")) == QLatin1String("18-24"));

    // A flag that is neither true nor false is a rejected row.
    const QString bad =
        scratch.write(QStringLiteral("2024-01-x-stop-and-search.csv"),
                      "Type,Date,Object of search,Outcome linked to object of search\n"
                      "Person search,2024-01-01T10:00:00+00:00,Controlled drugs,Maybe\n");
    auto refused = importFile(*project, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details.first().contains(QStringLiteral("“Maybe”")));
    CHECK(refused.error().details.first().contains(QStringLiteral("True or False")));
}

TEST_CASE("Fingertips exports import with their quirks: LF inside quotes, short rows")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto report = importFile(*project, dataFile(QStringLiteral("indicators-CountyUA.data.csv")));
    REQUIRE(report.ok());
    CHECK(report.value().format == QLatin1String("fingertips"));
    CHECK(report.value().rowsRead == 852);
    CHECK(report.value().rowsStored == 852);
    CHECK(report.value().periodStart == 201501);
    CHECK(report.value().periodEnd == 201712);
    // The indicator name's embedded line break is not part of the stored name.
    CHECK(column(*project, QStringLiteral("SELECT DISTINCT indicator_name FROM indicator_value")) ==
          QStringList{QStringLiteral("Campylobacter incidence rate/100,000")});
    // Empty values are missing, not zero.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM indicator_value WHERE value IS "
                                          "NULL")) == 10);
    CHECK(scalar(*project,
                 QStringLiteral("SELECT COUNT(*) FROM indicator_value WHERE value = 0")) == 0);

    // Financial and pooled periods.
    const QString periods = scratch.write(QStringLiteral("fy.csv"),
                                          "Indicator ID,Area Code,Area Type,Time period,Value\n"
                                          "11201,E06000016,UA,2017/18,45.1\n"
                                          "11201,E06000016,UA,2016 - 18,44.0\n");
    auto fy = importFile(*project, periods);
    REQUIRE(fy.ok());
    CHECK(column(*project, QStringLiteral("SELECT period_start || '-' || period_end FROM "
                                          "indicator_value WHERE indicator_id = 11201 ORDER BY "
                                          "line")) ==
          QStringList{QStringLiteral("201704-201803"), QStringLiteral("201601-201812")});
}

TEST_CASE("ONS lookups link every area to its coarser areas, whatever the year suffix")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto csp =
        importFile(*project, dataFile(QStringLiteral("LAD19_CSP19_PFA19_EW_lookup_Dec2019.csv")));
    REQUIRE(csp.ok());
    CHECK(csp.value().rowsStored == 342);
    // Welsh CSPs have W14 codes, Welsh forces W15.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM geo_link WHERE child_code = "
                                          "'W06000001' AND parent_level = 'csp'")) == 1);
    // 342 rows, 339 local authorities: three belong to two CSPs each, one link each to a force.
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM geo_link WHERE child_level = "
                                          "'lad' AND parent_level = 'pfa'")) == 339);
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM geo_link WHERE child_level = "
                                          "'lad' AND parent_level = 'csp'")) == 342);

    auto lsoa = importFile(*project, fixture(QStringLiteral("LSOA11_WD19_LAD19_EW_LU.csv")));
    REQUIRE(lsoa.ok());
    CHECK(column(*project, QStringLiteral("SELECT parent_code FROM geo_link WHERE child_code = "
                                          "'W01000001' ORDER BY parent_level")) ==
          QStringList{QStringLiteral("W06000001"), QStringLiteral("W05000001")});
    // Welsh names byte for byte.
    CHECK(column(*project, QStringLiteral("SELECT name_cy FROM geo_name WHERE level = 'lad' AND "
                                          "name_cy <> '' ORDER BY code")) ==
          QStringList{QStringLiteral("Ynys Môn"), QStringLiteral("Bro Morgannwg"),
                      QStringLiteral("Rhondda Cynon Taf")});
    CHECK(fileBytes(fixture(QStringLiteral("LSOA11_WD19_LAD19_EW_LU.csv")))
              .contains(column(*project, QStringLiteral("SELECT name_cy FROM geo_name WHERE "
                                                        "code = 'W06000001'"))
                            .first()
                            .toUtf8()));

    auto lsoa21 = importFile(*project, fixture(QStringLiteral("LSOA21_LAD22_EW_LU.csv")));
    REQUIRE(lsoa21.ok());
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM geo_link WHERE child_year = 2021 "
                                          "AND parent_year = 2022")) == 2);

    const QString bad =
        scratch.write(QStringLiteral("bad.csv"), "FID,LSOA11CD,UTLA19CD\n1,E01025631,E07000129\n");
    auto refused = importFile(*project, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details.first().contains(QStringLiteral("line 2")));
    CHECK(refused.error().details.first().contains(QStringLiteral("UTLA19CD")));
}

TEST_CASE("Population by single year of age or in bands, with the year found")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto single = importFile(*project, fixture(QStringLiteral("sapelsoasyoa2021.csv")));
    REQUIRE(single.ok());
    CHECK(single.value().periodStart == 202101);
    // 2 LSOAs × (Total + 91 female + 91 male ages).
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM population")) == 2 * 183);
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM population WHERE age_from = 90 "
                                          "AND age_to IS NULL")) == 4);
    // The single years add up to the stated total.
    CHECK(scalar(*project,
                 QStringLiteral("SELECT SUM(n) FROM population WHERE area_code = 'E01025631' AND "
                                "sex IN ('F', 'M')")) ==
          scalar(*project, QStringLiteral("SELECT n FROM population WHERE area_code = "
                                          "'E01025631' AND sex = 'P'")));

    auto bands = importFile(*project, fixture(QStringLiteral("lad-population-bands.csv")));
    REQUIRE(bands.ok());
    CHECK(scalar(*project, QStringLiteral("SELECT n FROM population WHERE area_code = 'W06000001' "
                                          "AND age_from = 0 AND age_to IS NULL")) == 68900);
    CHECK(scalar(*project, QStringLiteral("SELECT n FROM population WHERE area_code = 'W06000001' "
                                          "AND age_from = 10 AND age_to = 14")) == 3700);
    CHECK(scalar(*project, QStringLiteral("SELECT year FROM population WHERE area_code = "
                                          "'W06000001' LIMIT 1")) == 2021);

    const QString negative = scratch.write(QStringLiteral("neg.csv"),
                                           "LSOA 2021 Code,F0,F1,F2,F3,F4,F5,F6,F7,F8,F9,F10\n"
                                           "E01025631,1,1,1,1,1,1,1,1,1,1,-3\n");
    auto refused = importFile(*project, negative);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details.first().contains(QStringLiteral("“F10”")));
    CHECK(refused.error().details.first().contains(QStringLiteral("negative")));
}

TEST_CASE("IMD and WIMD: ranks and deciles, deciles computed from ranks when not given")
{
    CHECK(DeprivationImporter::decileOf(1, 32844) == 1);
    CHECK(DeprivationImporter::decileOf(3284, 32844) == 1);
    CHECK(DeprivationImporter::decileOf(3285, 32844) == 2);
    CHECK(DeprivationImporter::decileOf(32844, 32844) == 10);
    CHECK(DeprivationImporter::decileOf(191, 1909) == 2);
    CHECK(DeprivationImporter::decileOf(190, 1909) == 1);

    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto file7 = importFile(*project, fixture(QStringLiteral("File_7_IoD2019_extract.csv")));
    REQUIRE(file7.ok());
    CHECK(scalar(*project, QStringLiteral("SELECT decile FROM deprivation WHERE lsoa_code = "
                                          "'E01033560'")) == 1);
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM deprivation WHERE "
                                          "decile_derived = 1")) == 0);

    ImportOptions replace;
    replace.onDuplicate = OnDuplicate::Replace; // the same index again, in another layout
    auto lookup = importFile(*project, fixture(QStringLiteral("IMD19_LSOA11_lookup.csv")), replace);
    REQUIRE(lookup.ok());
    CHECK(lookup.value().replacedDatasetIds == QList<qint64>{file7.value().datasetId});
    CHECK(column(*project, QStringLiteral("SELECT decile FROM deprivation WHERE measure = "
                                          "'imd2019' ORDER BY rank")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"),
                      QStringLiteral("8"), QStringLiteral("10")});

    auto wimd = importFile(*project, fixture(QStringLiteral("WIMD2019_LSOA11.csv")));
    REQUIRE(wimd.ok());
    CHECK(column(*project, QStringLiteral("SELECT decile FROM deprivation WHERE measure = "
                                          "'wimd2019' ORDER BY rank")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2"),
                      QStringLiteral("10")});

    const QString outOfRange =
        scratch.write(QStringLiteral("w.csv"), "lsoa11cd,wimd_2019\nW01000001,1910\n");
    auto refused = importFile(*project, outOfRange);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details.first().contains(QStringLiteral("1 to 1,909")));
    const QString english =
        scratch.write(QStringLiteral("e.csv"), "lsoa11cd,wimd_2019\nE01025631,10\n");
    auto wrongCountry = importFile(*project, english);
    REQUIRE_FALSE(wrongCountry.ok());
    CHECK(wrongCountry.error().details.first().contains(QStringLiteral("Welsh LSOA")));
}

TEST_CASE("Exclusions: suppressed cells are missing with their mark, never zero")
{
    Scratch scratch;
    auto project = createProject(scratch.path(QStringLiteral("p.sna")));
    auto dfe = importFile(*project, fixture(QStringLiteral("exclusions_la_dfe.csv")));
    REQUIRE(dfe.ok());
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM exclusion_value WHERE value IS "
                                          "NULL")) == 4);
    CHECK(column(*project, QStringLiteral("SELECT suppression FROM exclusion_value WHERE value IS "
                                          "NULL ORDER BY line, measure")) ==
          QStringList{QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("c"),
                      QStringLiteral("low")});
    CHECK(scalar(*project,
                 QStringLiteral("SELECT COUNT(*) FROM exclusion_value WHERE value = 0")) == 0);
    CHECK(scalar(*project, QStringLiteral("SELECT value FROM exclusion_value WHERE area_code = "
                                          "'E06000016' AND measure = 'suspension' AND "
                                          "period_start = 202209 AND breakdown LIKE "
                                          "'%secondary%'")) == 6000);
    CHECK(scalar(*project, QStringLiteral("SELECT value FROM exclusion_value WHERE area_code = "
                                          "'E92000001' AND measure = 'perm_excl'")) == 9376);

    auto older = importFile(*project, fixture(QStringLiteral("exclusions_la_2016.csv")));
    REQUIRE(older.ok());
    CHECK(older.value().periodStart == 201509);
    CHECK(older.value().periodEnd == 201608);

    auto wales = importFile(*project, fixture(QStringLiteral("statswales_exclusions.csv")));
    REQUIRE(wales.ok());
    CHECK(scalar(*project, QStringLiteral("SELECT COUNT(*) FROM exclusion_value WHERE area_code = "
                                          "'W06000016' AND value IS NULL AND suppression = '*'")) ==
          1);

    const QString bad = scratch.write(QStringLiteral("bad.csv"),
                                      "time_period,time_identifier,geographic_level,new_la_code,"
                                      "la_name,perm_excl\n202223,Academic year,Local authority,"
                                      "E06000016,Leicester,twelve\n");
    auto refused = importFile(*project, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details.first().contains(QStringLiteral("“perm_excl”")));
    CHECK(refused.error().details.first().contains(QStringLiteral("“twelve”")));
}
