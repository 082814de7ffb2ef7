#include "PdfViewer.h"

#include "PdfPageModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace sna {

PdfViewer::PdfViewer(QWidget* parent)
    : QWidget(parent)
{
    m_model = new PdfPageModel(this);
    m_thumbnails = new QListView(this);
    m_thumbnails->setModel(m_model);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setIconSize(
        QSize(PdfPageModel::kThumbnailWidth, int(PdfPageModel::kThumbnailWidth * 1.42)));
    m_thumbnails->setSpacing(6);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setFixedWidth(PdfPageModel::kThumbnailWidth + 48);
    m_view = new QLabel(this);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setBackgroundRole(QPalette::Dark);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);

    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_pageLabel = new QLabel(this);
    m_pageBox = new QSpinBox(this);
    m_pageBox->setRange(1, 1);
    m_pageLabel->setBuddy(m_pageBox);
    m_ofLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_zoomBox = new QComboBox(this);
    for (int percent : {50, 75, 100, 125, 150, 200})
        m_zoomBox->addItem(QLocale().toString(percent) + QLatin1Char('%'), percent / 100.0);
    m_zoomBox->setCurrentIndex(2);
    m_zoomLabel->setBuddy(m_zoomBox);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_findPrevious = new QToolButton(this);
    m_findNext = new QToolButton(this);
    m_status = new QLabel(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_pageBox);
    bar->addWidget(m_ofLabel);
    bar->addSpacing(12);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomBox);
    bar->addStretch();
    bar->addWidget(m_search, 1);
    bar->addWidget(m_findPrevious);
    bar->addWidget(m_findNext);
    bar->addWidget(m_status);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_thumbnails);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_thumbnails->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid())
                    goToPage(index.row());
            });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) { goToPage(value - 1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(m_page + 1); });
    connect(m_zoomBox, &QComboBox::currentIndexChanged, this,
            [this] { setZoom(m_zoomBox->currentData().toReal()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_findNext, &QToolButton::clicked, this, [this] { find(m_search->text()); });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { find(m_search->text(), true); });
    retranslateUi();
}

PdfViewer::~PdfViewer() = default;

bool PdfViewer::load(const QString& path, QString* error)
{
    std::shared_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked()) {
        if (error)
            *error = tr("“%1” could not be read as a PDF.").arg(path);
        return false;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const int keep = m_page;
    m_document = document;
    m_model->setDocument(document);
    m_pageBox->setRange(1, std::max(1, document->numPages()));
    m_ofLabel->setText(tr("of %1").arg(QLocale().toString(document->numPages())));
    m_hits.clear();
    m_hitPage = -1;
    m_page = -1;
    goToPage(std::clamp(keep, 0, document->numPages() - 1));
    return true;
}

void PdfViewer::clear()
{
    m_document.reset();
    m_model->setDocument(nullptr);
    m_view->clear();
}

int PdfViewer::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

void PdfViewer::goToPage(int index)
{
    if (!m_document || index < 0 || index >= m_document->numPages())
        return;
    const bool changed = index != m_page;
    m_page = index;
    if (changed && m_hitPage != index)
        m_hits.clear();
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setValue(index + 1);
    }
    const QModelIndex item = m_model->index(index);
    if (m_thumbnails->currentIndex() != item) {
        const QSignalBlocker blocker(m_thumbnails->selectionModel());
        m_thumbnails->setCurrentIndex(item);
    }
    m_thumbnails->scrollTo(item);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_document->numPages());
    render();
    if (changed)
        Q_EMIT currentPageChanged(index);
}

void PdfViewer::setZoom(qreal factor)
{
    m_zoom = std::clamp(factor, 0.25, 4.0);
    const int item = m_zoomBox->findData(m_zoom);
    if (item >= 0 && item != m_zoomBox->currentIndex()) {
        const QSignalBlocker blocker(m_zoomBox);
        m_zoomBox->setCurrentIndex(item);
    }
    render();
}

void PdfViewer::render()
{
    if (!m_document || m_page < 0)
        return;
    std::unique_ptr<Poppler::Page> page = m_document->page(m_page);
    if (!page)
        return;
    const qreal ratio = devicePixelRatioF();
    const qreal dpi = 96.0 * m_zoom * ratio;
    QImage image = page->renderToImage(dpi, dpi);
    if (!m_hits.isEmpty()) {
        QPainter painter(&image);
        const qreal scale = dpi / 72.0;
        for (int i = 0; i < m_hits.size(); ++i) {
            const QRectF& hit = m_hits[i];
            const QRectF rect(hit.left() * scale, hit.top() * scale, hit.width() * scale,
                              hit.height() * scale);
            painter.fillRect(rect, i == m_hitIndex ? QColor(255, 191, 71, 150)
                                                   : QColor(255, 230, 120, 110));
        }
    }
    image.setDevicePixelRatio(ratio);
    m_view->setPixmap(QPixmap::fromImage(image));
}

QString PdfViewer::pageText(int index) const
{
    if (!m_document)
        return {};
    std::unique_ptr<Poppler::Page> page = m_document->page(index);
    return page ? page->text(QRectF()) : QString();
}

int PdfViewer::find(const QString& text, bool backwards)
{
    if (!m_document || text.trimmed().isEmpty())
        return -1;
    const int pages = m_document->numPages();
    if (text != m_lastSearch) {
        m_lastSearch = text;
        m_hitPage = -1;
        m_hitIndex = -1;
    }
    // Next hit on the page of the last one, else the next page with any.
    if (m_hitPage == m_page && !m_hits.isEmpty()) {
        const int next = m_hitIndex + (backwards ? -1 : 1);
        if (next >= 0 && next < m_hits.size()) {
            m_hitIndex = next;
            render();
            m_status->setText(tr("Found on page %1").arg(QLocale().toString(m_page + 1)));
            return m_page;
        }
    }
    const int start = m_hitPage == m_page ? m_page + (backwards ? -1 : 1) : m_page;
    for (int step = 0; step < pages; ++step) {
        const int index = ((backwards ? start - step : start + step) % pages + pages) % pages;
        std::unique_ptr<Poppler::Page> page = m_document->page(index);
        if (!page)
            continue;
        const QList<QRectF> hits = page->search(text, Poppler::Page::IgnoreCase);
        if (hits.isEmpty())
            continue;
        m_hits = hits;
        m_hitPage = index;
        m_hitIndex = backwards ? int(hits.size()) - 1 : 0;
        if (index == m_page)
            render();
        else
            goToPage(index);
        m_status->setText(tr("Found on page %1").arg(QLocale().toString(index + 1)));
        return index;
    }
    m_hits.clear();
    render();
    m_status->setText(tr("Not found"));
    return -1;
}

void PdfViewer::retranslateUi()
{
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_pageLabel->setText(tr("&Page:"));
    if (m_document)
        m_ofLabel->setText(tr("of %1").arg(QLocale().toString(m_document->numPages())));
    m_zoomLabel->setText(tr("&Zoom:"));
    m_search->setPlaceholderText(tr("Search the document"));
    m_findPrevious->setText(tr("Previous"));
    m_findNext->setText(tr("Next"));
    m_findPrevious->setToolTip(tr("Find the previous occurrence"));
    m_findNext->setToolTip(tr("Find the next occurrence"));
}

void PdfViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
