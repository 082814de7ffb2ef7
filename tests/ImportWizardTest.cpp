#include <catch2/catch.hpp>

#include <memory>

#include "TestSupport.h"

#include "CsvPreviewModel.h"
#include "DatasetTableModel.h"
#include "DatasetsPanel.h"
#include "GuardFindingsModel.h"
#include "ImportController.h"
#include "ImportFilePage.h"
#include "ImportGuardPage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportRunPage.h"
#include "ImportValidationPage.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MappingTableModel.h"
#include "ProjectSession.h"
#include "RowProblemModel.h"
#include "demo/SyntheticPoliceData.h"
#include "project/Project.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace sna;
using namespace sna::test;

namespace {
QString makeProject(const Scratch& scratch)
{
    const QString path = scratch.path(QStringLiteral("wizard.sna"));
    createProject(path, ceredigionProfile());
    return path;
}

// Presses Next as a user would: only when the page lets them.
bool next(ImportWizard* wizard)
{
    if (!wizard->currentPage()->isComplete())
        return false;
    const int before = wizard->currentId();
    wizard->next();
    return wizard->currentId() != before;
}

bool waitComplete(ImportWizard* wizard, int timeout = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!wizard->currentPage()->isComplete() && timer.elapsed() < timeout)
        QTest::qWait(20);
    return wizard->currentPage()->isComplete();
}

qint64 count(ProjectSession& session, const QString& sql)
{
    return scalar(session.project(), sql);
}
} // namespace

TEST_CASE("Wizard: a published file, detected, checked and imported, provenance shown")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(makeProject(scratch)).ok());
    ImportWizard* wizard = window.openImportWizard(leicestershireFile());
    REQUIRE(wizard);
    ImportFilePage* file = wizard->filePage();
    // A published format: the publisher and the kind of source are filled in.
    CHECK(file->partnerEdit()->text() == QLatin1String("data.police.uk"));
    CHECK(file->authorityCombo()->currentData().toString() == QLatin1String("public-data"));
    REQUIRE(next(wizard));

    REQUIRE(wizard->currentId() == ImportWizard::PreviewPageId);
    ImportPreviewPage* preview = wizard->previewPage();
    CHECK(preview->formatCombo()->currentData().toString() == QLatin1String("police-uk"));
    CHECK(preview->model()->columnCount() == 12);
    CHECK(preview->model()->rowCount() == 50);
    CHECK(preview->model()->headerData(0, Qt::Horizontal).toString() == QLatin1String("Crime ID"));
    // Rows as parsed, with their file lines.
    CHECK(preview->model()->headerData(0, Qt::Vertical).toInt() == 2);
    CHECK(preview->model()->index(0, 6).data().toString() ==
          QLatin1String("On or near Lowland Avenue"));
    REQUIRE(next(wizard));

    REQUIRE(wizard->currentId() == ImportWizard::GuardPageId);
    REQUIRE(waitComplete(wizard));
    CHECK(wizard->guardPage()->message().contains(QStringLiteral("No personal data")));
    REQUIRE(next(wizard));

    REQUIRE(wizard->currentId() == ImportWizard::ValidationPageId);
    REQUIRE(waitComplete(wizard));
    ImportValidationPage* validation = wizard->validationPage();
    CHECK(validation->summary().contains(QStringLiteral("Rows read: 8,503")));
    CHECK(validation->summary().contains(QStringLiteral("Rows rejected: 0")));
    CHECK(validation->basisEdit()->text() == QLatin1String("Open Government Licence v3.0"));
    CHECK(count(*window.session(), QStringLiteral("SELECT COUNT(*) FROM dataset")) == 0);
    REQUIRE(next(wizard));

    REQUIRE(wizard->currentId() == ImportWizard::RunPageId);
    REQUIRE(waitComplete(wizard));
    CHECK(wizard->runPage()->succeeded());
    CHECK(wizard->runPage()->message().contains(QStringLiteral("Rows stored: 8,503")));
    CHECK(count(*window.session(), QStringLiteral("SELECT SUM(n) FROM crime_count")) == 8503);
    wizard->accept();

    // The Data tab lists it with its provenance.
    DatasetsPanel* panel = window.datasetsPanel();
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(panel->model()->index(0, DatasetTableModel::Format).data().toString() ==
          QLatin1String("data.police.uk street-level crime"));
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    const QString details = panel->detailsText();
    CHECK(details.contains(QStringLiteral("Sent by: data.police.uk — Published open data")));
    CHECK(details.contains(QStringLiteral("Sharing basis: Open Government Licence v3.0")));
    CHECK(details.contains(QStringLiteral("SHA-256: ")));
    CHECK(details.contains(QStringLiteral("“Location”: locations anonymised by their publisher")));
    CHECK_FALSE(panel->rejectedButton()->isEnabled());
}

TEST_CASE("Wizard: a partner's file mapped column by column, personal data decided per column")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(makeProject(scratch)).ok());
    const QString path =
        scratch.write(QStringLiteral("yjs-2024-01.csv"),
                      "Date,LSOA,Type,Number,Caseworker email\n"
                      "03/01/2024,W01000001,Robbery,2,jo@yjs.example.org\n"
                      "04/01/2024,W01000002,Knife possession,1,sam@yjs.example.org\n"
                      "05/01/2024,W01000003,Robbery,13,\n"
                      "06/01/2024,W0100000X,Robbery,1,\n");
    ImportWizard* wizard = window.openImportWizard(path);
    REQUIRE(wizard);
    ImportFilePage* file = wizard->filePage();
    CHECK_FALSE(file->isComplete()); // the kind of source must be chosen
    file->partnerEdit()->setText(QStringLiteral("Ceredigion youth justice service"));
    file->setAuthorityType(QStringLiteral("youth-justice"));
    REQUIRE(next(wizard));
    CHECK(wizard->previewPage()->formatCombo()->currentData().toString() ==
          QLatin1String("mapped"));
    REQUIRE(next(wizard));

    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    ImportMappingPage* mapping = wizard->mappingPage();
    MappingTableModel* model = mapping->model();
    CHECK(model->columnOf(CanonicalField::Date) == 0);
    CHECK(model->columnOf(CanonicalField::AreaCode) == 1);
    CHECK(model->columnOf(CanonicalField::Category) == 2);
    CHECK(model->columnOf(CanonicalField::Count) == 3);
    // Editing through the model, as the combo boxes do.
    REQUIRE(
        model->setData(model->index(0, MappingTableModel::Format), QStringLiteral("dd/MM/yyyy")));
    REQUIRE(mapping->categories()->rowCount() == 2);
    CHECK(mapping->categories()->item(0, 0)->text() == QLatin1String("Knife possession"));
    // The local category is chosen from the definition's categories, through the combo box.
    const auto chooseLocal = [&](const QString& id) {
        QTableView* view = nullptr;
        for (QTableView* candidate : mapping->findChildren<QTableView*>()) {
            if (candidate->model() == mapping->categories())
                view = candidate;
        }
        REQUIRE(view);
        const QModelIndex cell = mapping->categories()->index(0, 1);
        QAbstractItemDelegate* delegate = view->itemDelegateForColumn(1);
        std::unique_ptr<QWidget> editor(delegate->createEditor(view, {}, cell));
        auto* combo = qobject_cast<QComboBox*>(editor.get());
        REQUIRE(combo);
        CHECK(combo->findData(QStringLiteral("homicide")) >= 0);
        REQUIRE(combo->findData(id) >= 0);
        combo->setCurrentIndex(combo->findData(id));
        delegate->setModelData(combo, mapping->categories(), cell);
    };
    chooseLocal(QStringLiteral("weapons"));
    CHECK(mapping->categories()->item(0, 1)->text() == QLatin1String("Possession of weapons"));
    CHECK(mapping->currentMapping().categories.value(QStringLiteral("Knife possession")) ==
          QLatin1String("weapons"));
    // Unmap the category: the page cannot go on.
    REQUIRE(model->setData(model->index(2, MappingTableModel::Field), QStringLiteral("ignore")));
    CHECK_FALSE(mapping->isComplete());
    REQUIRE(model->setData(model->index(2, MappingTableModel::Field), QStringLiteral("category")));
    chooseLocal(QStringLiteral("weapons"));
    REQUIRE(next(wizard));

    REQUIRE(wizard->currentId() == ImportWizard::GuardPageId);
    QElapsedTimer timer;
    timer.start();
    while (!wizard->scan && timer.elapsed() < 30000)
        QTest::qWait(20);
    GuardFindingsModel* findings = wizard->guardPage()->model();
    REQUIRE(findings->rowCount() == 1);
    CHECK(findings->index(0, GuardFindingsModel::ColumnName).data().toString() ==
          QLatin1String("Caseworker email"));
    CHECK(findings->index(0, GuardFindingsModel::Kinds).data().toString() ==
          QLatin1String("e-mail address"));
    // Two addresses, found by the column's name and by their form: counted once each.
    CHECK(findings->index(0, GuardFindingsModel::Values).data().toString() == QLatin1String("2"));
    CHECK(findings->index(0, GuardFindingsModel::Lines).data().toString() == QLatin1String("2, 3"));
    CHECK_FALSE(wizard->guardPage()->isComplete()); // nothing is decided for the analyst
    REQUIRE(findings->setData(findings->index(0, GuardFindingsModel::Decision),
                              QStringLiteral("drop")));
    REQUIRE(next(wizard));

    REQUIRE(wizard->currentId() == ImportWizard::ValidationPageId);
    timer.restart();
    while (!wizard->validationPage()->checked() && timer.elapsed() < 30000)
        QTest::qWait(20);
    ImportValidationPage* validation = wizard->validationPage();
    REQUIRE(validation->checked());
    CHECK(validation->checked()->rowsRejected == 1);
    REQUIRE(validation->problems()->rowCount() == 1);
    CHECK(validation->problems()->index(0, RowProblemModel::Value).data().toString() ==
          QLatin1String("W0100000X"));
    CHECK_FALSE(validation->isComplete()); // a choice for the bad row, and a sharing basis
    validation->storeGoodRows()->setChecked(true);
    CHECK_FALSE(validation->isComplete());
    validation->basisEdit()->setText(QStringLiteral("PCSC Act 2022 s.16"));
    REQUIRE(validation->isComplete());
    REQUIRE(next(wizard));

    REQUIRE(waitComplete(wizard));
    INFO(wizard->runPage()->message().toStdString());
    CHECK(wizard->runPage()->succeeded());
    ProjectSession& session = *window.session();
    CHECK(count(session, QStringLiteral("SELECT SUM(n) FROM partner_record")) == 16);
    CHECK(count(session, QStringLiteral("SELECT COUNT(*) FROM rejected_row")) == 1);
    // The partner's category now counts in the local definition, beside the police ones.
    CHECK(count(session,
                QStringLiteral("SELECT COUNT(*) FROM sv_mapping WHERE source <> 'police-uk' AND "
                               "category_id = 'weapons'")) == 1);
    CHECK(count(session, QStringLiteral("SELECT COUNT(*) FROM import_mapping WHERE partner = "
                                        "'Ceredigion youth justice service'")) == 1);
    CHECK(count(session, QStringLiteral("SELECT COUNT(*) FROM guard_decision WHERE decision = "
                                        "'dropped' AND column_name = 'Caseworker email'")) == 1);
    CHECK_FALSE(fileBytes(session.path()).contains("yjs.example.org"));
    wizard->accept();

    DatasetsPanel* panel = window.datasetsPanel();
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    CHECK(panel->detailsText().contains(QStringLiteral("Sharing basis: PCSC Act 2022 s.16")));
    CHECK(panel->detailsText().contains(QStringLiteral("ISTV level: 1")));
    CHECK(panel->detailsText().contains(QStringLiteral("“Caseworker email” (e-mail address")));
    REQUIRE(panel->rejectedButton()->isEnabled());
    QWidget* rejected = panel->showRejectedRows(false);
    REQUIRE(rejected);
    auto* view = rejected->findChild<QTableView*>();
    REQUIRE(view);
    CHECK(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, RowProblemModel::Line).data().toInt() == 5);
    delete rejected;
}

TEST_CASE("Wizard: a health file with identifiers goes straight to its refusal")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(makeProject(scratch)).ok());
    const QString path =
        scratch.write(QStringLiteral("ae.csv"), "Month,Category,Count,NHS Number\n"
                                                "2024-01,Assault,3,943 476 5919\n");
    ImportWizard* wizard = window.openImportWizard(path);
    wizard->filePage()->partnerEdit()->setText(QStringLiteral("Hywel Dda UHB"));
    wizard->filePage()->setAuthorityType(QStringLiteral("health"));
    REQUIRE(next(wizard));
    QElapsedTimer timer;
    timer.start();
    while (!wizard->scan && timer.elapsed() < 30000)
        QTest::qWait(20);
    CHECK(wizard->previewPage()->guardStatus().contains(QStringLiteral("will be refused")));
    REQUIRE(next(wizard)); // no mapping page: nothing more to ask
    REQUIRE(wizard->currentId() == ImportWizard::GuardPageId);
    CHECK(wizard->guardPage()->message().contains(QStringLiteral("cannot be imported")));
    CHECK(wizard->guardPage()->model()->index(0, GuardFindingsModel::Decision).data().toString() ==
          QLatin1String("Refused"));
    CHECK_FALSE(wizard->guardPage()->isComplete());
    CHECK(count(*window.session(), QStringLiteral("SELECT COUNT(*) FROM dataset")) == 0);
    wizard->reject();
}

TEST_CASE("Wizard: Cancel during the import stops it and changes nothing")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(makeProject(scratch)).ok());
    const QString path = scratch.path(QStringLiteral("2021-04-big-street.csv"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(SyntheticPoliceData::writeRows(out, SyntheticPoliceSpec{}, 250000) == 250000);
    }
    ImportWizard* wizard = window.openImportWizard(path);
    REQUIRE(next(wizard));
    REQUIRE(next(wizard));
    REQUIRE(waitComplete(wizard)); // the guard
    REQUIRE(next(wizard));
    REQUIRE(waitComplete(wizard)); // the dry run
    REQUIRE(next(wizard));
    REQUIRE(wizard->currentId() == ImportWizard::RunPageId);
    // Cancel as soon as the import has made some progress.
    QElapsedTimer timer;
    timer.start();
    while (wizard->runPage()->progressBar()->value() == 0 && !wizard->runPage()->isFinished() &&
           timer.elapsed() < 30000)
        QTest::qWait(5);
    wizard->reject();
    REQUIRE(waitComplete(wizard));
    CHECK_FALSE(wizard->runPage()->succeeded());
    CHECK(wizard->runPage()->message().contains(QStringLiteral("cancelled")));
    CHECK(wizard->isVisible()); // the first Cancel stops the import, it does not close
    CHECK(count(*window.session(), QStringLiteral("SELECT COUNT(*) FROM dataset")) == 0);
    CHECK(count(*window.session(), QStringLiteral("SELECT COUNT(*) FROM crime_record")) == 0);
    wizard->reject();
}

TEST_CASE("Data tab: removing a dataset removes its figures")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(makeProject(scratch)).ok());
    ImportWizard* wizard = window.openImportWizard(dyfedPowysFile());
    for (int step = 0; step < 4; ++step) {
        REQUIRE(waitComplete(wizard));
        REQUIRE(next(wizard));
    }
    REQUIRE(waitComplete(wizard));
    REQUIRE(wizard->runPage()->succeeded());
    wizard->accept();
    DatasetsPanel* panel = window.datasetsPanel();
    REQUIRE(panel->model()->rowCount() == 1);
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    REQUIRE(panel->removeSelected(false));
    CHECK(panel->model()->rowCount() == 0);
    for (const char* table : {"crime_record", "crime_count", "dataset_coverage", "guard_decision"})
        CHECK(count(*window.session(),
                    QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0);
    CHECK(window.session()->summary().totalRecords == 0);
}

TEST_CASE("A dropped file that needs decisions opens the import wizard")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(makeProject(scratch)).ok());
    const QString path = scratch.write(QStringLiteral("partner.csv"),
                                       "When,What,Contact\n2024-01,Robbery,jo@x.org\n");
    window.importController()->setAutomaticAnswer(ImportController::Answer::Yes);
    QSignalSpy asked(window.importController(), &ImportController::wizardRequested);
    window.importFile(path);
    REQUIRE(asked.wait(30000));
    QTest::qWait(50);
    auto* wizard = window.findChild<ImportWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->filePage()->fileEdit()->text() == path);
    CHECK(count(*window.session(), QStringLiteral("SELECT COUNT(*) FROM dataset")) == 0);
    wizard->reject();
}

TEST_CASE("Wizard: going back to choose another file checks the new file")
{
    Scratch scratch;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(makeProject(scratch)).ok());
    const QString big = scratch.path(QStringLiteral("big.csv"));
    {
        QFile out(big);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(SyntheticPoliceData::writeRows(out, SyntheticPoliceSpec{}, 100000) == 100000);
    }
    ImportWizard* wizard = window.openImportWizard(big);
    REQUIRE(next(wizard)); // the scan of the big file starts
    wizard->back();
    const QString small = scratch.write(QStringLiteral("contacts.csv"),
                                        "Month,Category,Count,Email\n2024-01,Robbery,2,a@b.org\n");
    wizard->filePage()->setFilePath(small);
    wizard->filePage()->setAuthorityType(QStringLiteral("police"));
    REQUIRE(next(wizard)); // the first scan is cancelled, the new file's starts
    QElapsedTimer timer;
    timer.start();
    while (!wizard->scan && timer.elapsed() < 30000)
        QTest::qWait(20);
    REQUIRE(wizard->scan);
    CHECK(wizard->scan->rows == 1);
    CHECK(wizard->scan->guard.flaggedColumns() == QStringList{QStringLiteral("Email")});
    wizard->reject();
}
