#pragma once

#include "foundation/Result.h"
#include "project/PartnershipProfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sna {
class Project;
}

namespace sna::test {

// The published sample files copied into tests/data.
QString dataFile(const QString& name);
QString leicestershireFile();
QString dyfedPowysFile();

// A fresh folder per test; removed afterwards.
class Scratch {
public:
    Scratch();
    QString path(const QString& name) const;
    QString write(const QString& name, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

PartnershipProfile leicesterProfile();
PartnershipProfile ceredigionProfile();
std::unique_ptr<Project> createProject(const QString& path,
                                       const PartnershipProfile& profile = leicesterProfile());
std::unique_ptr<Project> openProject(const QString& path);

QByteArray fileBytes(const QString& path);
qint64 scalar(Project& project, const QString& sql);

// PDF read back with Poppler.
struct PdfText {
    bool loaded = false;
    int pageCount = 0;
    QStringList pages;
    QStringList fontNames;
    bool allFontsEmbedded = false;
    QString title;
    QString author;
    QString xmp; // the XMP metadata packet
    QString all() const { return pages.join(QLatin1Char('\n')); }
};
PdfText readPdf(const QString& path);

// Header plus rows, police.uk street format, for small fixtures.
QByteArray policeCsv(const QStringList& rows);
QString policeRow(const QString& month, const QString& crimeType,
                  const QString& lsoa = QStringLiteral("E01025631"),
                  const QString& location = QStringLiteral("On or near High Street"));

} // namespace sna::test

#include <catch2/catch.hpp>

// Lets Catch2 print QStrings in failure messages.
namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
