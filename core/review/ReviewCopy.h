#pragma once

#include "export/PdfExporter.h"
#include "export/Publication.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace sna {

class ChartPainter;
class Project;

// A review copy as the project remembers it: which document, in which language and layout,
// and where each section lies on which page, so that comments made on the PDF can be placed.
struct ReviewCopy {
    QString id; // "SNAR-7F3A-2B91", printed on every page
    PublicationKind publication = PublicationKind::Strategy;
    std::optional<Lang> lang; // empty: both languages in one file
    Layout layout = Layout::Separate;
    QDateTime createdAt;
    int pageCount = 0;
    QList<SectionPlacement> placements;

    // The document a placed section belongs to (the public SNA summary opens with the
    // strategy's own summary section).
    DocumentKind documentOf(const QString& sectionId) const;
};

struct ReviewRequest {
    PublicationKind publication = PublicationKind::Strategy;
    std::optional<Lang> lang;
    Layout layout = Layout::Separate;
    QDate date;
    QStringList fontFamilies;
    // Also write a slim project file (documents and published-level figures, no partner data
    // rows) for a reviewer to open in SNA Studio; empty: none.
    QString packagePath;
};

// Review copies: export, record and look up.
class ReviewCopyStore {
    Q_DECLARE_TR_FUNCTIONS(sna::ReviewCopyStore)
public:
    explicit ReviewCopyStore(Project& project)
        : m_project(project)
    {
    }

    // Writes the draft as one PDF with a new review identifier on every page and records the
    // page layout; with a package path, also the slim project file. Everything or nothing.
    Result<ReviewCopy> exportPdf(const QString& path, const ReviewRequest& request,
                                 const ChartPainter* charts);
    Result<ReviewCopy> find(const QString& id) const;
    Result<QList<ReviewCopy>> list() const;

    static QString newId();
    // The identifier in a text, if any: "SNAR-" and two groups of four hexadecimal digits.
    static QString idIn(const QString& text);

private:
    Status record(const ReviewCopy& copy);
    Project& m_project;
};

} // namespace sna
