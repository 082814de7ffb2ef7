// Writes a data.police.uk street-level crime file of exactly N synthetic records:
//   build/bench/generate_police_csv ROWS OUT.csv
#include "demo/SyntheticPoliceData.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const qint64 rows = arguments.value(1).toLongLong(&ok);
    if (arguments.size() != 3 || !ok || rows < 0) {
        std::fprintf(stderr, "usage: generate_police_csv ROWS OUT.csv\n");
        return 2;
    }
    QSaveFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    sna::SyntheticPoliceSpec spec;
    spec.areaCodes = {QStringLiteral("W06000008"), QStringLiteral("W06000010"),
                      QStringLiteral("W06000023"), QStringLiteral("E06000016")};
    spec.lsoasPerArea = 100;
    const qint64 written = sna::SyntheticPoliceData::writeRows(out, spec, rows);
    if (written != rows || !out.commit()) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    std::printf("%lld rows written to %s\n", static_cast<long long>(written),
                qPrintable(arguments.at(2)));
    return 0;
}
