#pragma once

#include "foundation/BilingualText.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace sna {

// The kinds of violence a partnership's local definition of serious violence can count
// (guidance paras 28–35). It must include a focus on public-space youth violence — homicide,
// violence against the person including knife and gun crime, and crime where violence is
// inherent such as county lines — and may include others; terrorism is excluded and can never
// be part of it. Codes are stable and stored in project files.
class LocalDefinition {
    Q_DECLARE_TR_FUNCTIONS(sna::LocalDefinition)
public:
    static QStringList codes();
    static bool isKnown(const QString& code);
    // The kinds that make up public-space youth violence, which every definition includes.
    static QStringList requiredCodes();
    static QString terrorismCode() { return QStringLiteral("terrorism"); }
    static bool isRequired(const QString& code);
    static QString label(const QString& code); // translated, for the interface
    // Refuses unknown kinds and terrorism, naming them.
    static Status validate(const QStringList& definition);
    // The kinds of public-space youth violence a definition leaves out.
    static QStringList missingRequired(const QStringList& definition);
};

} // namespace sna
