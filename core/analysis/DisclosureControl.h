#pragma once

#include "foundation/Language.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sna {

// How figures from one kind of source may be published.
struct DisclosureRule {
    int suppressUpTo = 2;       // counts 1..suppressUpTo are suppressed (zero is shown)
    int roundTo = 0;            // shown counts rounded to a multiple of this; 0 or 1 = exact
    int rateMinimumEvents = 10; // rates on fewer events are withheld
};

// One published figure: its true value is kept for the analyst's restricted view only.
struct ControlledCount {
    enum class State { Shown, PrimarySuppressed, SecondarySuppressed };
    qint64 trueValue = 0;
    qint64 shownValue = 0; // rounded when the rule rounds; meaningless when suppressed
    State state = State::Shown;

    bool suppressed() const { return state != State::Shown; }
    QJsonValue toJson() const;     // a number, or "*" when suppressed
    QString text(Lang lang) const; // "1,234" or "*"
};

// A table of counts with row totals, column totals and a grand total, controlled so that no
// suppressed cell can be worked out by subtracting the figures shown from a total. A one-way
// table is a table with one column.
class ControlledTable {
public:
    ControlledTable(QStringList rowLabels, QStringList columnLabels,
                    const QList<QList<qint64>>& cells, const DisclosureRule& rule);

    const QStringList& rowLabels() const { return m_rows; }
    const QStringList& columnLabels() const { return m_columns; }
    const ControlledCount& cell(int row, int column) const { return m_cells[row][column]; }
    const ControlledCount& rowTotal(int row) const { return m_rowTotals[row]; }
    const ControlledCount& columnTotal(int column) const { return m_columnTotals[column]; }
    const ControlledCount& grandTotal() const { return m_grandTotal; }
    int suppressedCount() const;

private:
    void suppressSecondary();

    QStringList m_rows;
    QStringList m_columns;
    QList<QList<ControlledCount>> m_cells;
    QList<ControlledCount> m_rowTotals;
    QList<ControlledCount> m_columnTotals;
    ControlledCount m_grandTotal;
};

class DisclosureControl {
public:
    static ControlledCount control(qint64 value, const DisclosureRule& rule);
    // A rate per 1,000 from `events` over `population`; nullopt-like NaN when withheld.
    static bool rateIsPublishable(qint64 events, const DisclosureRule& rule);
    // The sentence a published document prints about what was applied.
    static QString statement(const DisclosureRule& health, const DisclosureRule& other, Lang lang);
};

} // namespace sna
