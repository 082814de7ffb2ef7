#include "DefinitionPanel.h"

#include "CategoryMappingModel.h"
#include "DefinitionCategoryModel.h"
#include "MappingTargetDelegate.h"
#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

namespace {
void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}
} // namespace

DefinitionPanel::DefinitionPanel(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #FDECEA; color: #7A1F12; padding: 6px; }"));
    m_message->hide();

    m_categoryBox = new QGroupBox(this);
    m_categoryModel = new DefinitionCategoryModel(this);
    m_categories = new QTableView(m_categoryBox);
    m_categories->setTabKeyNavigation(false);
    m_categories->setModel(m_categoryModel);
    setUpTable(m_categories);
    m_nameEnLabel = new QLabel(m_categoryBox);
    m_nameEn = new QLineEdit(m_categoryBox);
    m_nameEnLabel->setBuddy(m_nameEn);
    m_nameCyLabel = new QLabel(m_categoryBox);
    m_nameCy = new QLineEdit(m_categoryBox);
    m_nameCyLabel->setBuddy(m_nameCy);
    m_rationaleEnLabel = new QLabel(m_categoryBox);
    m_rationaleEn = new QPlainTextEdit(m_categoryBox);
    m_rationaleEnLabel->setBuddy(m_rationaleEn);
    m_rationaleCyLabel = new QLabel(m_categoryBox);
    m_rationaleCy = new QPlainTextEdit(m_categoryBox);
    m_rationaleCyLabel->setBuddy(m_rationaleCy);
    for (QPlainTextEdit* edit : {m_rationaleEn, m_rationaleCy}) {
        edit->setTabChangesFocus(true);
        edit->installEventFilter(this);
        edit->setMaximumHeight(90);
    }
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_nameEnLabel, m_nameEn);
    form->addRow(m_nameCyLabel, m_nameCy);
    form->addRow(m_rationaleEnLabel, m_rationaleEn);
    form->addRow(m_rationaleCyLabel, m_rationaleCy);
    auto* categoryLayout = new QHBoxLayout(m_categoryBox);
    categoryLayout->addWidget(m_categories, 3);
    categoryLayout->addLayout(form, 2);

    m_mappingBox = new QGroupBox(this);
    m_mappingModel = new CategoryMappingModel(this);
    m_mappings = new QTableView(m_mappingBox);
    m_mappings->setTabKeyNavigation(false);
    m_mappings->setModel(m_mappingModel);
    setUpTable(m_mappings);
    m_mappings->setItemDelegateForColumn(
        CategoryMappingModel::CountsAs,
        new MappingTargetDelegate([this] { return m_session ? &m_session->definition() : nullptr; },
                                  m_mappings));
    m_unmapped = new QLabel(m_mappingBox);
    m_unmapped->setWordWrap(true);
    auto* mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(m_mappings);
    mappingLayout->addWidget(m_unmapped);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_categoryBox);
    split->addWidget(m_mappingBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_categoryModel, &DefinitionCategoryModel::refused, this,
            &DefinitionPanel::showMessage);
    connect(m_mappingModel, &CategoryMappingModel::refused, this, &DefinitionPanel::showMessage);
    connect(m_categories->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showCategory(current.row()); });
    connect(m_nameEn, &QLineEdit::editingFinished, this, &DefinitionPanel::commitCategoryText);
    connect(m_nameCy, &QLineEdit::editingFinished, this, &DefinitionPanel::commitCategoryText);
    connect(m_mappingModel, &QAbstractItemModel::modelReset, this, &DefinitionPanel::refresh);
    setEnabled(false);
    retranslateUi();
}

void DefinitionPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_currentRow = -1;
    m_categoryModel->setSession(session);
    m_mappingModel->setSession(session);
    setEnabled(session != nullptr);
    m_message->hide();
    if (session) {
        connect(session, &ProjectSession::definitionChanged, this, [this] {
            showCategory(m_currentRow);
            m_message->hide();
        });
    }
    refresh();
    showCategory(session && m_categoryModel->rowCount() > 0 ? 0 : -1);
    if (session && m_categoryModel->rowCount() > 0)
        m_categories->selectRow(0);
}

void DefinitionPanel::refresh()
{
    const int unmapped = m_mappingModel->unmappedCount();
    m_unmapped->setText(unmapped == 0
                            ? tr("Every police category in the data is mapped.")
                            : tr("Unmapped police categories: %1. Their records are listed, not "
                                 "counted, until you choose what they count as.")
                                  .arg(unmapped));
    m_unmapped->setStyleSheet(unmapped == 0 ? QString() : QStringLiteral("color: #A33B00;"));
    m_mappings->resizeColumnsToContents();
    m_categories->resizeColumnsToContents();
}

void DefinitionPanel::showCategory(int row)
{
    m_currentRow = row;
    const bool valid = m_session && row >= 0 && row < m_session->definition().categories.size();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_nameEn, m_nameCy, m_rationaleEn, m_rationaleCy})
        w->setEnabled(valid);
    if (!valid) {
        m_nameEn->clear();
        m_nameCy->clear();
        m_rationaleEn->clear();
        m_rationaleCy->clear();
        return;
    }
    const DefinitionCategory& category = m_session->definition().categories[row];
    m_nameEn->setText(category.name.en);
    m_nameCy->setText(category.name.cy);
    if (m_rationaleEn->toPlainText() != category.rationale.en)
        m_rationaleEn->setPlainText(category.rationale.en);
    if (m_rationaleCy->toPlainText() != category.rationale.cy)
        m_rationaleCy->setPlainText(category.rationale.cy);
}

void DefinitionPanel::commitCategoryText()
{
    if (!m_session || m_currentRow < 0 || m_currentRow >= m_session->definition().categories.size())
        return;
    ViolenceDefinition definition = m_session->definition();
    DefinitionCategory& category = definition.categories[m_currentRow];
    const QString nameEn = m_nameEn->text().trimmed();
    const QString nameCy = m_nameCy->text().trimmed();
    if (nameEn.isEmpty() || nameCy.isEmpty()) {
        showMessage(tr("A category needs a name in English and in Welsh."));
        showCategory(m_currentRow);
        return;
    }
    category.name = BilingualText{nameEn, nameCy};
    category.rationale = BilingualText{m_rationaleEn->toPlainText().trimmed(),
                                       m_rationaleCy->toPlainText().trimmed()};
    if (auto edited = m_session->editDefinition(
            definition, tr("Edit “%1”").arg(category.name.in(UiLanguage::instance().current())));
        !edited)
        showMessage(edited.error().message);
}

bool DefinitionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_rationaleEn || watched == m_rationaleCy))
        commitCategoryText();
    return QWidget::eventFilter(watched, event);
}

void DefinitionPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

void DefinitionPanel::retranslateUi()
{
    m_intro->setText(
        tr("Your local definition of serious violence: which kinds count and why (the "
           "s.13(6) factors: maximum penalty, impact on victims, prevalence, impact on the "
           "community). It must include public-space youth violence and can never include "
           "terrorism. Every figure under the definition follows your changes."));
    m_categoryBox->setTitle(tr("Categories of serious violence"));
    m_nameEnLabel->setText(tr("Name in &English:"));
    m_nameCyLabel->setText(tr("Name in &Welsh:"));
    m_rationaleEnLabel->setText(tr("Why it counts (English):"));
    m_rationaleCyLabel->setText(tr("Why it counts (Welsh):"));
    m_mappingBox->setTitle(tr("How police categories count"));
    m_categories->setAccessibleName(tr("Categories of serious violence"));
    m_mappings->setAccessibleName(tr("How police categories count"));
    m_categoryModel->retranslate();
    m_mappingModel->retranslate();
    refresh();
}

void DefinitionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
