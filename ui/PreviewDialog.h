#pragma once

#include "export/PublicationExporter.h"

#include <QDialog>
#include <QTemporaryDir>

class QComboBox;
class QLabel;
class QPushButton;

namespace sna {

class PdfViewer;
class ProjectSession;

// "Preview": exports what is on screen to a temporary PDF and shows it as it will be
// published, rendered with Poppler, without leaving the application.
class PreviewDialog : public QDialog {
    Q_OBJECT
public:
    PreviewDialog(ProjectSession& session, QWidget* parent = nullptr);

    // Exports with the chosen document and version and shows the result.
    bool refresh();
    ExportRequest request() const;

    PdfViewer* viewer() const { return m_viewer; }
    QComboBox* documentChoice() const { return m_document; }
    QComboBox* versionChoice() const { return m_version; }
    QLabel* problem() const { return m_problem; }
    QString pdfPath() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ProjectSession& m_session;
    QTemporaryDir m_scratch;
    QLabel* m_documentLabel;
    QComboBox* m_document;
    QLabel* m_versionLabel;
    QComboBox* m_version;
    QPushButton* m_refresh;
    QLabel* m_problem;
    PdfViewer* m_viewer;
    QPushButton* m_close;
};

} // namespace sna
