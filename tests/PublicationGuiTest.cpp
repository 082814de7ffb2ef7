#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ExportDialog.h"
#include "MainWindow.h"
#include "PdfViewer.h"
#include "PreviewDialog.h"
#include "ProjectSession.h"
#include "PublicationPackDialog.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QTest>

using namespace sna;
using namespace sna::test;

namespace {
QString welshProject(const Scratch& scratch)
{
    const QString path = scratch.path(QStringLiteral("gui.sna"));
    auto project = createProject(path, ceredigionProfile());
    REQUIRE(PoliceUkImporter(*project).importFile(dyfedPowysFile()).ok());
    return path;
}
} // namespace

TEST_CASE("Preview shows the PDF as published: thumbnails, go to page, zoom and search")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    CHECK_FALSE(window.previewAction()->isEnabled());
    REQUIRE(window.openProject(welshProject(scratch)).ok());
    REQUIRE(window.previewAction()->isEnabled());
    // What is on screen, saved or not.
    window.session()->editSectionText(DocumentKind::Strategy, QStringLiteral("governance"),
                                      Lang::Cy,
                                      QStringLiteral("Mae’r ffactorau risg yn cael eu monitro."));
    window.previewAction()->trigger();
    auto* preview = window.findChild<PreviewDialog*>();
    REQUIRE(preview);
    PdfViewer* viewer = preview->viewer();
    const PdfText text = readPdf(preview->pdfPath());
    REQUIRE(text.loaded);
    CHECK(viewer->pageCount() == text.pageCount);
    CHECK(viewer->thumbnails()->model()->rowCount() == text.pageCount);
    CHECK_FALSE(viewer->thumbnails()
                    ->model()
                    ->data(viewer->thumbnails()->model()->index(0, 0), Qt::DecorationRole)
                    .value<QImage>()
                    .isNull());
    CHECK(viewer->pageView()->pixmap().width() > 500);

    // Welsh interface or not, a Welsh area previews Welsh or English; pick Welsh.
    preview->versionChoice()->setCurrentIndex(0);
    CHECK(readPdf(preview->pdfPath()).pages.value(0).contains(QStringLiteral("Strategaeth")));

    // Go to page with the page box, and by clicking a thumbnail.
    viewer->pageBox()->setValue(3);
    CHECK(viewer->currentPage() == 2);
    const QModelIndex first = viewer->thumbnails()->model()->index(0, 0);
    QTest::mouseClick(viewer->thumbnails()->viewport(), Qt::LeftButton, {},
                      viewer->thumbnails()->visualRect(first).center());
    CHECK(viewer->currentPage() == 0);

    // Zoom.
    const int width = viewer->pageView()->pixmap().width();
    viewer->zoomBox()->setCurrentIndex(viewer->zoomBox()->findData(2.0));
    CHECK(viewer->zoom() == 2.0);
    CHECK(viewer->pageView()->pixmap().width() > width * 1.8);

    // Search the text: the edited paragraph is found on its page.
    viewer->searchEdit()->setText(QStringLiteral("monitro."));
    QTest::keyClick(viewer->searchEdit(), Qt::Key_Return);
    const int found = viewer->currentPage();
    CHECK(viewer->pageText(found).contains(
        QStringLiteral("Mae’r ffactorau risg yn cael eu monitro.")));
    CHECK_FALSE(viewer->searchStatus()->text().isEmpty());
    viewer->searchEdit()->setText(QStringLiteral("no such words anywhere"));
    CHECK(viewer->find(viewer->searchEdit()->text()) == -1);

    // Another version: Welsh first, both titles on the cover.
    preview->versionChoice()->setCurrentIndex(2);
    CHECK(viewer->pageText(0).contains(QStringLiteral("Strategaeth Trais Difrifol")));
    CHECK(viewer->pageText(0).contains(QStringLiteral("Serious Violence Strategy")));
    // The full SNA is restricted, in the preview too.
    preview->versionChoice()->setCurrentIndex(1);
    preview->documentChoice()->setCurrentIndex(2);
    CHECK(viewer->pageText(1).contains(QStringLiteral("RESTRICTED")));
    CHECK_FALSE(preview->problem()->isVisible());
}

TEST_CASE("The export dialog names the files: two matching ones, or one bilingual file")
{
    ExportDialog dialog(QStringLiteral("/tmp/strategaeth"), true);
    // An area in Wales: both languages, two matching PDFs, by default.
    CHECK(dialog.outputPaths() == QStringList{QStringLiteral("/tmp/strategaeth-cy.pdf"),
                                              QStringLiteral("/tmp/strategaeth-en.pdf")});
    CHECK(dialog.layoutChoice()->isEnabled());
    dialog.layoutChoice()->setCurrentIndex(1); // Welsh first
    CHECK(dialog.outputPaths() == QStringList{QStringLiteral("/tmp/strategaeth.pdf")});
    CHECK(dialog.request().layout == Layout::WelshFirst);
    dialog.formatChoice()->setCurrentIndex(1); // HTML
    CHECK(dialog.outputPaths() == QStringList{QStringLiteral("/tmp/strategaeth.html")});
    dialog.languageChoice()->setCurrentIndex(
        dialog.languageChoice()->findData(QStringLiteral("en")));
    CHECK_FALSE(dialog.layoutChoice()->isEnabled());
    CHECK(dialog.request().layout == Layout::Separate);
    CHECK(dialog.request().lang == Lang::En);
    CHECK(dialog.filesNote()->text().contains(QStringLiteral("strategaeth.html")));
    dialog.pathEdit()->clear();
    CHECK(dialog.outputPaths().isEmpty());
}

TEST_CASE("The publication pack: both languages, web version, public summary and the checklist")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(welshProject(scratch)).ok());
    REQUIRE(window.packAction()->isEnabled());

    PublicationPackDialog dialog(scratch.path(QStringLiteral("pack")), true);
    dialog.dateEdit()->setDate(QDate(2024, 1, 31));
    CHECK(dialog.deadlineLabel()->text().contains(
        QStringLiteral("Seriousviolenceduty@homeoffice.gov.uk")));
    CHECK(dialog.deadlineLabel()->text().contains(QStringLiteral("CrimeandJustice@gov.wales")));
    CHECK(dialog.options().publicationDate == QDate(2024, 1, 31));

    const QString folder = dialog.folder();
    auto written = window.writePublicationPack(folder, dialog.options());
    REQUIRE(written.ok());
    CHECK(written.value().deadline == QDate(2024, 2, 7));
    for (const QString& name :
         {QStringLiteral("strategy-cy.pdf"), QStringLiteral("strategy-en.pdf"),
          QStringLiteral("strategy-cy.html"), QStringLiteral("strategy-en.html"),
          QStringLiteral("sna-summary-cy.pdf"), QStringLiteral("sna-summary-en.pdf"),
          QStringLiteral("checklist.html")}) {
        INFO(name.toStdString());
        CHECK(QFileInfo::exists(QDir(folder).filePath(name)));
    }
    CHECK(readPdf(QDir(folder).filePath(QStringLiteral("sna-summary-cy.pdf")))
              .pages.value(0)
              .simplified()
              .contains(QStringLiteral("Crynodeb Cyhoeddus")));
    const QString checklist =
        QString::fromUtf8(fileBytes(QDir(folder).filePath(QStringLiteral("checklist.html"))));
    CHECK(checklist.contains(QStringLiteral("7 Chwefror 2024")));
    CHECK(checklist.contains(QStringLiteral("7 February 2024")));
    CHECK(checklist.contains(QStringLiteral("Seriousviolenceduty@homeoffice.gov.uk")));
    CHECK(checklist.contains(QStringLiteral("CrimeandJustice@gov.wales")));
    CHECK(checklist.indexOf(QStringLiteral("lang=\"cy\"")) <
          checklist.indexOf(QStringLiteral("lang=\"en\"")));
    CHECK(QDir(scratch.path(QString()))
              .entryList({QStringLiteral("*.partial-*")}, QDir::AllEntries)
              .isEmpty());

    // A folder that is not empty is refused and left alone.
    auto again = window.writePublicationPack(folder, dialog.options());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("not an empty folder")));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("checklist.html"))));
}
