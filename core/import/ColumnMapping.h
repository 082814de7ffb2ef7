#pragma once

#include "foundation/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sna {

// The canonical fields a partner's columns can be mapped to (docs/import-mapping.md).
enum class CanonicalField {
    Date,         // the date of the incident or record
    Period,       // a month, quarter or year the row counts
    AreaCode,     // an ONS area code at `level`
    Category,     // the partner's own category, mapped to the local definition
    Count,        // how many; without it each row is one record
    Age,          // age in years
    AgeBand,      // "10-17", "18-24" …
    Sex,          // M / F (other values kept as U)
    LocationType, // "street", "home", "licensed premises" …
    WeaponFlag,   // knife or sharp object involved: yes/no
    DomesticAbuseFlag,
    Time,     // the time of day ("23:15"), for the hour × weekday picture
    FreeText, // recognised as free text and never stored
    Ignore,   // not stored
};

class CanonicalFields {
    Q_DECLARE_TR_FUNCTIONS(sna::CanonicalFields)
public:
    static QList<CanonicalField> all();
    static QString code(CanonicalField field); // "area_code" …, as in mapping files
    static std::optional<CanonicalField> fromCode(const QString& code);
    static QString label(CanonicalField field); // translated
};

// How one partner's CSV maps onto the canonical fields, saved in the project per partner and
// reused next month; also read from and written to a JSON file (sna import --mapping).
struct ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(sna::ColumnMapping)
public:
    struct Column {
        QString column; // the header text in the partner's file
        CanonicalField field = CanonicalField::Ignore;
        QString level;  // area codes: lsoa, msoa, ward, lad, csp, pfa
        QString format; // dates: a Qt date format such as "dd/MM/yyyy"; empty: automatic
        // Value translations, e.g. sex {"Male": "M"}, flags {"Y": "yes", "N": "no"}.
        QMap<QString, QString> values;
        friend bool operator==(const Column&, const Column&) = default;
    };

    static constexpr int kFormatVersion = 1;

    QString name;    // "ED assaults (monthly)"
    QString partner; // "Royal Infirmary emergency department"
    QString authorityType;
    QString sharingBasis;
    QList<Column> columns;
    // The partner's category → the local serious-violence category it counts towards; an
    // empty target records that the category is outside the local definition.
    QMap<QString, QString> categories;

    const Column* columnFor(CanonicalField field) const;
    QStringList mappedColumns() const;

    // Mapping files are JSON; errors name the file and the offending key.
    static Result<ColumnMapping> fromJson(const QByteArray& json, const QString& sourceName);
    static Result<ColumnMapping> load(const QString& path);
    QByteArray toJson() const;
    Status save(const QString& path) const;

    // Every mapped column is in the header, and the rows can be dated and categorised.
    Status checkAgainst(const QStringList& header, const QString& fileName) const;
    // How many of the mapped columns the header has (to pick a saved mapping).
    int matchScore(const QStringList& header) const;

    friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;
};

} // namespace sna
