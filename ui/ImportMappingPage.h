#pragma once

#include "import/ColumnMapping.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sna {

class ImportWizard;
class MappingTableModel;

// Step 3, for files whose format is not recognised: each column of the partner's file mapped
// to a canonical field, and each partner category to the local definition of serious
// violence. A mapping saved for the partner is offered first; mappings load from and save to
// JSON files (docs/import-mapping.md).
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard* wizard);

    MappingTableModel* model() const { return m_model; }
    QStandardItemModel* categories() const { return m_categories; }
    QLineEdit* nameEdit() const { return m_name; }
    ColumnMapping currentMapping() const;
    // A first guess from the column names ("Date", "LSOA", "Count" …).
    static ColumnMapping guess(const QStringList& header);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshCategories();
    void loadFile();
    void saveFile();

    ImportWizard* m_wizard;
    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_source;
    QTableView* m_view;
    MappingTableModel* m_model;
    QLabel* m_categoriesLabel;
    QTableView* m_categoryView;
    QStandardItemModel* m_categories;
    QPushButton* m_load;
    QPushButton* m_save;
    QLabel* m_error;
    QString m_initialisedFor;
};

} // namespace sna
