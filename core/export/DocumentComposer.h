#pragma once

#include "analysis/ChartSpec.h"
#include "analysis/Summary.h"
#include "document/Document.h"
#include "foundation/Language.h"
#include "import/DatasetStore.h"
#include "project/PartnershipProfile.h"

#include <QList>
#include <QString>
#include <QTextBlock>

class QTextDocument;
class QTextTable;

namespace sna {

class ChartTextObject;

// Everything an export reads from the project, gathered once.
struct PublicationContent {
    Document document;
    PartnershipProfile profile;
    Summary summary;
    QList<DatasetInfo> datasets; // for the data-sources annex
};

// Lays a document out as one QTextDocument body in one language: contents, numbered section
// headings, section text, figures with captions and sources. Pagination and page furniture are
// the exporter's job.
class DocumentComposer {
public:
    struct Heading {
        QString number;
        QString title;
        QTextBlock block;
    };

    DocumentComposer(QTextDocument& document, const QString& fontFamily, Lang lang,
                     ChartTextObject* charts);

    void compose(const PublicationContent& content, bool draft);

    const QList<Heading>& headings() const { return m_headings; }
    QTextTable* contentsTable() const { return m_contents; }
    int figureCount() const { return m_figures; }

    static constexpr qreal kBodyPointSize = 11;

private:
    void addContents(int entries);
    void addSection(int number, const Section& section, const Summary& summary, bool draft);
    void addChart(const ChartSpec& spec);

    QTextDocument& m_document;
    QString m_family;
    Lang m_lang;
    ChartTextObject* m_charts;
    QList<Heading> m_headings;
    QTextTable* m_contents = nullptr;
    int m_figures = 0;
};

} // namespace sna
