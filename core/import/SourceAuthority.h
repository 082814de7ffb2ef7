#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sna {

// The kinds of body a dataset can come from, as recorded in its provenance (the `sna import
// --authority-type` values). Wider than the partnership's own authorities: social care and
// published open data have rules of their own.
class SourceAuthorities {
    Q_DECLARE_TR_FUNCTIONS(sna::SourceAuthorities)
public:
    static QStringList codes(); // police, probation, … public-data
    static bool isKnown(const QString& code);
    static QString label(const QString& code); // translated; the code itself when unknown
    // Health and social-care bodies may share only anonymous data (guidance paras 170,
    // 178–179): a file of theirs with identifiers is refused, whatever the analyst decides.
    static bool mustBeAnonymous(const QString& code);
    // ISTV level 3 (individuals at risk) is never allowed for health data (para 173).
    static bool allowsIstvLevel(const QString& code, int level);
    static QString publicData() { return QStringLiteral("public-data"); }
};

} // namespace sna
