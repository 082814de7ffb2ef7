#include "GlossaryPanel.h"

#include "ProjectSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sna {

GlossaryTableModel::GlossaryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GlossaryTableModel::setSession(ProjectSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProjectSession::glossaryChanged, this, &GlossaryTableModel::reset);
    endResetModel();
}

void GlossaryTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

const GlossaryTerm* GlossaryTableModel::term(int row) const
{
    if (!m_session || row < 0 || row >= m_session->glossary().size())
        return nullptr;
    return &m_session->glossary()[row];
}

int GlossaryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->glossary().size());
}

int GlossaryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlossaryTableModel::data(const QModelIndex& index, int role) const
{
    const GlossaryTerm* t = term(index.row());
    if (!t)
        return {};
    switch (index.column()) {
    case English:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return t->en;
        break;
    case Welsh:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return t->cy;
        break;
    case Source:
        if (role == Qt::DisplayRole) {
            if (t->projectTerm)
                return tr("Project");
            return t->confidence.isEmpty() ? t->source
                                           : tr("%1 (%2)").arg(t->source, t->confidence);
        }
        break;
    case Checked:
        if (role == Qt::CheckStateRole)
            return t->checked ? Qt::Checked : Qt::Unchecked;
        break;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = t->note;
        if (!t->projectTerm && t->confidence == QLatin1String("L"))
            tip = tr("A proposal for a translator to confirm. %1").arg(tip);
        return tip.trimmed().isEmpty() ? QVariant() : QVariant(tip.trimmed());
    }
    return {};
}

bool GlossaryTableModel::store(const GlossaryTerm& changed, const QString& description)
{
    QList<GlossaryTerm> terms = m_session->projectGlossary();
    bool replaced = false;
    for (GlossaryTerm& existing : terms) {
        if (existing.en.compare(changed.en, Qt::CaseInsensitive) == 0) {
            existing = changed;
            replaced = true;
        }
    }
    if (!replaced)
        terms.append(changed);
    if (auto s = m_session->editGlossary(terms, description); !s) {
        Q_EMIT refused(s.error().message);
        return false;
    }
    return true;
}

bool GlossaryTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const GlossaryTerm* t = term(index.row());
    if (!t || !m_session)
        return false;
    GlossaryTerm changed = *t;
    changed.projectTerm = true;
    changed.source.clear();
    changed.confidence.clear();
    if (index.column() == Checked && role == Qt::CheckStateRole) {
        changed.checked = value.toInt() == Qt::Checked;
        return store(changed, tr("Change checking of “%1”").arg(t->en));
    }
    if (role != Qt::EditRole)
        return false;
    if (index.column() == Welsh) {
        changed.cy = value.toString().simplified();
        if (changed.cy == t->cy)
            return false;
        return store(changed, tr("Change the Welsh term for “%1”").arg(t->en));
    }
    if (index.column() == English && t->projectTerm) {
        const QString en = value.toString().simplified();
        if (en == t->en)
            return false;
        QList<GlossaryTerm> terms = m_session->projectGlossary();
        for (GlossaryTerm& existing : terms) {
            if (existing.en == t->en)
                existing.en = en;
        }
        if (auto s = m_session->editGlossary(terms, tr("Rename term “%1”").arg(t->en)); !s) {
            Q_EMIT refused(s.error().message);
            return false;
        }
        return true;
    }
    return false;
}

Qt::ItemFlags GlossaryTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const GlossaryTerm* t = term(index.row());
    if (!t)
        return flags;
    if (index.column() == Welsh || (index.column() == English && t->projectTerm))
        flags |= Qt::ItemIsEditable;
    if (index.column() == Checked)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant GlossaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Checked)
        return tr("Flag sections whose Welsh does not use this term");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case English:
        return tr("English");
    case Welsh:
        return tr("Welsh");
    case Source:
        return tr("Source");
    case Checked:
        return tr("Check");
    }
    return {};
}

int GlossaryTableModel::addTerm(const QString& en, const QString& cy)
{
    if (!m_session)
        return -1;
    GlossaryTerm term;
    term.en = en;
    term.cy = cy;
    term.projectTerm = true;
    QList<GlossaryTerm> terms = m_session->projectGlossary();
    terms.append(term);
    if (auto s = m_session->editGlossary(terms, tr("Add term “%1”").arg(en)); !s) {
        Q_EMIT refused(s.error().message);
        return -1;
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (this->term(row)->en == en)
            return row;
    }
    return -1;
}

bool GlossaryTableModel::removeTerm(int row)
{
    const GlossaryTerm* t = term(row);
    if (!t || !t->projectTerm)
        return false;
    QList<GlossaryTerm> terms = m_session->projectGlossary();
    const QString en = t->en;
    terms.removeIf([&](const GlossaryTerm& existing) { return existing.en == en; });
    return m_session->editGlossary(terms, tr("Remove term “%1”").arg(en)).ok();
}

void GlossaryTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

GlossaryPanel::GlossaryPanel(QWidget* parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_model = new GlossaryTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true); // Welsh terms in Welsh order: ch after c, ll after l
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1,
                         Qt::AscendingOrder); // the glossary's own order until a header is clicked
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryTableModel::English,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryTableModel::Welsh,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryTableModel::Source,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryTableModel::Checked,
                                                     QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_insert = new QPushButton(this);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_findingsLabel = new QLabel(this);
    m_findingsLabel->setWordWrap(true);
    m_findings = new QStringListModel(this);
    m_findingsView = new QListView(this);
    m_findingsView->setModel(m_findings);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setMaximumHeight(90);
    m_findingsLabel->setBuddy(m_findingsView);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #A33B00; }"));
    m_problem->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_insert);
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_findingsLabel);
    layout->addWidget(m_findingsView);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (const GlossaryTerm* term = currentTerm())
            Q_EMIT insertRequested(Glossary::welshForms(term->cy).value(0, term->cy));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        // A new term starts from the filter text, the usual way to find that a term is missing.
        const QString en =
            m_filter->text().trimmed().isEmpty() ? tr("new term") : m_filter->text().trimmed();
        m_filter->clear();
        const int row = m_model->addTerm(en, tr("Welsh term"));
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 1));
            m_view->setCurrentIndex(index);
            m_view->edit(index);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
        m_model->removeTerm(index.row());
    });
    connect(m_model, &GlossaryTableModel::refused, this, [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const GlossaryTerm* term = currentTerm();
        m_remove->setEnabled(term && term->projectTerm);
        m_insert->setEnabled(term != nullptr);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == GlossaryTableModel::Source)
            m_insert->click();
    });
    setEnabled(false);
    retranslateUi();
}

const GlossaryTerm* GlossaryPanel::currentTerm() const
{
    return m_model->term(m_proxy->mapToSource(m_view->currentIndex()).row());
}

void GlossaryPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    setEnabled(session != nullptr);
    m_sectionId.clear();
    m_problem->hide();
    if (session) {
        connect(session, &ProjectSession::sectionTextChanged, this,
                &GlossaryPanel::refreshFindings);
        connect(session, &ProjectSession::documentChanged, this, &GlossaryPanel::refreshFindings);
        connect(session, &ProjectSession::glossaryChanged, this, [this] {
            m_problem->hide();
            refreshFindings();
        });
    }
    m_remove->setEnabled(false);
    m_insert->setEnabled(false);
    refreshFindings();
}

void GlossaryPanel::setSection(DocumentKind kind, const QString& sectionId)
{
    m_kind = kind;
    m_sectionId = sectionId;
    refreshFindings();
}

QStringList GlossaryPanel::findings() const
{
    return m_findings->stringList();
}

void GlossaryPanel::refreshFindings()
{
    const Section* section = m_session ? m_session->document(m_kind).section(m_sectionId) : nullptr;
    QStringList lines;
    if (section) {
        for (const GlossaryFinding& finding :
             Glossary::checkSection(*section, m_session->glossary()))
            lines << tr("“%1” → “%2”").arg(finding.englishFound, finding.term.cy);
    }
    m_findings->setStringList(lines);
    if (!section)
        m_findingsLabel->setText(tr("Open a section to check its Welsh against the glossary."));
    else if (section->content().cy.trimmed().isEmpty())
        m_findingsLabel->setText(tr("This section has no Welsh text to check yet."));
    else if (lines.isEmpty())
        m_findingsLabel->setText(tr("The Welsh text uses every agreed term its English needs."));
    else
        m_findingsLabel->setText(
            tr("The English uses these terms, but the Welsh does not use the agreed Welsh:"));
}

void GlossaryPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Find a term in English or Welsh"));
    m_filter->setAccessibleName(tr("Find a term"));
    m_insert->setText(tr("Insert Welsh"));
    m_insert->setToolTip(tr("Insert the Welsh term at the cursor in the Welsh text"));
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add a project term"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove a project term"));
    m_remove->setToolTip(tr("Only the project’s own terms can be removed; a changed standard term "
                            "goes back to the standard wording"));
    m_view->setAccessibleName(tr("Glossary terms"));
    m_findingsView->setAccessibleName(tr("Glossary check of the Welsh text"));
    m_model->retranslate();
    refreshFindings();
}

void GlossaryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
