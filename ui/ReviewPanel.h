#pragma once

#include "document/Document.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace sna {

class CommentTableModel;
class DocumentEditorPanel;
class ProjectSession;

// Reviewers' comments: open ones (or all) listed by section or by reviewer, the selected
// comment's thread, and what the analyst or a reviewer does with them — comment on the section
// being read (quoting the selected words), reply, resolve or reopen, place an annotation that
// could not be placed, and go to the section.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);
    void setEditor(DocumentEditorPanel* editor) { m_editor = editor; }
    void refresh();

    CommentTableModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QTextBrowser* thread() const { return m_thread; }
    QComboBox* showChoice() const { return m_show; }
    QComboBox* groupChoice() const { return m_group; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* replyButton() const { return m_reply; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* placeButton() const { return m_place; }
    qint64 currentId() const;
    bool selectComment(qint64 id);

    // The actions behind the buttons, without their dialogs (tests and the controller).
    bool addComment(DocumentKind kind, const QString& sectionId, const QString& text,
                    const QString& author, const QString& authority, const QString& quote = {},
                    const QString& lang = {});
    bool replyTo(qint64 id, const QString& text, const QString& author, const QString& authority);
    bool setResolved(qint64 id, bool resolved);
    bool place(qint64 id, DocumentKind kind, const QString& sectionId);

Q_SIGNALS:
    void navigateRequested(const QString& target);
    void commentsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateThread();
    void applyGrouping();
    void chooseAndAdd();
    void chooseAndReply();
    void chooseAndPlace();
    void toggleResolved();
    void showError(const QString& message);

    ProjectSession* m_session = nullptr;
    DocumentEditorPanel* m_editor = nullptr;
    QLabel* m_mode;
    QLabel* m_showLabel;
    QComboBox* m_show;
    QLabel* m_groupLabel;
    QComboBox* m_group;
    CommentTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QTextBrowser* m_thread;
    QPushButton* m_add;
    QPushButton* m_reply;
    QPushButton* m_resolve;
    QPushButton* m_place;
    QPushButton* m_goTo;
};

} // namespace sna
