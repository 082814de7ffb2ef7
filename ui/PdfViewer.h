#pragma once

#include <QRectF>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace Poppler {
class Document;
}

namespace sna {

class PdfPageModel;

// Shows a PDF as it will be printed, rendered with Poppler: page thumbnails, zoom, go to page
// and search in the text.
class PdfViewer : public QWidget {
    Q_OBJECT
public:
    explicit PdfViewer(QWidget* parent = nullptr);
    ~PdfViewer() override;

    // Loads (or reloads) a file; false with a message when it cannot be read.
    bool load(const QString& path, QString* error = nullptr);
    void clear();
    int pageCount() const;
    int currentPage() const { return m_page; } // from 0
    void goToPage(int index);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal factor);
    // Finds the next (or previous) occurrence after the current one, going through the pages;
    // returns the page it is on, or -1.
    int find(const QString& text, bool backwards = false);
    QString pageText(int index) const;

    QListView* thumbnails() const { return m_thumbnails; }
    QSpinBox* pageBox() const { return m_pageBox; }
    QComboBox* zoomBox() const { return m_zoomBox; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* pageView() const { return m_view; }
    QLabel* searchStatus() const { return m_status; }

Q_SIGNALS:
    void currentPageChanged(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();

    std::shared_ptr<Poppler::Document> m_document;
    PdfPageModel* m_model;
    QListView* m_thumbnails;
    QScrollArea* m_scroll;
    QLabel* m_view;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_pageLabel;
    QSpinBox* m_pageBox;
    QLabel* m_ofLabel;
    QLabel* m_zoomLabel;
    QComboBox* m_zoomBox;
    QLineEdit* m_search;
    QToolButton* m_findNext;
    QToolButton* m_findPrevious;
    QLabel* m_status;
    int m_page = 0;
    qreal m_zoom = 1.0;
    QString m_lastSearch;
    int m_hitPage = -1;
    int m_hitIndex = -1;
    QList<QRectF> m_hits; // on the current page, in points
};

} // namespace sna
