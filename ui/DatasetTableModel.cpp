#include "DatasetTableModel.h"

#include "import/FormatRegistry.h"
#include "import/SourceAuthority.h"

#include <QDateTime>
#include <QLocale>

namespace sna {

namespace {
QString monthText(int yyyymm)
{
    if (yyyymm <= 0)
        return {};
    return QLocale().toString(QDate(yyyymm / 100, yyyymm % 100, 1), QStringLiteral("MMM yyyy"));
}
} // namespace

DatasetTableModel::DatasetTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DatasetTableModel::setDatasets(QList<DatasetInfo> datasets)
{
    beginResetModel();
    m_datasets = std::move(datasets);
    endResetModel();
}

const DatasetInfo* DatasetTableModel::datasetAt(int row) const
{
    return row >= 0 && row < m_datasets.size() ? &m_datasets[row] : nullptr;
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_datasets.size());
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const
{
    const DatasetInfo* info = datasetAt(index.row());
    if (!info)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return info->fileName;
        case Format:
            return formatName(info->format);
        case Partner:
            return info->partner;
        case Source:
            return SourceAuthorities::label(info->authorityType);
        case Period:
            return periodText(*info);
        case Received:
            return locale.toString(QDate::fromString(info->receivedOn, Qt::ISODate),
                                   QLocale::ShortFormat);
        case RowsRead:
            return locale.toString(info->rowsRead);
        case RowsStored:
            return locale.toString(info->rowsStored);
        case RowsRejected:
            return locale.toString(info->rowsRejected);
        case ImportedAt:
            return locale.toString(
                QDateTime::fromString(info->importedAt, Qt::ISODate).toLocalTime(),
                QLocale::ShortFormat);
        case Hash:
            return info->sha256.left(12);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Hash)
        return tr("SHA-256 of the imported file: %1").arg(info->sha256);
    if (role == Qt::TextAlignmentRole && index.column() >= RowsRead &&
        index.column() <= RowsRejected)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString DatasetTableModel::formatName(const QString& format)
{
    // Projects from before format 3 call street-level files "police-uk-street".
    if (format == QLatin1String("police-uk-street"))
        return FormatRegistry::name(QStringLiteral("police-uk"));
    return FormatRegistry::isKnown(format) ? FormatRegistry::name(format) : format;
}

QString DatasetTableModel::periodText(const DatasetInfo& info)
{
    if (info.periodStart <= 0)
        return QString();
    if (info.periodStart == info.periodEnd)
        return monthText(info.periodStart);
    return tr("%1 to %2").arg(monthText(info.periodStart), monthText(info.periodEnd));
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case Partner:
        return tr("Sent by");
    case Source:
        return tr("Kind of source");
    case Period:
        return tr("Period");
    case Received:
        return tr("Received");
    case RowsRead:
        return tr("Rows read");
    case RowsStored:
        return tr("Stored");
    case RowsRejected:
        return tr("Rejected");
    case ImportedAt:
        return tr("Imported");
    case Hash:
        return tr("File hash");
    }
    return {};
}

void DatasetTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_datasets.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace sna
