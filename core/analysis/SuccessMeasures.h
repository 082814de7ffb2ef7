#pragma once

#include "analysis/AnalysisData.h"
#include "analysis/Measures.h"

#include <QList>

namespace sna {

// The three national success measures of the Serious Violence Duty (guidance para 309), each
// with its focus on victims under 25: what the project's data says, or "no data" and why.
struct SuccessMeasure {
    enum class Kind { HospitalKnifeAdmissions, PoliceKnifeViolence, Homicides };
    Kind kind = Kind::HospitalKnifeAdmissions;
    bool available = false;
    // Why not: "no-source" (no such data imported), "no-weapon-flag" (the data does not say
    // whether a knife was used), "no-homicide-category" (no category maps to homicide).
    QString reason;
    QStringList sources; // the sources counted (keys)
    SourceClass disclosure = SourceClass::Other;
    Period latest; // the latest complete financial year (or the latest 12 months)
    qint64 count = 0;
    bool under25Known = false; // every counted source records ages
    qint64 under25 = 0;
    ChangeResult change; // against the year before
    QString relatedNote; // e.g. a Fingertips indicator held that is not this measure

    static QString code(Kind kind); // "hospital-knife-admissions", …
};

class SuccessMeasures {
public:
    static QList<SuccessMeasure> compute(const AnalysisData& data);
};

} // namespace sna
