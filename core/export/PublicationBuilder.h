#pragma once

#include "analysis/AnalysisData.h"

#include "analysis/AnalysisSettings.h"
#include "analysis/Summary.h"
#include "document/Document.h"
#include "export/Publication.h"
#include "foundation/Result.h"
#include "import/DatasetStore.h"
#include "project/PartnershipProfile.h"

#include <QCoreApplication>

namespace sna {

class Project;

// Everything an export reads from the project, gathered once.
struct PublicationContent {
    Document document; // the document exported: the strategy, or the SNA (full or summary)
    Document strategy; // the strategy, whose SNA summary (154(l)) opens the public SNA summary
    PartnershipProfile profile;
    Summary summary;
    QList<DatasetInfo> datasets;
    AnalysisSettings settings; // disclosure-control thresholds for published figures
    std::shared_ptr<const AnalysisData> analysis; // what analysis charts are drawn from
};

// Turns the project's document into a Publication: publishable sections only, Markdown split
// into numbered headings, paragraphs, lists and numbered tables, figures drawn from published
// figures, and the annexes every publication carries (data sources, glossary).
class PublicationBuilder {
    Q_DECLARE_TR_FUNCTIONS(sna::PublicationBuilder)
public:
    static Result<PublicationContent> gather(Project& project, PublicationKind kind);
    static Publication build(const PublicationContent& content, PublicationKind kind, bool draft,
                             const QDate& date);
    // Markdown of one section in one language as blocks; headings are numbered under
    // `sectionNumber`, tables from `firstTable` on.
    static QList<Block> parseMarkdown(const QString& markdown, const QString& sectionNumber,
                                      const QString& anchorPrefix, int firstTable);
};

} // namespace sna
