#include "import/ImportReport.h"

namespace sna {

QString RowProblem::text() const
{
    if (column.isEmpty())
        return tr("line %1: %2").arg(line).arg(reason);
    return tr("line %1, column “%2”, value “%3”: %4").arg(line).arg(column, value, reason);
}

} // namespace sna
