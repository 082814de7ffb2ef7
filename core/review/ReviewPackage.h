#pragma once

#include "foundation/Result.h"
#include "review/CommentStore.h"

#include <QCoreApplication>

namespace sna {

class Project;

// The slim project file that goes to a reviewer with a review copy: the documents, versions,
// comments, profile and published-level figures (per-month totals and provenance), but no row of
// partner data, so that it can travel by e-mail under data sharing rules. SNA Studio opens it in
// review mode (the text is read-only; comments may be added) and the analyst merges the
// reviewer's comments back.
class ReviewPackage {
    Q_DECLARE_TR_FUNCTIONS(sna::ReviewPackage)
public:
    // The tables that hold rows of imported data. The slim file keeps none of their rows.
    static const QStringList& dataRowTables();

    static Status write(Project& project, const QString& path, const QString& reviewId);
    // The project's identity, shared by its review packages.
    static QString projectId(Project& project);
    // The review copy a package was made for; empty for a full project.
    static QString reviewIdOf(Project& project);
    static bool isReviewPackage(Project& project) { return !reviewIdOf(project).isEmpty(); }
    // Adds the comments of a reviewer's file (a review package of this project) that the project
    // does not have yet. The reviewer's file is only read.
    static Result<CommentImportCount> mergeComments(Project& project, const QString& reviewerFile);
};

} // namespace sna
