#include "PdfPageModel.h"

#include <QLocale>
#include <QPainter>

#include <poppler-qt6.h>

namespace sna {

PdfPageModel::PdfPageModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

PdfPageModel::~PdfPageModel() = default;

void PdfPageModel::setDocument(std::shared_ptr<Poppler::Document> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_thumbnails.clear();
    endResetModel();
}

int PdfPageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->numPages();
}

QVariant PdfPageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_document || index.row() >= m_document->numPages())
        return {};
    if (role == Qt::DisplayRole)
        return QLocale().toString(index.row() + 1);
    if (role == Qt::DecorationRole) {
        auto cached = m_thumbnails.constFind(index.row());
        if (cached != m_thumbnails.cend())
            return *cached;
        std::unique_ptr<Poppler::Page> page = m_document->page(index.row());
        if (!page)
            return {};
        const qreal dpi = kThumbnailWidth * 72.0 / page->pageSizeF().width();
        QImage image = page->renderToImage(dpi, dpi);
        // A thin frame, so that white pages stand out from the list.
        QPainter painter(&image);
        painter.setPen(QColor(0x9A, 0xA5, 0xB1));
        painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
        painter.end();
        m_thumbnails.insert(index.row(), image);
        return image;
    }
    return {};
}

} // namespace sna
