#pragma once

#include "document/Document.h"

#include <QAbstractListModel>
#include <QWidget>

class QListView;
class QLabel;
class QPushButton;
class QMenu;

namespace sna {

class ProjectSession;

// The live items of one section (charts, tables, key figures) with what each shows now.
class EmbeddedItemModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit EmbeddedItemModel(QObject* parent = nullptr);
    void setItems(ProjectSession* session, const QList<EmbeddedItem>& items);
    const QList<EmbeddedItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    ProjectSession* m_session = nullptr;
    QList<EmbeddedItem> m_items;
};

// Adds, removes and orders the items placed after a section's text. Every change is an
// undoable edit of the document.
class EmbeddedItemsWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddedItemsWidget(QWidget* parent = nullptr);
    void setSection(ProjectSession* session, DocumentKind kind, const QString& sectionId);
    EmbeddedItemModel* model() const { return m_model; }
    QListView* view() const { return m_view; }

    void addItem(const EmbeddedItem& item);
    void removeCurrent();
    void moveCurrent(int direction);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void setItems(const QList<EmbeddedItem>& items, const QString& description);
    void fillMenu();

    ProjectSession* m_session = nullptr;
    DocumentKind m_kind = DocumentKind::Strategy;
    QString m_sectionId;
    QLabel* m_label;
    QListView* m_view;
    EmbeddedItemModel* m_model;
    QPushButton* m_add;
    QMenu* m_menu;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace sna
