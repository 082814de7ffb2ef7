#pragma once

#include "analysis/Measures.h"
#include "analysis/SuppressionNetwork.h"

#include <QHash>

#include <array>

namespace sna {

// Every count of one measure set as a figure of a SuppressionNetwork, with the sums between
// them (months → quarters, years, rolling windows and the period; LSOAs → wards → local
// authorities → CSPs → forces and the period; categories, deciles, ages and sexes, hours and
// days → the period; the busiest LSOAs → the LSOAs with records). Whatever is published from
// the measure set — JSON, a chart, a table — reads its figures through these cells, so that
// every output hides the same figures.
class MeasureCells {
public:
    MeasureCells(SuppressionNetwork& network, const AnalysisData& data, const MeasureSet& m,
                 const DisclosureRule& rule);

    int total = -1;
    QHash<int, int> months;       // yyyymm → cell (months with data)
    QHash<QString, int> quarters; // period key → cell
    QHash<QString, int> financialYears;
    QHash<QString, int> rolling12;
    QHash<QString, int> categories;                        // definition category id → cell
    std::array<QHash<int, int>, Geography::kLevels> areas; // area index → cell
    QList<int> lsoasInOrder;                               // cells of m.byArea[Lsoa], in its order
    int placed = -1;                                       // events with an LSOA
    int top5 = -1;
    int top10 = -1;
    QHash<int, int> deciles; // decile → cell
    int withoutDecile = -1;
    QList<std::array<int, 3>> ageSex; // per row of m.ageSex: female, male, other
    std::array<std::array<int, 24>, 7> hourWeekday{};
    int timed = -1;
    std::array<int, 12> seasonalSums{};
    int yearOnYearBefore = -1;
    int yearOnYearAfter = -1;
    int baselineBefore = -1;
    int baselineAfter = -1;
    int withoutArea = -1;
    int outsidePartnership = -1;
    int spanning = -1;

    QList<int> monthsBetween(int first, int last) const; // cells of months with data

private:
    SuppressionNetwork& m_network;
};

// A measure set with its figures controlled for publication (or, for the analyst's own view,
// not controlled at all): what charts and tables placed in a document read.
class ControlledMeasures {
public:
    ControlledMeasures(const AnalysisData& data, const MeasureSet& m, bool controlled);
    ControlledMeasures(const ControlledMeasures&) = delete;
    ControlledMeasures& operator=(const ControlledMeasures&) = delete;

    const MeasureSet& measures() const { return m_measures; }
    const MeasureCells& cells() const { return *m_cells; }
    bool controlled() const { return m_controlled; }
    // The figure as it may be shown: exact in the analyst's view.
    ControlledCount at(int cell) const;
    bool hidden(int cell) const { return m_controlled && cell >= 0 && m_network.hidden(cell); }
    // A rate per 1,000 that may be shown: withheld with its count, or under the minimum events.
    std::optional<double> rate(int cell, const std::optional<double>& population) const;
    int hiddenCount() const { return m_controlled ? m_network.hiddenCount() : 0; }
    const DisclosureRule& rule() const { return m_rule; }

private:
    MeasureSet m_measures;
    DisclosureRule m_rule;
    bool m_controlled;
    SuppressionNetwork m_network;
    std::unique_ptr<MeasureCells> m_cells;
};

} // namespace sna
