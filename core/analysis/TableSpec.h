#pragma once

#include "foundation/BilingualText.h"

#include <QList>
#include <QString>

namespace sna {

// A table from the analysis, already disclosure-controlled and formatted in both languages
// ("*" where a count is withheld), so that every output prints the same figures.
struct TableSpec {
    QString reference; // e.g. "categories"
    BilingualText title;
    QList<BilingualText> columns;
    QList<QList<BilingualText>> rows;
    bool lastRowIsTotal = false;
    QList<bool> numericColumns; // right-aligned
    BilingualText source;
    BilingualText note; // the disclosure statement, when anything was withheld

    bool isEmpty() const { return rows.isEmpty(); }
};

// One headline number (or period) with its label, formatted in both languages.
struct KeyFigure {
    QString reference; // e.g. "total-records"
    BilingualText label;
    BilingualText value;
    BilingualText source;
    BilingualText note;
};

} // namespace sna
