// Opens the demo project and saves a picture of every window and dialog in English and Welsh,
// for looking at layout and truncation (docs/screenshots). Not a test: run it by hand:
//   build/tests/screenshot_tour OUTPUT_DIR
#include "AnalysisPanel.h"
#include "ChecklistPanel.h"
#include "CommentDialog.h"
#include "DatasetsPanel.h"
#include "DefinitionPanel.h"
#include "DisclosureSettingsDialog.h"
#include "DocumentEditorPanel.h"
#include "ExportDialog.h"
#include "FindBar.h"
#include "GuardFindingsModel.h"
#include "ImportFilePage.h"
#include "ImportGuardPage.h"
#include "ImportValidationPage.h"
#include "ImportWizard.h"
#include "LanguageChoiceDialog.h"
#include "MainWindow.h"
#include "NewProjectDialog.h"
#include "PdfViewer.h"
#include "PreviewDialog.h"
#include "ProjectSession.h"
#include "PublicationPackDialog.h"
#include "ReviewController.h"
#include "ReviewExportDialog.h"
#include "ReviewPanel.h"
#include "SignoffDialog.h"
#include "VersionsDialog.h"
#include "demo/DemoProject.h"
#include "foundation/UiLanguage.h"
#include "project/Project.h"
#include "review/CommentStore.h"
#include "review/ReviewCopy.h"
#include <QElapsedTimer>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace sna;

namespace {
void save(QWidget& widget, const QString& path)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    widget.grab().save(path);
    std::printf("%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SNA Studio Screenshots"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    QTemporaryDir scratch;
    const QString demo = scratch.filePath(QStringLiteral("demo.sna"));
    if (auto s = DemoProject::create(demo); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    const QString partnerFile = scratch.filePath(QStringLiteral("yjs-2024-01.csv"));
    {
        QFile csv(partnerFile);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        csv.write("Date,LSOA,Offence type,Number,Caseworker email\n"
                  "03/01/2024,W01000510,Robbery,2,jo@yjs.example.org\n"
                  "04/01/2024,W01000511,Knife possession,1,sam@yjs.example.org\n"
                  "05/01/2024,W01000512,Robbery,3,\n"
                  "06/01/2024,W0100051X,Assault,1,\n");
    }
    for (Lang lang : {Lang::En, Lang::Cy}) {
        UiLanguage::instance().apply(lang);
        const QString suffix = QStringLiteral("-%1.png").arg(langCode(lang));
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        save(window, out + QStringLiteral("/welcome") + suffix);
        if (auto s = window.openProject(demo); !s)
            return 1;
        for (int tab = 0; tab < window.workspace()->count(); ++tab) {
            window.workspace()->setCurrentIndex(tab);
            if (window.workspace()->currentWidget() == window.datasetsPanel()) {
                QTableView* datasets = window.datasetsPanel()->view();
                datasets->setCurrentIndex(datasets->model()->index(0, 0));
            }
            save(window, out + QStringLiteral("/main-tab%1").arg(tab) + suffix);
        }
        window.workspace()->setCurrentWidget(window.definitionPanel());
        save(window, out + QStringLiteral("/definition") + suffix);

        // The Analysis tab: categories by financial year (stacked columns) and its table.
        AnalysisPanel* analysis = window.analysisPanel();
        window.workspace()->setCurrentWidget(analysis);
        const auto drawn = [analysis] {
            QElapsedTimer timer;
            timer.start();
            do {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            } while ((analysis->isComputing() ||
                      analysis->currentSpec().reference != analysis->currentReference()) &&
                     timer.elapsed() < 10000);
        };
        analysis->chartChoice()->setCurrentIndex(
            analysis->chartChoice()->findData(QStringLiteral("sv-category-years")));
        drawn();
        save(window, out + QStringLiteral("/analysis-category-years") + suffix);
        analysis->chartChoice()->setCurrentIndex(
            analysis->chartChoice()->findData(QStringLiteral("sv-trend")));
        analysis->showByChoice()->setCurrentIndex(
            analysis->showByChoice()->findData(QStringLiteral("quarter")));
        drawn();
        save(window, out + QStringLiteral("/analysis-quarters") + suffix);
        DisclosureSettingsDialog* disclosure = window.showDisclosureSettings();
        save(*disclosure, out + QStringLiteral("/disclosure") + suffix);
        disclosure->close();

        // The import wizard, page by page, on a partner file with a column to decide on.
        ImportWizard* wizard = window.openImportWizard(partnerFile);
        wizard->filePage()->partnerEdit()->setText(QStringLiteral("Youth justice service"));
        wizard->filePage()->setAuthorityType(QStringLiteral("youth-justice"));
        const auto waitFor = [](const std::function<bool()>& ready) {
            QElapsedTimer timer;
            timer.start();
            while (!ready() && timer.elapsed() < 30000)
                QTest::qWait(20);
        };
        const QStringList pages{QStringLiteral("file"), QStringLiteral("preview"),
                                QStringLiteral("mapping"), QStringLiteral("guard"),
                                QStringLiteral("validation")};
        for (const QString& page : pages) {
            if (page == QLatin1String("guard"))
                waitFor([wizard] { return wizard->scan.has_value(); });
            if (page == QLatin1String("validation"))
                waitFor([wizard] { return wizard->validationPage()->checked().has_value(); });
            save(*wizard, out + QStringLiteral("/import-%1").arg(page) + suffix);
            if (page == QLatin1String("guard"))
                wizard->guardPage()->model()->setChoice(0, GuardFindingsModel::Choice::Drop);
            wizard->next();
        }
        wizard->reject();
        window.workspace()->setCurrentWidget(window.editorPanel());
        window.editorPanel()->showSection(DocumentKind::Strategy, QStringLiteral("sna-summary"));
        save(window, out + QStringLiteral("/editor") + suffix);
        window.editorPanel()->showSection(DocumentKind::Strategy,
                                          QStringLiteral("annual-assessment"));
        save(window, out + QStringLiteral("/editor-not-applicable") + suffix);
        window.editorPanel()->showSection(DocumentKind::Strategy,
                                          QStringLiteral("operational-details"));
        save(window, out + QStringLiteral("/editor-restricted") + suffix);
        window.editorPanel()->showSection(DocumentKind::Strategy, QStringLiteral("consultation"));
        window.findAction()->trigger();
        window.editorPanel()->findBar()->field()->setText(QStringLiteral("ifanc"));
        window.editorPanel()->findNext(QStringLiteral("ifanc"));
        save(window, out + QStringLiteral("/editor-find") + suffix);
        window.editorPanel()->showSection(DocumentKind::Sna, QStringLiteral("data-sources"));
        save(window, out + QStringLiteral("/editor-sna") + suffix);
        window.navigate(QStringLiteral("plan"));
        save(window, out + QStringLiteral("/action-plan") + suffix);
        window.navigate(QStringLiteral("timetable"));
        save(window, out + QStringLiteral("/timetable") + suffix);
        window.workspace()->setCurrentWidget(window.checklistPanel());
        save(window, out + QStringLiteral("/checklist") + suffix);

        // Review and sign-off (issue 9): versions compared, comments, sign-off, review copies.
        {
            ProjectSession& session = *window.session();
            ReviewController* review = window.reviewController();
            VersionsDialog* versions = review->showVersions();
            versions->setDocument(DocumentKind::Strategy);
            (void)versions->saveVersion(
                QStringLiteral("Drafft 1 / Draft 1 %1").arg(langCode(lang)));
            const Section* consultation =
                session.document(DocumentKind::Strategy).section(QStringLiteral("consultation"));
            for (Lang l : kAllLangs)
                session.editSectionText(DocumentKind::Strategy, QStringLiteral("consultation"), l,
                                        consultation->body.in(l).left(180) +
                                            (l == Lang::Cy ? QStringLiteral(" Byddwn yn adrodd "
                                                                            "bob chwarter.")
                                                           : QStringLiteral(" We will report "
                                                                            "every quarter.")));
            versions->compare(QStringLiteral("Drafft 1 / Draft 1 %1").arg(langCode(lang)),
                              QString());
            versions->selectSection(QStringLiteral("consultation"));
            save(*versions, out + QStringLiteral("/versions") + suffix);
            versions->close();

            CommentStore comments(session.project());
            ReviewComment note;
            note.sectionId = QStringLiteral("consultation");
            note.author = QStringLiteral("Rhian Jones");
            note.authority = QStringLiteral("Cyngor Sir Ceredigion");
            note.quote = QStringLiteral("pobl ifanc");
            note.text = lang == Lang::Cy ? QStringLiteral("Enwch y grwpiau ieuenctid.")
                                         : QStringLiteral("Name the youth groups.");
            (void)comments.add(note);
            ReviewComment unplaced;
            unplaced.author = QStringLiteral("Sam Evans");
            unplaced.text = QStringLiteral("Logo?");
            unplaced.origin = QStringLiteral("pdf-note");
            unplaced.page = 1;
            (void)comments.add(unplaced);
            review->panel()->refresh();
            review->dock()->show();
            review->dock()->raise();
            window.workspace()->setCurrentWidget(window.editorPanel());
            save(window, out + QStringLiteral("/review-panel") + suffix);

            CommentDialog comment(ReviewPanel::tr("Comment on Section"),
                                  QStringLiteral("2 Consultation"),
                                  {QStringLiteral("Heddlu Dyfed-Powys")}, &window);
            comment.show();
            save(comment, out + QStringLiteral("/comment") + suffix);

            SignoffDialog* signoff = review->showSignoff();
            save(*signoff, out + QStringLiteral("/signoff") + suffix);
            signoff->close();

            ReviewExportDialog exportReview(session, QStringLiteral("/home/user"), &window);
            exportReview.packageCheck()->setChecked(true);
            exportReview.show();
            save(exportReview, out + QStringLiteral("/review-export") + suffix);
            review->dock()->hide();
        }

        NewProjectDialog newProject(QDir::homePath(), &window);
        newProject.show();
        save(newProject, out + QStringLiteral("/new-project") + suffix);
        ExportDialog exportDialog(QStringLiteral("/home/user/strategy"), true, &window);
        exportDialog.show();
        save(exportDialog, out + QStringLiteral("/export") + suffix);

        PublicationPackDialog pack(QStringLiteral("/home/user/strategy-publication"), true,
                                   &window);
        pack.dateEdit()->setDate(QDate(2024, 1, 31));
        pack.show();
        save(pack, out + QStringLiteral("/publication-pack") + suffix);

        // The preview: the first page, then a search in the Welsh-first version.
        if (PreviewDialog* preview = window.showPreview()) {
            preview->resize(1200, 860);
            save(*preview, out + QStringLiteral("/preview") + suffix);
            preview->versionChoice()->setCurrentIndex(2); // Welsh first
            preview->viewer()->searchEdit()->setText(QStringLiteral("ffactorau"));
            preview->viewer()->find(QStringLiteral("ffactorau"));
            save(*preview, out + QStringLiteral("/preview-search") + suffix);
            preview->versionChoice()->setCurrentIndex(3); // columns
            preview->viewer()->goToPage(3);
            save(*preview, out + QStringLiteral("/preview-columns") + suffix);
            preview->close();
        }

        // A reviewer's file opened in review mode.
        const QString package =
            scratch.filePath(QStringLiteral("review-%1.sna").arg(langCode(lang)));
        {
            ReviewRequest request;
            request.lang = lang;
            request.packagePath = package;
            (void)ReviewCopyStore(window.session()->project())
                .exportPdf(scratch.filePath(QStringLiteral("review.pdf")), request, nullptr);
        }
        if (window.openProject(package)) {
            window.workspace()->setCurrentWidget(window.editorPanel());
            window.editorPanel()->showSection(DocumentKind::Strategy,
                                              QStringLiteral("consultation"));
            save(window, out + QStringLiteral("/review-mode") + suffix);
        }
    }
    LanguageChoiceDialog choice(Lang::Cy);
    choice.show();
    save(choice, out + QStringLiteral("/first-start.png"));
    return 0;
}
