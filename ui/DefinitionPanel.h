#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace sna {

class CategoryMappingModel;
class DefinitionCategoryModel;
class ProjectSession;

// The partnership's local definition of serious violence (Duty s.13(6), guidance paras 28–35):
// which kinds count, why, and how every police category maps onto them. Every figure under the
// definition follows an edit at once.
class DefinitionPanel : public QWidget {
    Q_OBJECT
public:
    explicit DefinitionPanel(QWidget* parent = nullptr);
    void setSession(ProjectSession* session);

    QTableView* categoryView() const { return m_categories; }
    QTableView* mappingView() const { return m_mappings; }
    DefinitionCategoryModel* categoryModel() const { return m_categoryModel; }
    CategoryMappingModel* mappingModel() const { return m_mappingModel; }
    QLabel* message() const { return m_message; }
    QPlainTextEdit* rationaleEditor(bool welsh) const
    {
        return welsh ? m_rationaleCy : m_rationaleEn;
    }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void showCategory(int row);
    void commitCategoryText();
    void showMessage(const QString& text);

    ProjectSession* m_session = nullptr;
    int m_currentRow = -1;
    QLabel* m_intro;
    QLabel* m_message;
    QGroupBox* m_categoryBox;
    QTableView* m_categories;
    DefinitionCategoryModel* m_categoryModel;
    QLabel* m_nameEnLabel;
    QLineEdit* m_nameEn;
    QLabel* m_nameCyLabel;
    QLineEdit* m_nameCy;
    QLabel* m_rationaleEnLabel;
    QPlainTextEdit* m_rationaleEn;
    QLabel* m_rationaleCyLabel;
    QPlainTextEdit* m_rationaleCy;
    QGroupBox* m_mappingBox;
    QTableView* m_mappings;
    CategoryMappingModel* m_mappingModel;
    QLabel* m_unmapped;
};

} // namespace sna
