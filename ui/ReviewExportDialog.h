#pragma once

#include "foundation/Result.h"
#include "review/ReviewCopy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sna {

class ProjectSession;

// Exports a review copy: the draft as one PDF (English, Welsh, Welsh first or parallel columns)
// with its review identifier on every page, and optionally a slim project file for a reviewer
// who has SNA Studio (documents and published-level figures, no partner data rows).
class ReviewExportDialog : public QDialog {
    Q_OBJECT
public:
    ReviewExportDialog(ProjectSession& session, const QString& folder, QWidget* parent = nullptr);

    ReviewRequest request() const;
    QString pdfPath() const;
    // The reviewer's file goes beside the PDF: NAME-review.sna.
    static QString packagePathFor(const QString& pdfPath);
    Result<ReviewCopy> exportNow();

    QComboBox* documentChoice() const { return m_document; }
    QComboBox* languageChoice() const { return m_language; }
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* packageCheck() const { return m_package; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updatePackageNote();

    ProjectSession& m_session;
    QLabel* m_intro;
    QLabel* m_documentLabel;
    QComboBox* m_document;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QCheckBox* m_package;
    QLabel* m_packageNote;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace sna
