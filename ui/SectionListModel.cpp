#include "SectionListModel.h"

#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QBrush>
#include <QColor>
#include <QFont>

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
    m_glossaryFlags.clear();
    if (m_session) {
        connect(m_session, &ProjectSession::sectionTextChanged, this,
                [this](DocumentKind k, const QString& id, Lang) { sectionChanged(k, id); });
        connect(m_session, &ProjectSession::documentChanged, this, [this](DocumentKind k) {
            if (k == m_kind)
                reset();
        });
        connect(m_session, &ProjectSession::glossaryChanged, this, [this] {
            m_glossaryFlags.clear();
            retranslate();
        });
    }
    endResetModel();
}

void SectionListModel::reset()
{
    beginResetModel();
    m_glossaryFlags.clear();
    endResetModel();
}

int SectionListModel::glossaryFlags(const Section& section) const
{
    if (!m_session)
        return 0;
    auto it = m_glossaryFlags.find(section.id);
    if (it == m_glossaryFlags.end())
        it = m_glossaryFlags.insert(
            section.id, int(Glossary::checkSection(section, m_session->glossary()).size()));
    return *it;
}

QString SectionListModel::notesText(const Section& section) const
{
    QStringList notes;
    if (section.sensitive)
        notes << tr("Restricted");
    if (section.notApplicable)
        notes << tr("Not applicable");
    if (const int flags = glossaryFlags(section); flags > 0)
        notes << tr("Glossary: %1").arg(flags);
    return notes.join(QStringLiteral(" · "));
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
    if (!section.isWritten() && status == TranslationStatus::Missing)
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
    if (role == GlossaryFlagsRole)
        return glossaryFlags(section);
    if (index.column() == Title) {
        if (role == Qt::DisplayRole) {
            const Lang ui = UiLanguage::instance().current();
            const QString title = section.title.in(ui).isEmpty() ? section.title.in(otherLang(ui))
                                                                 : section.title.in(ui);
            // Sub-sections are indented under their chapter, as in the printed contents.
            return QString((section.level - 1) * 4, QLatin1Char(' ')) +
                   QStringLiteral("%1  %2").arg(doc->number(section.id), title);
        }
        if (role == Qt::ToolTipRole) {
            const Lang ui = UiLanguage::instance().current();
            QString tip = section.title.in(ui).isEmpty() ? section.title.in(otherLang(ui))
                                                         : section.title.in(ui);
            if (!section.guidanceRef.isEmpty())
                tip +=
                    QLatin1Char('\n') + tr("Statutory guidance, para %1").arg(section.guidanceRef);
            return tip;
        }
        if (role == Qt::FontRole && section.sensitive) {
            QFont font;
            font.setItalic(true);
            return font;
        }
    }
    if (index.column() == Notes && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return notesText(section);
    if (index.column() == Status) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return statusText(section);
        if (role == Qt::ForegroundRole && status != TranslationStatus::UpToDate &&
            section.isWritten())
            return QBrush(QColor(0xA3, 0x3B, 0x00)); // readable on light backgrounds
    }
    return {};
}

QVariant SectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Section");
    case Status:
        return tr("Translation");
    default:
        break;
    }
    return tr("Notes");
}

void SectionListModel::sectionChanged(DocumentKind kind, const QString& sectionId)
{
    if (kind != m_kind)
        return;
    m_glossaryFlags.remove(sectionId);
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
