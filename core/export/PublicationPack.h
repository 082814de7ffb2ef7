#pragma once

#include "export/Publication.h"
#include "export/PublicationBuilder.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sna {

class ChartPainter;

struct PackOptions {
    QDate publicationDate;
    // Areas in Wales: two matching files (the default) or one Welsh-first document.
    Layout bilingualLayout = Layout::Separate;
    QStringList fontFamilies;
};

struct PackResult {
    QString folder;
    QStringList files; // names inside the folder
    QDate deadline;
};

// The folder a partnership sends out when it publishes (guidance paras 160–163): the strategy
// as PDF (English, or Welsh and English for an area in Wales) and as accessible HTML, the
// public summary of the SNA, and a checklist with the submission addresses and the deadline,
// seven days after publication. The folder appears complete or not at all.
class PublicationPack {
    Q_DECLARE_TR_FUNCTIONS(sna::PublicationPack)
public:
    static QDate deadline(const QDate& publicationDate) { return publicationDate.addDays(7); }
    static QString homeOfficeAddress();     // Seriousviolenceduty@homeoffice.gov.uk
    static QString welshMinistersAddress(); // CrimeandJustice@gov.wales
    // `content` holds the strategy; `sna` is the assessment whose public summary is included.
    static Result<PackResult> write(const QString& folder, const PublicationContent& content,
                                    const Document& sna, const PackOptions& options,
                                    const ChartPainter* charts);
    static Result<PackResult> writeProject(Project& project, const QString& folder,
                                           const PackOptions& options, const ChartPainter* charts);
};

} // namespace sna
