#pragma once

#include "foundation/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sna {

// The bundled demonstration project: a made-up partnership of four Welsh areas with three
// years of synthetic police data and a strategy partly written in English and Welsh, so that a
// newcomer sees real charts and a real bilingual strategy at once. Every page of it says that
// the data is synthetic.
class DemoProject {
    Q_DECLARE_TR_FUNCTIONS(sna::DemoProject)
public:
    static QString defaultPath();
    // Creates the demo at `path` (which must not exist).
    static Status create(const QString& path);
    // Returns defaultPath(), creating the demo there first if it is missing.
    static Result<QString> ensure();
};

} // namespace sna
