#pragma once

#include "analysis/DisclosureControl.h"

#include <QList>

namespace sna {

// Disclosure control over every figure published together, linked by the sums that hold
// between them (a quarter and its months, a local authority and its LSOAs, a total and its
// categories …). Small counts are hidden (primary suppression); then further figures are hidden
// until no hidden figure can be worked out from the figures shown: neither from one sum with a
// single hidden entry, nor by combining sums (a hidden figure the shown ones determine through
// the linear system, found by Gaussian elimination on each connected group of hidden figures).
// ControlledTable does the same for one two-way table; this is for a whole publication.
class SuppressionNetwork {
public:
    // A figure that is published; `rule` is its source's (health or other). An `expendable`
    // figure (a rolling twelve-month sum, which overlaps its neighbours) is hidden first when
    // something more must be hidden: otherwise the differences between overlapping windows
    // would take the months themselves with them, one after another.
    int add(qint64 value, const DisclosureRule& rule, bool expendable = false);
    // A figure that is not printed but that a reader could work out as a difference (records
    // of a total that no part covers): it is treated like a published one, so that a small
    // difference is protected as a small count would be.
    int addImplicit(qint64 value, const DisclosureRule& rule);
    // sum(parts) = total. A relation whose parts do not add up to the total gets an implicit
    // remainder part.
    void addRelation(const QList<int>& parts, int total);
    void run();

    const ControlledCount& count(int id) const { return m_cells[id].count; }
    bool hidden(int id) const { return m_cells[id].count.suppressed(); }
    int size() const { return int(m_cells.size()); }
    int hiddenCount() const; // published figures hidden, primary and secondary

private:
    struct Cell {
        ControlledCount count;
        bool implicit = false;
        DisclosureRule rule;
        bool expendable = false;
    };
    struct Relation {
        QList<int> parts;
        int total = -1;
        QList<int> members() const
        {
            QList<int> all = parts;
            all.append(total);
            return all;
        }
    };
    bool lineRule();
    bool linearRule();
    void hideAnotherIn(const Relation& relation);
    bool showsExpendable(const Relation& relation) const;

    QList<Cell> m_cells;
    QList<Relation> m_relations;
};

} // namespace sna
