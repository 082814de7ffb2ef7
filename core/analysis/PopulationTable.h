#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sna {

// Imported population estimates (ONS mid-year estimates by LSOA or local authority, by single
// year of age or in bands, by sex), answering "how many people of these ages lived in this
// area in this year" — exactly, or not at all: a band that straddles the ages asked for, or a
// year with no estimate, gives no denominator rather than a guess.
class PopulationTable {
public:
    struct Row {
        int year = 0;
        char sex = 'P'; // 'F', 'M' or 'P' (persons)
        int from = 0;
        int to = -1;        // -1: open-ended
        bool total = false; // the all-ages total of the file
        double n = 0;
    };

    void add(const QString& areaCode, const Row& row);
    bool isEmpty() const { return m_rows.isEmpty(); }
    bool has(const QString& areaCode) const { return m_rows.contains(areaCode); }
    QList<int> years() const;

    // Persons (or one sex) of ages from..to (to -1: open-ended) in the area, from the estimate
    // of the year nearest `year`; the year used is written to `yearUsed`.
    std::optional<double> of(const QString& areaCode, int year, int from = 0, int to = -1,
                             char sex = 'P', int* yearUsed = nullptr) const;

private:
    std::optional<double> exact(const QList<Row>& rows, int year, int from, int to, char sex) const;
    QHash<QString, QList<Row>> m_rows;
};

} // namespace sna
