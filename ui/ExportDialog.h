#pragma once

#include "export/PublicationExporter.h"
#include "foundation/Language.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sna {

// Chooses what to export: which document (strategy, full SNA, public SNA summary), in which
// language or both (two matching files, Welsh first, or parallel columns), in which format
// (PDF, accessible HTML, ODT), with which publication date, and where.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `suggestedPath` is a file name without extension; the format adds it.
    ExportDialog(const QString& suggestedPath, bool coversWales, QWidget* parent = nullptr);

    ExportRequest request() const;
    QString filePath() const; // what to pass as OUT (a stem for two matching files)
    QStringList outputPaths() const;

    QComboBox* documentChoice() const { return m_document; }
    QComboBox* languageChoice() const { return m_language; }
    QComboBox* layoutChoice() const { return m_layout; }
    QComboBox* formatChoice() const { return m_format; }
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* draftCheck() const { return m_draft; }
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* filesNote() const { return m_files; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void update();

    QLabel* m_documentLabel;
    QComboBox* m_document;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_layoutLabel;
    QComboBox* m_layout;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QCheckBox* m_draft;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_files;
    QLabel* m_walesNote;
    QDialogButtonBox* m_buttons;
};

} // namespace sna
