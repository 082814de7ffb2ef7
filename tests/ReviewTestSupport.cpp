#include "ReviewTestSupport.h"

#include "TestSupport.h"

#include "document/DocumentStore.h"
#include "project/ProfileStore.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <stdexcept>

namespace sna::test {

std::unique_ptr<Project> reviewProject(const Scratch& scratch, const QString& name)
{
    PartnershipProfile profile = leicesterProfile();
    profile.authorities = {
        Authority(QStringLiteral("Leicestershire Police"), AuthorityKind::Police),
        Authority(QStringLiteral("Leicester City Council"), AuthorityKind::LocalAuthority),
        Authority(QStringLiteral("Leicestershire Fire and Rescue"), AuthorityKind::Fire),
        Authority(QStringLiteral("HMP Leicester"), AuthorityKind::Prison),
    };
    auto project = createProject(scratch.path(name), profile);
    Document strategy = DocumentStore(*project).load(DocumentKind::Strategy).value();
    QString filler;
    for (int i = 0; i < 12; ++i)
        filler += QStringLiteral("The partnership meets every quarter to review progress on each "
                                 "action, with partners reporting against their measures. ");
    QString fillerCy;
    for (int i = 0; i < 12; ++i)
        fillerCy +=
            QStringLiteral("Mae’r bartneriaeth yn cyfarfod bob chwarter i adolygu "
                           "cynnydd ar bob cam, gyda phartneriaid yn adrodd ar eu mesurau. ");
    strategy.setBody(QStringLiteral("executive-summary"), Lang::En,
                     QStringLiteral("Serious violence fell last year, but knife crime among young "
                                    "people rose in the city centre.\n\n") +
                         filler);
    strategy.setBody(QStringLiteral("executive-summary"), Lang::Cy,
                     QStringLiteral("Gostyngodd trais difrifol y llynedd, ond cododd troseddau "
                                    "cyllyll ymhlith pobl ifanc yng nghanol y ddinas.\n\n") +
                         fillerCy);
    strategy.setBody(QStringLiteral("delivery"), Lang::En,
                     QStringLiteral("The coordinator is employed by the council and chairs the "
                                    "delivery group every month.\n\n") +
                         filler);
    strategy.setBody(QStringLiteral("delivery"), Lang::Cy,
                     QStringLiteral("Mae’r cydgysylltydd yn cael ei gyflogi gan y cyngor ac yn "
                                    "cadeirio’r grŵp cyflawni bob mis.\n\n") +
                         fillerCy);
    strategy.setBody(QStringLiteral("governance"), Lang::En,
                     QStringLiteral("The board oversees outcomes and commissions an independent "
                                    "evaluation annually."));
    strategy.setBody(QStringLiteral("governance"), Lang::Cy,
                     QStringLiteral("Mae’r bwrdd yn goruchwylio canlyniadau ac yn comisiynu "
                                    "gwerthusiad annibynnol bob blwyddyn."));
    if (!DocumentStore(*project).save(strategy))
        throw std::runtime_error("could not save the strategy");
    return project;
}

namespace {
QRectF normalised(const QRectF& points, const QSizeF& size)
{
    return QRectF(points.left() / size.width(), points.top() / size.height(),
                  points.width() / size.width(), points.height() / size.height());
}
} // namespace

QList<int> annotatePdf(const QString& in, const QString& out, const QList<TestAnnotation>& notes)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(in);
    if (!document)
        throw std::runtime_error("could not load the PDF to annotate");
    std::vector<std::unique_ptr<Poppler::Page>> pages;
    for (int i = 0; i < document->numPages(); ++i)
        pages.push_back(document->page(i));
    std::vector<std::unique_ptr<Poppler::Annotation>> made;
    QList<int> placedOn;
    for (const TestAnnotation& note : notes) {
        int pageIndex = note.page;
        QRectF box;
        if (!note.word.isEmpty()) {
            for (int i = note.page < 0 ? 1 : note.page; i < int(pages.size()); ++i) {
                const auto boxes = pages[i]->textList();
                for (size_t b = 0; b < boxes.size(); ++b) {
                    if (boxes[b]->text() != note.word)
                        continue;
                    QRectF rect = boxes[b]->boundingBox();
                    if (!note.lastWord.isEmpty()) {
                        for (size_t e = b; e < boxes.size(); ++e) {
                            rect = rect.united(boxes[e]->boundingBox());
                            if (boxes[e]->text() == note.lastWord)
                                break;
                        }
                    }
                    box = normalised(rect, pages[i]->pageSizeF());
                    pageIndex = i;
                    break;
                }
                if (!box.isNull() || note.page >= 0)
                    break;
            }
            if (box.isNull())
                throw std::runtime_error("word not found in the PDF: " + note.word.toStdString());
        } else {
            box = QRectF(note.at, QSizeF(0.03, 0.03));
        }
        std::unique_ptr<Poppler::Annotation> annotation;
        if (note.kind == TestAnnotation::Kind::Note) {
            auto text = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::Linked);
            text->setBoundary(QRectF(box.topLeft(), QSizeF(0.03, 0.03)));
            annotation = std::move(text);
        } else {
            auto highlight = std::make_unique<Poppler::HighlightAnnotation>();
            highlight->setHighlightType(note.kind == TestAnnotation::Kind::Highlight
                                            ? Poppler::HighlightAnnotation::Highlight
                                        : note.kind == TestAnnotation::Kind::Underline
                                            ? Poppler::HighlightAnnotation::Underline
                                            : Poppler::HighlightAnnotation::StrikeOut);
            Poppler::HighlightAnnotation::Quad quad;
            quad.points[0] = box.topLeft();
            quad.points[1] = box.topRight();
            quad.points[2] = box.bottomRight();
            quad.points[3] = box.bottomLeft();
            quad.capStart = quad.capEnd = false;
            quad.feather = 0;
            highlight->setHighlightQuads({quad});
            highlight->setBoundary(box);
            annotation = std::move(highlight);
        }
        annotation->setContents(note.text);
        annotation->setAuthor(note.author);
        pages[pageIndex]->addAnnotation(annotation.get());
        made.push_back(std::move(annotation));
        placedOn << pageIndex;
    }
    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputFileName(out);
    converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        throw std::runtime_error("Poppler could not save the annotated PDF");
    return placedOn;
}

} // namespace sna::test
