// Opens the demo project and saves a picture of every window and dialog in English and Welsh,
// for looking at layout and truncation (docs/screenshots). Not a test: run it by hand:
//   build/tests/screenshot_tour OUTPUT_DIR
#include "ChecklistPanel.h"
#include "DefinitionPanel.h"
#include "DocumentEditorPanel.h"
#include "ExportDialog.h"
#include "FindBar.h"
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
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>

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
            save(window, out + QStringLiteral("/main-tab%1").arg(tab) + suffix);
        }
        window.workspace()->setCurrentWidget(window.definitionPanel());
        save(window, out + QStringLiteral("/definition") + suffix);
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
