#pragma once

#include "document/Document.h"
#include "foundation/Language.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sna {

// Chooses what to export as PDF: which document, in which language, and where.
class ExportPdfDialog : public QDialog {
    Q_OBJECT
public:
    ExportPdfDialog(const QString& suggestedPath, bool coversWales, QWidget* parent = nullptr);

    DocumentKind document() const;
    Lang language() const;
    bool draft() const;
    QString filePath() const;

    QComboBox* languageChoice() const { return m_language; }
    QLineEdit* pathEdit() const { return m_path; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();

    QLabel* m_documentLabel;
    QComboBox* m_document;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_draft;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_walesNote;
    QDialogButtonBox* m_buttons;
};

} // namespace sna
