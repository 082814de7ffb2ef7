#pragma once

#include "plan/ActionPlan.h"

namespace sna {

// The action plan arranged for printing in the strategy: grouped by priority (in the
// partnership's order of priorities, unlinked actions last) and by sector (in the order of
// guidance para 154(m): the whole partnership, each sector, then wider actions). Each group
// keeps the plan's own order of actions. An exporter lays these groups out as it likes;
// toMarkdown() gives a plain rendering that any Markdown reader prints.
struct ActionGroup {
    QString key; // priority id ("1") or sector code; empty for the "other actions" group
    BilingualText heading;
    QList<Action> actions;
};

class ActionPlanReport {
public:
    static QList<ActionGroup> byPriority(const ActionPlan& plan);
    static QList<ActionGroup> bySector(const ActionPlan& plan);

    // "Actions by priority" and "Actions by sector", each a heading per group and a table.
    static QString toMarkdown(const ActionPlan& plan, Lang lang, int headingLevel = 3);
    // Escapes text for a Markdown table cell or paragraph.
    static QString escape(const QString& text);
};

} // namespace sna
