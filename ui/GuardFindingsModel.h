#pragma once

#include "import/GuardReport.h"

#include <QAbstractTableModel>

namespace sna {

// What the personal-data guard found, one row per flagged column, with the analyst's decision
// for each (drop it, or keep it as confirmed); nothing is decided for the analyst.
class GuardFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColumnName, Kinds, Values, Lines, Example, Decision, ColumnCount };
    enum class Choice { Undecided, Drop, Confirm };

    explicit GuardFindingsModel(QObject* parent = nullptr);
    // `locked`: the file is refused whatever is decided (no decision column to edit).
    void setReport(const GuardReport& report, bool locked);

    QStringList columns() const { return m_columns; }
    Choice choice(int row) const { return m_choices.value(row); }
    bool setChoice(int row, Choice choice);
    bool allDecided() const;
    QStringList dropped() const;
    QStringList confirmed() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void decisionsChanged();

private:
    static QString choiceCode(Choice choice);
    QString choiceLabel(Choice choice) const;

    GuardReport m_report;
    QStringList m_columns;
    QList<Choice> m_choices;
    bool m_locked = false;
};

} // namespace sna
