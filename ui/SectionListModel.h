#pragma once

#include "document/Document.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sna {

class ProjectSession;

// The sections of one document with their translation status, for the editor's outline.
class SectionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Status, Notes, ColumnCount };
    enum Role { SectionIdRole = Qt::UserRole + 1, StatusRole, GlossaryFlagsRole };

    explicit SectionListModel(QObject* parent = nullptr);

    void setSession(ProjectSession* session, DocumentKind kind);
    DocumentKind documentKind() const { return m_kind; }
    QString sectionIdAt(int row) const;
    int rowOf(const QString& sectionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();
    static QString statusText(const Section& section);
    // Restricted, not applicable and glossary flags, as shown in the outline.
    QString notesText(const Section& section) const;
    int glossaryFlags(const Section& section) const;

private:
    const Document* document() const;
    void sectionChanged(DocumentKind kind, const QString& sectionId);
    void reset();

    ProjectSession* m_session = nullptr;
    DocumentKind m_kind = DocumentKind::Strategy;
    // Glossary checks run a few dozen expressions over a section: counted once per change.
    mutable QHash<QString, int> m_glossaryFlags;
};

} // namespace sna
