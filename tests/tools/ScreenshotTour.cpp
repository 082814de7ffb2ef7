// Opens the demo project and saves a picture of every window and dialog in English and Welsh,
// for looking at layout and truncation (docs/screenshots). Not a test: run it by hand:
//   build/tests/screenshot_tour OUTPUT_DIR
#include "DatasetsPanel.h"
#include "DocumentEditorPanel.h"
#include "ExportPdfDialog.h"
#include "GuardFindingsModel.h"
#include "ImportFilePage.h"
#include "ImportGuardPage.h"
#include "ImportValidationPage.h"
#include "ImportWizard.h"
#include "LanguageChoiceDialog.h"
#include "MainWindow.h"
#include "NewProjectDialog.h"
#include "ProjectSession.h"
#include "demo/DemoProject.h"
#include "foundation/UiLanguage.h"

#include <QApplication>
#include <QComboBox>
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

        NewProjectDialog newProject(QDir::homePath(), &window);
        newProject.show();
        save(newProject, out + QStringLiteral("/new-project") + suffix);
        ExportPdfDialog exportDialog(QStringLiteral("/home/user/strategy.pdf"), true, &window);
        exportDialog.show();
        save(exportDialog, out + QStringLiteral("/export") + suffix);
    }
    LanguageChoiceDialog choice(Lang::Cy);
    choice.show();
    save(choice, out + QStringLiteral("/first-start.png"));
    return 0;
}
