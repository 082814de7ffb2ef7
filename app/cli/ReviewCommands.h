#pragma once

#include "document/Document.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace sna {

struct ReviewComment;

// The `sna` commands for offline review and sign-off: named versions and their comparison,
// comments (from annotated review PDFs, from a reviewer's file, or typed), and sign-off by each
// specified authority. Same conventions as the rest of the command line.
class ReviewCommands {
    Q_DECLARE_TR_FUNCTIONS(sna::ReviewCommands)
public:
    ReviewCommands(QTextStream& out, QTextStream& err);

    static bool handles(const QString& command);
    static QString summary();
    int run(const QString& command, const QStringList& arguments);
    bool printHelp(const QString& command);

private:
    int runSnapshot(const QStringList& arguments);
    int runVersions(const QStringList& arguments);
    int runDiff(const QStringList& arguments);
    int runComments(const QStringList& arguments);
    int runSignoff(const QStringList& arguments);
    int commentsImport(const QStringList& arguments);
    int commentsList(const QStringList& arguments);
    int commentsMerge(const QStringList& arguments);
    int commentsAdd(const QStringList& arguments);
    int commentsReply(const QStringList& arguments);
    int commentsResolve(const QStringList& arguments);
    int commentsPlace(const QStringList& arguments);

    int helpFor(const QString& command);
    std::optional<DocumentKind> documentOption(const QString& command, const QString& value);
    void printComment(const ReviewComment& comment);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sna
