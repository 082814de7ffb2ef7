#include "ImportMappingPage.h"

#include "LocalCategoryDelegate.h"
#include "ProjectSession.h"

#include "ChoiceDelegate.h"
#include "ImportWizard.h"
#include "MappingTableModel.h"
#include "ProjectSession.h"
#include "import/HeaderIndex.h"
#include "import/MappingStore.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_nameLabel->setBuddy(m_name);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_model = new MappingTableModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("mappingView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_categoriesLabel = new QLabel(this);
    m_categoriesLabel->setWordWrap(true);
    m_categories = new QStandardItemModel(0, 2, this);
    m_categoryView = new QTableView(this);
    m_categoryView->setTabKeyNavigation(false);
    m_categoryView->setModel(m_categories);
    m_categoryView->setItemDelegateForColumn(
        1, new LocalCategoryDelegate([this] { return &m_wizard->session().definition(); },
                                     m_categoryView));
    m_categoryView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_categoryView->verticalHeader()->hide();
    m_categoryView->horizontalHeader()->setStretchLastSection(true);
    m_load = new QPushButton(this);
    m_save = new QPushButton(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_source);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_categoriesLabel);
    layout->addWidget(m_categoryView, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_model, &MappingTableModel::mappingChanged, this, [this] {
        refreshCategories();
        Q_EMIT completeChanged();
    });
    connect(m_load, &QPushButton::clicked, this, &ImportMappingPage::loadFile);
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveFile);
    retranslateUi();
}

ColumnMapping ImportMappingPage::guess(const QStringList& header)
{
    ColumnMapping mapping;
    const auto add = [&mapping](const QString& column, CanonicalField field, const QString& level) {
        if (mapping.columnFor(field) && field != CanonicalField::FreeText)
            return;
        ColumnMapping::Column c;
        c.column = column;
        c.field = field;
        c.level = level;
        mapping.columns.append(c);
    };
    for (const QString& name : header) {
        const QString k = HeaderIndex::key(name);
        if (k.contains(QLatin1String("lsoa")))
            add(name, CanonicalField::AreaCode, QStringLiteral("lsoa"));
        else if (k.contains(QLatin1String("msoa")))
            add(name, CanonicalField::AreaCode, QStringLiteral("msoa"));
        else if (k.contains(QLatin1String("ward")))
            add(name, CanonicalField::AreaCode, QStringLiteral("ward"));
        else if (k.contains(QLatin1String("date")))
            add(name, CanonicalField::Date, {});
        else if (k == QLatin1String("time") || k.contains(QLatin1String("timeof")) ||
                 k.contains(QLatin1String("hour")))
            add(name, CanonicalField::Time, {});
        else if (k.contains(QLatin1String("month")) || k.contains(QLatin1String("period")) ||
                 k == QLatin1String("year") || k.contains(QLatin1String("quarter")))
            add(name, CanonicalField::Period, {});
        else if (k.contains(QLatin1String("category")) || k.contains(QLatin1String("offence")) ||
                 k.contains(QLatin1String("mechanism")) || k == QLatin1String("type"))
            add(name, CanonicalField::Category, {});
        else if (k == QLatin1String("count") || k == QLatin1String("number") ||
                 k == QLatin1String("n") || k == QLatin1String("total"))
            add(name, CanonicalField::Count, {});
        else if (k.contains(QLatin1String("agegroup")) || k.contains(QLatin1String("ageband")))
            add(name, CanonicalField::AgeBand, {});
        else if (k == QLatin1String("age"))
            add(name, CanonicalField::Age, {});
        else if (k == QLatin1String("sex") || k == QLatin1String("gender"))
            add(name, CanonicalField::Sex, {});
        else if (k.contains(QLatin1String("knife")) || k.contains(QLatin1String("weapon")) ||
                 k.contains(QLatin1String("sharp")))
            add(name, CanonicalField::WeaponFlag, {});
        else if (k.contains(QLatin1String("domestic")))
            add(name, CanonicalField::DomesticAbuseFlag, {});
        else if (k.contains(QLatin1String("locationtype")) || k.contains(QLatin1String("setting")))
            add(name, CanonicalField::LocationType, {});
        else if (k.contains(QLatin1String("note")) || k.contains(QLatin1String("comment")) ||
                 k.contains(QLatin1String("description")) || k.contains(QLatin1String("narrative")))
            add(name, CanonicalField::FreeText, {});
    }
    return mapping;
}

void ImportMappingPage::initializePage()
{
    m_error->clear();
    const QString key = m_wizard->filePath + m_wizard->partner;
    if (key == m_initialisedFor)
        return; // keep the analyst's edits when coming back
    m_initialisedFor = key;
    ColumnMapping mapping;
    auto saved = MappingStore(m_wizard->session().project())
                     .bestFor(m_wizard->partner, m_wizard->preview.header);
    if (saved && saved.value()) {
        mapping = *saved.value();
        m_source->setText(
            tr("The mapping “%1” saved for %2 fits this file and is filled in.")
                .arg(mapping.name.isEmpty() ? tr("default") : mapping.name, mapping.partner));
    } else {
        mapping = guess(m_wizard->preview.header);
        m_source->setText(tr("A first guess from the column names: check every row."));
    }
    if (mapping.name.isEmpty())
        mapping.name = QFileInfo(m_wizard->filePath).completeBaseName();
    mapping.partner = m_wizard->partner;
    m_name->setText(mapping.name);
    m_model->setFile(m_wizard->preview, mapping);
    m_view->resizeColumnsToContents();
}

void ImportMappingPage::refreshCategories()
{
    QMap<QString, QString> existing; // partner category → local category id ("" = not SV)
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        if (m_categories->item(r, 1)->data(LocalCategoryDelegate::DecidedRole).toBool())
            existing.insert(
                m_categories->item(r, 0)->text(),
                m_categories->item(r, 1)->data(LocalCategoryDelegate::IdRole).toString());
    }
    const ColumnMapping mapping = m_model->mapping();
    for (auto it = mapping.categories.cbegin(); it != mapping.categories.cend(); ++it) {
        if (!existing.contains(it.key()))
            existing.insert(it.key(), it.value());
    }
    m_categories->removeRows(0, m_categories->rowCount());
    const int column = m_model->columnOf(CanonicalField::Category);
    if (column < 0)
        return;
    const ViolenceDefinition* definition = &m_wizard->session().definition();
    for (const QString& value : m_wizard->preview.distinctValues(column)) {
        auto* category = new QStandardItem(value);
        category->setEditable(false);
        auto* local = new QStandardItem;
        const bool decided = existing.contains(value);
        local->setData(decided ? existing.value(value) : QString(), LocalCategoryDelegate::IdRole);
        local->setData(decided, LocalCategoryDelegate::DecidedRole);
        local->setText(LocalCategoryDelegate::label(definition, decided, existing.value(value)));
        m_categories->appendRow({category, local});
    }
    m_categoryView->resizeColumnToContents(0);
}

ColumnMapping ImportMappingPage::currentMapping() const
{
    ColumnMapping mapping = m_model->mapping();
    mapping.name = m_name->text().trimmed();
    mapping.partner = m_wizard->partner;
    mapping.authorityType = m_wizard->authorityType;
    mapping.categories.clear();
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        const QStandardItem* local = m_categories->item(r, 1);
        if (local->data(LocalCategoryDelegate::DecidedRole).toBool())
            mapping.categories.insert(m_categories->item(r, 0)->text(),
                                      local->data(LocalCategoryDelegate::IdRole).toString());
    }
    return mapping;
}

bool ImportMappingPage::isComplete() const
{
    return (m_model->columnOf(CanonicalField::Date) >= 0 ||
            m_model->columnOf(CanonicalField::Period) >= 0) &&
           m_model->columnOf(CanonicalField::Category) >= 0;
}

bool ImportMappingPage::validatePage()
{
    const ColumnMapping mapping = currentMapping();
    auto checked = ColumnMapping::fromJson(mapping.toJson(), mapping.name);
    if (!checked) {
        m_error->setText(checked.error().message);
        return false;
    }
    m_wizard->mapping = mapping;
    return true;
}

void ImportMappingPage::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"), QString(),
                                                      tr("Mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto mapping = ColumnMapping::load(path);
    if (!mapping) {
        m_error->setText(mapping.error().message);
        return;
    }
    m_error->clear();
    m_name->setText(mapping.value().name);
    m_model->setMapping(mapping.value());
}

void ImportMappingPage::saveFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"),
                                                      m_name->text() + QStringLiteral(".json"),
                                                      tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (auto saved = currentMapping().save(path); !saved)
        m_error->setText(saved.error().message);
}

void ImportMappingPage::retranslateUi()
{
    setTitle(tr("Map the columns"));
    m_intro->setText(tr("Say what each column holds. Every record needs a date or a period and "
                        "a category; columns not imported are not stored, and free text is "
                        "never kept. The mapping is saved for this partner and used again next "
                        "time."));
    m_nameLabel->setText(tr("&Mapping name:"));
    m_categoriesLabel->setText(tr("The partner’s categories (from the first rows) and the category "
                                  "of the local definition of serious violence each counts "
                                  "towards. Undecided categories are imported and listed as "
                                  "unmapped until you choose:"));
    m_categories->setHorizontalHeaderLabels({tr("Partner’s category"), tr("Local category")});
    m_load->setText(tr("&Load a mapping…"));
    m_save->setText(tr("&Save the mapping as…"));
}

void ImportMappingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace sna
