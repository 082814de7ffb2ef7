#pragma once

#include "export/PublicationPack.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sna {

// Asks where to put the publication pack, the publication date (from which the seven-day
// submission deadline follows) and, in Wales, how the two languages are published.
class PublicationPackDialog : public QDialog {
    Q_OBJECT
public:
    PublicationPackDialog(const QString& suggestedFolder, bool coversWales,
                          QWidget* parent = nullptr);

    QString folder() const;
    PackOptions options() const;

    QLineEdit* folderEdit() const { return m_folder; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* layoutChoice() const { return m_layout; }
    QLabel* deadlineLabel() const { return m_deadline; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void update();
    void browse();

    bool m_wales;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_layoutLabel;
    QComboBox* m_layout;
    QLabel* m_contents;
    QLabel* m_deadline;
    QDialogButtonBox* m_buttons;
};

} // namespace sna
