#pragma once

#include "document/Document.h"
#include "document/DocumentSearch.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeView;

namespace sna {

class EmbeddedItemsWidget;
class FindBar;
class FormatToolBar;
class ProjectSession;
class SectionListModel;
class SectionPropertiesWidget;
class SectionTextEdit;

// Writing a document: its outline with translation status on one side (sections can be added,
// removed, moved, indented and merged), the selected section in English and Welsh side by side
// on the other, with its title in both languages, its settings (source language, restricted,
// not applicable), formatting, live items and find.
class DocumentEditorPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentEditorPanel(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);
    void showSection(DocumentKind kind, const QString& sectionId);
    QString currentSectionId() const { return m_sectionId; }
    DocumentKind currentDocument() const;
    SectionTextEdit* editor(Lang lang) const;
    QLineEdit* titleEdit(Lang lang) const;
    SectionListModel* sectionModel() const { return m_sections; }
    QTreeView* outline() const { return m_outline; }
    SectionPropertiesWidget* properties() const { return m_properties; }
    EmbeddedItemsWidget* items() const { return m_items; }
    FormatToolBar* formatBar() const { return m_format; }
    FindBar* findBar() const { return m_find; }
    QPushButton* confirmButton() const { return m_confirm; }
    // Review mode (a reviewer's file): the text can be read and selected, not changed.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Outline operations (also the toolbar's), each one undoable step.
    QString addSection(bool subsection);
    void removeCurrentSection();
    void moveCurrentSection(int direction);
    void changeCurrentLevel(int delta);
    bool mergeCurrentInto(const QString& targetId);
    void chooseMergeTarget();

    // Find: shows the bar; finds the next (or previous) occurrence and selects it.
    QAction* findAction() const { return m_findAction; }
    void startFind();
    bool findNext(const QString& text, bool backwards = false);

Q_SIGNALS:
    void sectionShown(sna::DocumentKind kind, const QString& sectionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSectionHeader();
    void loadEditors();
    void onSectionTextChanged(DocumentKind kind, const QString& sectionId, Lang lang);
    void onDocumentChanged(DocumentKind kind);
    void arrangeEditors();
    void commitTitle(Lang lang);
    void updateActions();
    void editDocument(const Document& after, const QString& description);
    QString uiTitle(const Section& section) const;
    QList<Lang> columnOrder() const;

    void applyReadOnly();

    ProjectSession* m_session = nullptr;
    bool m_readOnly = false;
    QString m_sectionId;
    std::optional<SearchHit> m_lastHit;

    QComboBox* m_documentChoice;
    QTreeView* m_outline;
    SectionListModel* m_sections;
    QWidget* m_outlineBar;
    QAction* m_addSection;
    QAction* m_addSubsection;
    QAction* m_removeSection;
    QAction* m_moveUp;
    QAction* m_moveDown;
    QAction* m_indent;
    QAction* m_outdent;
    QAction* m_merge;
    QAction* m_nextSection;
    QAction* m_previousSection;
    QAction* m_confirmAction;
    QAction* m_findAction;
    QAction* m_findNextAction;
    QAction* m_findPreviousAction;
    QLabel* m_sectionTitle;
    QLabel* m_sectionStatus;
    QPushButton* m_confirm;
    SectionPropertiesWidget* m_properties;
    FormatToolBar* m_format;
    QSplitter* m_editors;
    QWidget* m_column[2];
    QLabel* m_columnLabel[2];
    QLabel* m_titleLabel[2];
    QLineEdit* m_title[2];
    SectionTextEdit* m_editor[2];
    EmbeddedItemsWidget* m_items;
    FindBar* m_find;
};

} // namespace sna
