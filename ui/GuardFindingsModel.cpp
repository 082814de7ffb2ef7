#include "GuardFindingsModel.h"

#include "ChoiceDelegate.h"

#include <QBrush>
#include <QLocale>

namespace sna {

GuardFindingsModel::GuardFindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GuardFindingsModel::setReport(const GuardReport& report, bool locked)
{
    beginResetModel();
    m_report = report;
    m_columns = report.flaggedColumns();
    m_choices = QList<Choice>(m_columns.size(), Choice::Undecided);
    m_locked = locked;
    endResetModel();
    Q_EMIT decisionsChanged();
}

bool GuardFindingsModel::setChoice(int row, Choice choice)
{
    if (row < 0 || row >= m_choices.size() || m_locked)
        return false;
    m_choices[row] = choice;
    Q_EMIT dataChanged(index(row, Decision), index(row, Decision));
    Q_EMIT decisionsChanged();
    return true;
}

bool GuardFindingsModel::allDecided() const
{
    return !m_locked && !m_choices.contains(Choice::Undecided);
}

QStringList GuardFindingsModel::dropped() const
{
    QStringList list;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_choices[i] == Choice::Drop)
            list << m_columns[i];
    }
    return list;
}

QStringList GuardFindingsModel::confirmed() const
{
    QStringList list;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_choices[i] == Choice::Confirm)
            list << m_columns[i];
    }
    return list;
}

QString GuardFindingsModel::choiceCode(Choice choice)
{
    switch (choice) {
    case Choice::Undecided:
        return QString();
    case Choice::Drop:
        return QStringLiteral("drop");
    case Choice::Confirm:
        return QStringLiteral("confirm");
    }
    return {};
}

QString GuardFindingsModel::choiceLabel(Choice choice) const
{
    switch (choice) {
    case Choice::Undecided:
        return tr("Choose…");
    case Choice::Drop:
        return tr("Drop the column");
    case Choice::Confirm:
        return tr("Keep it (confirmed)");
    }
    return {};
}

int GuardFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int GuardFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuardFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const QString& column = m_columns[index.row()];
    QStringList kinds;
    qint64 values = 0;
    QList<qint64> lines;
    QString example;
    for (const ColumnFinding& f : m_report.findings) {
        if (f.column != column)
            continue;
        kinds << PersonalDataKinds::label(f.kind);
        values = std::max(values, f.count);
        for (qint64 line : f.lines) {
            if (!lines.contains(line))
                lines << line;
        }
        if (example.isEmpty())
            example = f.example;
    }
    std::sort(lines.begin(), lines.end());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ColumnName:
            return column;
        case Kinds:
            return kinds.join(QStringLiteral(", "));
        case Values:
            return QLocale().toString(values);
        case Lines: {
            QStringList text;
            for (qint64 line : std::as_const(lines).mid(0, 5))
                text << QString::number(line);
            return text.join(QStringLiteral(", ")) +
                   (lines.size() > 5 || values > lines.size() ? QStringLiteral(", …") : QString());
        }
        case Example:
            return example;
        case Decision:
            return m_locked ? tr("Refused") : choiceLabel(m_choices[index.row()]);
        }
    }
    if (role == Qt::EditRole && index.column() == Decision)
        return choiceCode(m_choices[index.row()]);
    if (role == ChoiceDelegate::ChoicesRole && index.column() == Decision) {
        QVariantList choices;
        for (Choice c : {Choice::Undecided, Choice::Drop, Choice::Confirm})
            choices << QVariant(QVariantList{choiceCode(c), choiceLabel(c)});
        return choices;
    }
    if (role == Qt::ForegroundRole && index.column() == Decision &&
        (m_locked || m_choices[index.row()] == Choice::Undecided))
        return QBrush(QColor(0xB0, 0x00, 0x20));
    return {};
}

bool GuardFindingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Decision || role != Qt::EditRole)
        return false;
    const QString code = value.toString();
    return setChoice(index.row(), code == QLatin1String("drop")      ? Choice::Drop
                                  : code == QLatin1String("confirm") ? Choice::Confirm
                                                                     : Choice::Undecided);
}

Qt::ItemFlags GuardFindingsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Decision && !m_locked)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant GuardFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnName:
        return tr("Column");
    case Kinds:
        return tr("May hold");
    case Values:
        return tr("Values");
    case Lines:
        return tr("Lines");
    case Example:
        return tr("Example (masked)");
    case Decision:
        return tr("Decision");
    }
    return {};
}

} // namespace sna
