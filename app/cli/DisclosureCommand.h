#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sna {

// `sna disclosure`: shows and changes the project's disclosure control (what published figures
// withhold from health and from other sources, rounding, the fewest events for a rate) and its
// baseline year, as Settings ▸ Disclosure Control does. Values out of range are refused with
// the reason and nothing is written.
class DisclosureCommand {
    Q_DECLARE_TR_FUNCTIONS(sna::DisclosureCommand)
public:
    static constexpr const char* kName = "disclosure";
    DisclosureCommand(QTextStream& out, QTextStream& err);
    static QString usage();
    static QString summary(); // one line for `sna help`
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sna
