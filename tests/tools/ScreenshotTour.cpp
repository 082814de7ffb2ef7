// Opens the demo project and saves a picture of every window and dialog in English and Welsh,
// for looking at layout and truncation (docs/screenshots). Not a test: run it by hand:
//   build/tests/screenshot_tour OUTPUT_DIR
#include "ChecklistPanel.h"
#include "DatasetsPanel.h"
#include "DefinitionPanel.h"
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
#include "demo/DemoProject.h"
#include "foundation/UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
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
    }
    LanguageChoiceDialog choice(Lang::Cy);
    choice.show();
    save(choice, out + QStringLiteral("/first-start.png"));
    return 0;
}
