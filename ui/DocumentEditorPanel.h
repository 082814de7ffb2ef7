#pragma once

#include "document/Document.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace sna {

class ProjectSession;
class SectionListModel;
class SectionTextEdit;

// Writing a document: its outline with translation status on one side, the selected section
// in English and Welsh side by side on the other.
class DocumentEditorPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentEditorPanel(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);
    void showSection(DocumentKind kind, const QString& sectionId);
    QString currentSectionId() const { return m_sectionId; }
    DocumentKind currentDocument() const;
    SectionTextEdit* editor(Lang lang) const;
    SectionListModel* sectionModel() const { return m_sections; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSectionHeader();
    void loadEditors();
    void onSectionTextChanged(DocumentKind kind, const QString& sectionId, Lang lang);
    void arrangeEditors();

    ProjectSession* m_session = nullptr;
    QString m_sectionId;

    QComboBox* m_documentChoice;
    QTreeView* m_outline;
    SectionListModel* m_sections;
    QLabel* m_sectionTitle;
    QLabel* m_sectionStatus;
    QLabel* m_items;
    QPushButton* m_confirm;
    QSplitter* m_editors;
    QWidget* m_column[2];
    QLabel* m_columnLabel[2];
    SectionTextEdit* m_editor[2];
};

} // namespace sna
