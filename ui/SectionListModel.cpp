#include "SectionListModel.h"

#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QBrush>
#include <QColor>

namespace sna {

SectionListModel::SectionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SectionListModel::setSession(ProjectSession* session, DocumentKind kind)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_kind = kind;
    if (m_session) {
        connect(m_session, &ProjectSession::sectionTextChanged, this,
                [this](DocumentKind k, const QString& id, Lang) { sectionChanged(k, id); });
    }
    endResetModel();
}

const Document* SectionListModel::document() const
{
    return m_session ? &m_session->document(m_kind) : nullptr;
}

QString SectionListModel::sectionIdAt(int row) const
{
    const Document* doc = document();
    if (!doc || row < 0 || row >= doc->sections().size())
        return {};
    return doc->sections()[row].id;
}

int SectionListModel::rowOf(const QString& sectionId) const
{
    const Document* doc = document();
    return doc ? int(doc->indexOf(sectionId)) : -1;
}

int SectionListModel::rowCount(const QModelIndex& parent) const
{
    const Document* doc = document();
    return parent.isValid() || !doc ? 0 : int(doc->sections().size());
}

int SectionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SectionListModel::statusText(const Section& section)
{
    const Lang target = otherLang(section.sourceLanguage);
    const TranslationStatus status = section.translationStatus();
    if (section.body.in(section.sourceLanguage).trimmed().isEmpty() &&
        status == TranslationStatus::Missing)
        return tr("Not written yet");
    switch (status) {
    case TranslationStatus::Missing:
        return target == Lang::Cy ? tr("Welsh missing") : tr("English missing");
    case TranslationStatus::Stale:
        return target == Lang::Cy ? tr("Welsh out of date") : tr("English out of date");
    case TranslationStatus::UpToDate:
        return tr("Up to date");
    }
    return {};
}

QVariant SectionListModel::data(const QModelIndex& index, int role) const
{
    const Document* doc = document();
    if (!doc || index.row() < 0 || index.row() >= doc->sections().size())
        return {};
    const Section& section = doc->sections()[index.row()];
    const TranslationStatus status = section.translationStatus();
    if (role == SectionIdRole)
        return section.id;
    if (role == StatusRole)
        return translationStatusCode(status);
    if (index.column() == Title) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1. %2")
                .arg(index.row() + 1)
                .arg(section.title.in(UiLanguage::instance().current()));
        if (role == Qt::ToolTipRole && !section.guidanceRef.isEmpty())
            return tr("Statutory guidance, para %1").arg(section.guidanceRef);
    }
    if (index.column() == Status) {
        if (role == Qt::DisplayRole)
            return statusText(section);
        if (role == Qt::ForegroundRole && status != TranslationStatus::UpToDate &&
            !section.body.in(section.sourceLanguage).trimmed().isEmpty())
            return QBrush(QColor(0xA3, 0x3B, 0x00)); // readable on light backgrounds
    }
    return {};
}

QVariant SectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Title ? tr("Section") : tr("Translation");
}

void SectionListModel::sectionChanged(DocumentKind kind, const QString& sectionId)
{
    if (kind != m_kind)
        return;
    const int row = rowOf(sectionId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SectionListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace sna
