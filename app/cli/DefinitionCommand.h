#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sna {

// `sna definition`: shows and changes the local definition of serious violence and how source
// categories map onto it, as the Definition tab does. A change the Duty does not allow is
// refused with the reason and writes nothing.
class DefinitionCommand {
    Q_DECLARE_TR_FUNCTIONS(sna::DefinitionCommand)
public:
    static constexpr const char* kName = "definition";
    DefinitionCommand(QTextStream& out, QTextStream& err);
    static QString usage();
    static QString summary(); // one line for `sna help`
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sna
