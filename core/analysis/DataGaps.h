#pragma once

#include "analysis/AnalysisData.h"
#include "foundation/BilingualText.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace sna {

// What the analyst records about one kind of data: a status the project cannot see for
// itself (held outside the project, requested, not available …) and a note in both languages.
struct DataGapNote {
    QString kind;
    QString status; // empty: as detected
    BilingualText note;
    bool isEmpty() const { return status.isEmpty() && note.en.isEmpty() && note.cy.isEmpty(); }
    friend bool operator==(const DataGapNote&, const DataGapNote&) = default;
};

// One line of the data gaps register: a kind of data the statutory guidance expects an SNA to
// draw on (para 147), whether the project holds it, and the analyst's status and note. The SNA's
// data-gaps section (para 149) embeds the register.
struct DataGap {
    QString kind;           // "police-crime", "hospital", … (stable)
    QString detected;       // "held", "partly" or "not-held", from the datasets imported
    QStringList evidence;   // the files that show it is held
    bool detectable = true; // false: the project cannot tell (MARAC, reviews …)
    DataGapNote note;
    QString status() const { return note.status.isEmpty() ? detected : note.status; }
    bool isGap() const; // not held (nor held elsewhere), requested or not available
};

class DataGaps {
    Q_DECLARE_TR_FUNCTIONS(sna::DataGaps)
public:
    static QStringList kinds();
    // Statuses the analyst can choose; "" means "as detected".
    static QStringList analystStatuses();
    static BilingualText kindName(const QString& kind);     // document text, both languages
    static BilingualText statusName(const QString& status); // document text
    static QString statusLabel(const QString& status);      // translated, for the interface
    static QList<DataGap> build(const AnalysisData& data, const QList<DataGapNote>& notes);
};

} // namespace sna
