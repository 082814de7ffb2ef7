#pragma once

#include "document/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace sna {

struct ProjectContent;

// The `sna` commands for writing the SNA and the strategy — section text, sections, the
// partnership profile, the action plan, the glossary, translation packs and the compliance
// checklist — so that everything the GUI sets can be scripted. Same conventions as the rest of
// the command line: output for scripts on stdout, errors on stderr, status 1 when the command
// failed and 2 when the command line was wrong; a refused change writes nothing.
class WritingCommands {
    Q_DECLARE_TR_FUNCTIONS(sna::WritingCommands)
public:
    WritingCommands(QTextStream& out, QTextStream& err);

    static bool handles(const QString& command);
    // The lines of `sna help` for these commands.
    static QString summary();
    int run(const QString& command, const QStringList& arguments);
    // False when `command` is not one of these.
    bool printHelp(const QString& command);

private:
    int runText(const QStringList& arguments);
    int runSections(const QStringList& arguments);
    int runSection(const QStringList& arguments);
    int runProfile(const QStringList& arguments);
    int runActions(const QStringList& arguments);
    int runAction(const QStringList& arguments);
    int runPriority(const QStringList& arguments);
    int runGlossary(const QStringList& arguments);
    int runTranslation(const QStringList& arguments);
    int runCheck(const QStringList& arguments);

    int helpFor(const QString& command);
    // Parses --doc; writes the usage error and returns nothing when it is wrong.
    std::optional<DocumentKind> documentOption(const QString& command, const QString& value);
    std::optional<Lang> langOption(const QString& command, const QString& option,
                                   const QString& value);
    std::optional<QDate> dateOption(const QString& command, const QString& option,
                                    const QString& value, bool allowEmpty);
    void printSection(const Document& document, const Section& section);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sna
