#pragma once

#include "foundation/Language.h"

#include <QDate>
#include <QString>

namespace sna {

// The fixed words a document prints (contents, page, figure …) in the document's language.
// These belong to the document, not to the interface: a Welsh user exporting an English
// strategy must get English fixed text, so they are kept here in both languages rather than
// in the interface catalogue. Wording follows ../shared/domain/glossary-en-cy.tsv.
class FixedText {
public:
    enum Term {
        StrategyTitle,
        SnaTitle,
        Contents,
        PageOf,        // %1 page, %2 pages
        FigureCaption, // %1 number, %2 caption
        SourceNote,    // %1 source
        NotYetWritten,
        PreparedBy,    // %1 partnership
        DateLine,      // %1 date
        AlsoAvailable, // the other-language notice on the cover
        AreasCovered,  // %1 list of areas
        DraftMark,
        MonthlyTrendTitle,
        MonthAxis,
        RecordsAxis,
        MonthlyTrendAlt, // %1 first month, %2 last month, %3 total
        PoliceDataSource,
        NoDataYet,
        Coordinator,        // %1 name
        FinancialYear,      // %1 "2023/24"
        TwelveMonthsTo,     // %1 date of the last day
        ConfidenceInterval, // %1 level, %2 low, %3 high
        ChangeUp,           // %1 percentage, %2 interval
        ChangeDown,
        ChangeNone,
        ChangeNotAssessable,
        DisclosureStatement, // %1 health threshold, %2 other threshold, %3 rate minimum
        RoundingStatement,   // %1 base: every source
        RoundingHealth,      // %1 base
        RoundingOther,       // %1 base
        SeriousViolenceTrendTitle,
        SeriousViolenceTrendAlt,        // %1 first month, %2 last month, %3 total
        SeriousViolenceByCategoryTitle, // %1 period
        CategoryAxis,
        CategoryBarsAlt,   // %1 title, %2 "name value; …"
        NotApplicableNote, // %1 reason
        TableCaption,      // %1 number, %2 caption
        // The action plan as printed in the strategy.
        ActionPlanByPriority,
        ActionPlanBySector,
        PriorityHeading, // %1 number, %2 title
        NoPriority,
        ColumnAction,
        ColumnLead,
        ColumnPartners,
        ColumnSector,
        ColumnPriority,
        ColumnStart,
        ColumnDue,
        ColumnStatus,
        ColumnMeasure,
        NoActionsYet,
        // Tables and key figures from the data.
        CategoriesTableTitle,
        ColumnCategory,
        ColumnRecords,
        TotalRow,
        SuppressionNote, // %1 largest suppressed count
        DataSourcesTitle,
        ColumnFile,
        ColumnPartner,
        ColumnPeriod,
        ColumnRowsStored,
        ColumnImported,
        DataSourcesSource,
        RecentMonthsTitle,
        ColumnMonth,
        TotalRecordsLabel,
        PeriodCoveredLabel,
        PeriodRange, // %1 first, %2 last
        LatestChangeLabel,
        LargestCategoryLabel,
        NotEnoughData,
        NoDatasetsYet,
        SummaryOfPlan, // %1 actions, %2 priorities
        NewSectionTitle,
        // Publication (issue 7): layout words of exported documents.
        SnaSummaryTitle,
        AnnexHeading, // %1 letter, %2 title
        GlossaryTitle,
        AboutTitle,
        DisclosurePublic,
        DisclosureRestricted,
        RestrictedMark,
        WelshVersion,
        EnglishVersion,
        DatasetColumn,
        ProvidedByColumn,
        PeriodColumn,
        RecordsColumn,
        ImportedColumn,
        NoDatasets,
        DataSourcesIntro,
        SkipToContent,
        PartnershipLine, // %1 partnership
        UnknownValue,
        SourceNotStated,
        SnaSummaryIntro,
        ChecklistTitle,
        ChecklistIntro,    // %1 partnership, %2 publication date
        ChecklistDeadline, // %1 date
        ChecklistFiles,
        ChecklistSteps,
        ChecklistPublish, // %1 areas
        ChecklistBothLanguages,
        ChecklistHomeOffice,     // %1 date, %2 address
        ChecklistWelshMinisters, // %1 date, %2 address
        ChecklistSummary,
        ChecklistReview, // %1 date
        // Review copies (issue 9).
        ReviewCopyMark, // %1 review identifier
        // The analysis (issue 5): charts, tables and key figures from the measures.
        AnalysisQualifiers, // %1 title, %2 what the figures cover
        SourceAndPeriod,    // %1 source, %2 period
        PartnerDataSource,  // %1 partner
        WholePartnership,
        TrendByQuarterTitle,
        TrendByFinancialYearTitle,
        TrendRolling12Title,
        CategoryByYearTitle,
        AreasTitle, // %1 level of area
        AgeSexTitle,
        HourWeekdayTitle,
        DecilesTitle, // %1 index
        SeasonalityTitle,
        QuarterAxis,
        FinancialYearAxis,
        RollingAxis,
        AreaAxis,
        AgeBandAxis,
        HourAxis,
        WeekdayAxis,
        DecileAxis,
        CalendarMonthAxis,
        AverageRecordsAxis,
        RateAxis,
        Female,
        Male,
        NotRecorded,
        IncompletePeriod, // %1 period
        IncompletePeriodKey,
        GapsNote,       // %1 months
        LineChartAlt,   // %1 title, %2 values
        StackedBarsAlt, // %1 title, %2 values
        PyramidAlt,     // %1 title, %2 values
        HeatmapAlt,     // %1 title, %2 busiest times
        WithheldBars,   // %1 labels
        LevelLsoa,
        LevelWard,
        LevelLad,
        LevelCsp,
        LevelPfa,
        ColumnArea,
        ColumnCode,
        ColumnPopulation,
        ColumnRate,
        ColumnMonthsWithData,
        ColumnDecile,
        ColumnLsoas,
        ColumnAgeBand,
        ColumnMeasure2,
        ColumnCount,
        ColumnUnder25,
        ColumnChange,
        ColumnExpected,
        ColumnHeld,
        ColumnNotes,
        AreasTableTitle, // %1 level
        PeriodsTableTitle,
        DecilesTableTitle,
        AgeSexTableTitle,
        SuccessMeasuresTitle,
        SuccessMeasuresSource,
        MeasureHospitalKnife,
        MeasurePoliceKnife,
        MeasureHomicides,
        NoData,
        NoDataHospital,
        NoDataPolice,
        NoDataWeaponFlag,
        NoDataHomicide,
        FingertipsRelated,
        AgesNotRecorded,
        DataGapsTitle,
        DataGapsSource,
        GapPoliceCrime,
        GapOutcomes,
        GapVictimsOffenders,
        GapCrimeSurvey,
        GapHospital,
        GapEducation,
        GapPrison,
        GapLocal,
        GapDvds,
        GapMarac,
        GapSocialCare,
        GapReviews,
        GapVoluntary,
        GapVawg,
        StatusHeld,
        StatusPartly,
        StatusNotHeld,
        StatusHeldElsewhere,
        StatusRequested,
        StatusNotAvailable,
        StatusNotApplicable,
        RateLabel,
        ChangeYearLabel,
        ChangeBaselineLabel,
        Top5Label,
        Top10Label,
        NoDenominator,
        RateValue, // %1 rate, %2 population, %3 year
        ChangeIncomplete,
        NoBaseline,
        ConcentrationValue, // %1 share, %2 LSOAs, %3 of LSOAs
        ConcentrationRecordsOnly,
        ConcentrationTableTitle,
        ColumnShare,
        IndexImd,
        IndexWimd,
        CoverageTitle,
        CoverageMissingMonths, // %1 months
        CoverageForceGap,      // %1 force, %2 months
        CoverageEndsEarly,     // %1 source, %2 month
        CoverageWithoutArea,   // %1 count
        CoverageOutside,       // %1 count
        CoverageWithheld,      // %1 count
        CoverageSpanning,      // %1 count
        CoverageNamePlaced,    // %1 count
        CoverageTableTitle,
        DisclosureTitle,
        ColumnYears,
        TopAreasNote, // %1 areas shown, %2 areas with records
        NoRateNote,
        FemaleRate,
        MaleRate,
    };

    static QString text(Term term, Lang lang);
    static QString date(const QDate& date, Lang lang);        // "31 March 2024" / "31 Mawrth 2024"
    static QString monthYear(int year, int month, Lang lang); // "March 2024" / "Mawrth 2024"
    static QString shortMonthYear(int year, int month, Lang lang); // "Mar 2024" / "Maw 2024"
    static QString number(qint64 value, Lang lang);                // "1,234"
    static QString decimal(double value, int decimals, Lang lang); // "1,234.5"
    // Joins names with commas and the language's "and" ("a", not QLocale's list, which gets
    // Welsh wrong).
    static QString joinList(const QStringList& items, Lang lang);
    // "12.5%" / "12.5%" with the language's decimal point, and a sign when asked.
    static QString percent(double value, Lang lang, bool sign = false);
};

} // namespace sna
