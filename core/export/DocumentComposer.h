#pragma once

#include "export/Publication.h"
#include "foundation/Language.h"

#include <QList>
#include <QString>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFormat>

class QTextDocument;
class QTextList;
class QTextTable;

namespace sna {

class ChartPainter;
class ChartTextObject;

// Lays a Publication out in a QTextDocument: contents, the statement about the document,
// numbered section headings and sub-headings, paragraphs, lists, numbered tables with
// repeated header rows, figures with captions and sources. Used for PDF (charts as painted
// objects, pages cut by the exporter) and ODT (charts as pictures). Pagination and page
// furniture are the exporter's job.
class DocumentComposer {
public:
    struct Heading {
        QString number;
        QString title;
        int level = 1;
        QTextBlock block;
        QString sectionId; // level 1: the section the heading opens
    };

    // `textWidth`: the width of the text, in the document's units. Compose before giving the
    // document a page size: a paginated QTextDocument is laid out again after every edit.
    // `charts`: charts become painted objects (PDF). Otherwise, with `imagePainter`, they
    // become pictures (ODT); with neither, they are listed by caption only.
    DocumentComposer(QTextDocument& document, qreal textWidth, const QString& fontFamily,
                     ChartTextObject* charts, const ChartPainter* imagePainter = nullptr);

    // Appends one language's complete document. `pageNumbers`: the contents has a page column
    // for the exporter to fill in.
    void composeLanguage(const Publication& publication, Lang lang, bool pageNumbers);
    // The same in two steps: contents and the statement about the document, then the sections
    // (the PDF lays them out as separate documents, so that page numbers written into the
    // contents do not make the body be laid out again).
    // `partLabel`: in a Welsh-first document, "Welsh version" / "English version" above the
    // contents of each part.
    void composeFront(const Publication& publication, Lang lang, bool pageNumbers,
                      bool partLabel = false);
    void composeBody(const Publication& publication, Lang lang);
    // Appends the document in parallel columns, Welsh on the left, aligned block by block.
    void composeColumns(const Publication& publication);
    void composeColumnsFront(const Publication& publication);
    void composeColumnsBody(const Publication& publication);
    // The next thing appended starts a new page.
    void breakPage();

    // Headings listed in the contents, in the contents table's row order.
    const QList<Heading>& headings() const { return m_headings; }
    QTextTable* contentsTable() const { return m_contents; }
    int contentsPageColumn() const { return m_pageColumn; }
    int figureCount() const { return m_figures; }
    // Headings in table cells (columns) cannot be kept with their text by moving them.
    bool headingsMovable() const { return !m_columns; }

    static constexpr qreal kBodyPointSize = 11;
    // On a table's format: keep it on one page when it fits (1: move its caption with it,
    // 2: move the table alone).
    static constexpr int kKeepTogether = QTextFormat::UserProperty + 10;
    // The blocks of a section grouped for parallel columns: each unit (a heading, a paragraph,
    // a whole list, a table, a figure) faces its counterpart in the other language.
    static QList<QList<Block>> alignmentUnits(const QList<Block>& blocks);

private:
    struct Writer {
        QTextCursor cursor;
        bool fresh = true; // the cursor's block is empty and unused
        qreal width = 0;
        QTextList* lists[4] = {nullptr, nullptr, nullptr, nullptr};
    };
    void useDeviceUnits();
    Writer atEnd(qreal width);
    void startBlock(Writer& w, const QTextBlockFormat& block, const QTextCharFormat& chars);
    void insertRuns(Writer& w, const RichText& text, qreal pointSize);
    void addContents(Writer& w, const Publication& publication, Lang lang, bool pageNumbers);
    void addAbout(Writer& w, const Publication& publication, Lang lang);
    void addSectionHeading(Writer& w, const PublicationSection& section, Lang lang,
                           bool recordForContents);
    void addBlock(Writer& w, const Block& block, const Publication& publication, Lang lang,
                  bool recordForContents);
    void addTable(Writer& w, const TableBlock& table, Lang lang);
    void addFigure(Writer& w, const Figure& figure, Lang lang);

    QTextDocument& m_document;
    qreal m_textWidth;
    QString m_family;
    ChartTextObject* m_charts;
    const ChartPainter* m_imagePainter;
    QList<Heading> m_headings;
    QTextTable* m_contents = nullptr;
    int m_pageColumn = -1;
    int m_figures = 0;
    int m_images = 0;
    bool m_columns = false;
    bool m_breakPending = false;
};

} // namespace sna
