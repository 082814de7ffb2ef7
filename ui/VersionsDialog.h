#pragma once

#include "document/Document.h"
#include "review/DocumentDiff.h"
#include "review/VersionStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTextBrowser;

namespace sna {

class ProjectSession;

// Named versions of a document: save one, compare any two (or one with the text as it is now)
// section by section in Welsh and English with the changes highlighted, and restore a section
// from the older version (one undoable step).
class VersionsDialog : public QDialog {
    Q_OBJECT
public:
    VersionsDialog(ProjectSession& session, DocumentKind kind, QWidget* parent = nullptr);

    void setDocument(DocumentKind kind);
    Status saveVersion(const QString& name);
    // Empty `to`: the document as it is now.
    void compare(const QString& from, const QString& to);
    void setLanguage(std::optional<Lang> lang); // empty: both
    bool selectSection(const QString& id);
    // Puts the selected section back as it was in the older version.
    bool restoreSelected();

    const QList<SectionDiff>& diffs() const { return m_diffs; }
    QString diffHtml() const;
    QComboBox* fromChoice() const { return m_from; }
    QComboBox* toChoice() const { return m_to; }
    QListView* sections() const { return m_sectionView; }
    QTextBrowser* diffView() const { return m_diffView; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* summary() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadVersions();
    void recompare();
    void showSection();
    void chooseAndSave();
    QString currentSectionId() const;

    ProjectSession& m_session;
    DocumentKind m_kind;
    QList<DocumentVersion> m_versions;
    QList<SectionDiff> m_diffs;
    QLabel* m_documentLabel;
    QComboBox* m_document;
    QLabel* m_fromLabel;
    QComboBox* m_from;
    QLabel* m_toLabel;
    QComboBox* m_to;
    QLabel* m_langLabel;
    QComboBox* m_lang;
    QPushButton* m_save;
    QLabel* m_summary;
    QStandardItemModel* m_sectionModel;
    QListView* m_sectionView;
    QTextBrowser* m_diffView;
    QPushButton* m_restore;
    QPushButton* m_close;
};

} // namespace sna
