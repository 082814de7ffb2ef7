#pragma once

#include "project/PartnershipProfile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sna {

// Asks for what a new project needs: the partnership's name, the areas it covers (ONS codes,
// checked as they are typed) and where to keep the file.
class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(const QString& directory, QWidget* parent = nullptr);

    QString filePath() const;
    PartnershipProfile profile() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* areasEdit() const { return m_areas; }
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* areaFeedback() const { return m_areaFeedback; }
    bool isComplete() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();
    void browse();
    QStringList areaCodes() const;

    QString m_directory;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_areasLabel;
    QLineEdit* m_areas;
    QLabel* m_areaFeedback;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QDialogButtonBox* m_buttons;
};

} // namespace sna
