#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

#include <memory>

namespace Poppler {
class Document;
}

namespace sna {

// The pages of a PDF as a list: the page number and a thumbnail rendered with Poppler when
// first shown.
class PdfPageModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit PdfPageModel(QObject* parent = nullptr);
    ~PdfPageModel() override;

    void setDocument(std::shared_ptr<Poppler::Document> document);
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static constexpr int kThumbnailWidth = 110;

private:
    std::shared_ptr<Poppler::Document> m_document;
    mutable QHash<int, QImage> m_thumbnails;
};

} // namespace sna
