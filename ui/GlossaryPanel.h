#pragma once

#include "document/Document.h"
#include "document/Glossary.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;

namespace sna {

class ProjectSession;

// The glossary: the bundled terms with the project's own. Changing a bundled term makes a
// project term that overrides it; every change is undoable.
class GlossaryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { English, Welsh, Source, Checked, ColumnCount };
    explicit GlossaryTableModel(QObject* parent = nullptr);
    void setSession(ProjectSession* session);
    const GlossaryTerm* term(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds a project term and returns its row.
    int addTerm(const QString& en, const QString& cy);
    // Removes a project term (an override goes back to the bundled term).
    bool removeTerm(int row);
    void retranslate();

Q_SIGNALS:
    void refused(const QString& message);

private:
    void reset();
    bool store(const GlossaryTerm& changed, const QString& description);
    ProjectSession* m_session = nullptr;
};

// The glossary dock: terms to look up and insert into the Welsh text, and the terms the
// section on screen uses in English but not in Welsh.
class GlossaryPanel : public QWidget {
    Q_OBJECT
public:
    explicit GlossaryPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);
    void setSection(DocumentKind kind, const QString& sectionId);

    GlossaryTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filter() const { return m_filter; }
    QStringList findings() const;

Q_SIGNALS:
    // The Welsh wording of the chosen term, for the editor to insert.
    void insertRequested(const QString& welsh);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshFindings();
    const GlossaryTerm* currentTerm() const;

    ProjectSession* m_session = nullptr;
    DocumentKind m_kind = DocumentKind::Strategy;
    QString m_sectionId;
    QLineEdit* m_filter;
    GlossaryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QPushButton* m_insert;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_findingsLabel;
    QStringListModel* m_findings;
    QListView* m_findingsView;
    QLabel* m_problem;
};

} // namespace sna
