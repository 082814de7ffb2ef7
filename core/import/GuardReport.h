#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sna {

// What the personal-data guard looks for in a partner file.
enum class PersonalDataKind {
    Name,
    DateOfBirth,
    NhsNumber,
    Postcode,
    Email,
    Phone,
    Address,
    FreeText,
};

class PersonalDataKinds {
    Q_DECLARE_TR_FUNCTIONS(sna::PersonalDataKinds)
public:
    static QString code(PersonalDataKind kind);  // "nhs-number" …, stored in the project
    static QString label(PersonalDataKind kind); // translated
    // Free text is not an identifier in itself; everything else is.
    static bool isIdentifier(PersonalDataKind kind) { return kind != PersonalDataKind::FreeText; }
};

// One kind of personal data found in one column.
struct ColumnFinding {
    QString column;
    int columnIndex = -1;
    PersonalDataKind kind = PersonalDataKind::Name;
    bool byHeader = false; // flagged by the column's name, not only by its values
    qint64 count = 0;      // values that match
    QList<qint64> lines;   // the first few file lines where it was seen
    QString example;       // masked, never the whole value
};

// A column recognised as anonymised by its publisher (data.police.uk's "On or near …"
// locations are snapped to anonymous map points).
struct AnonymisedColumn {
    QString column;
    qint64 count = 0;
};

enum class GuardDecisionKind { Dropped, Confirmed, AnonymisedByPublisher, Undecided };

// What happens to one flagged (or anonymised) column; recorded with the dataset.
struct GuardDecision {
    QString column;
    QString finding; // PersonalDataKinds::code, or "snapped-location"
    GuardDecisionKind decision = GuardDecisionKind::Undecided;
    qint64 count = 0;
    QList<qint64> lines;
    static QString decisionCode(GuardDecisionKind kind); // "dropped", "confirmed" …
};

struct GuardReport {
    Q_DECLARE_TR_FUNCTIONS(sna::GuardReport)
public:
    QString authorityType;
    qint64 rowsScanned = 0;
    QList<ColumnFinding> findings;
    QList<AnonymisedColumn> anonymised;
    // Filled in by PersonalDataGuard::decide().
    QList<GuardDecision> decisions;
    bool refused = false; // identifiers in a health or social-care file

    bool hasFindings() const { return !findings.isEmpty(); }
    bool identifiersFound() const;
    QStringList flaggedColumns() const; // in file order, each once
    QStringList undecidedColumns() const;
    // "column “DOB” (date of birth): lines 2, 3, 7 …" per finding, translated.
    QStringList describe() const;
};

} // namespace sna
