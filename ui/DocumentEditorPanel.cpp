#include "DocumentEditorPanel.h"

#include "EmbeddedItemsWidget.h"
#include "FindBar.h"
#include "FormatToolBar.h"
#include "ProjectSession.h"
#include "SectionListModel.h"
#include "SectionPropertiesWidget.h"
#include "SectionTextEdit.h"
#include "document/FixedText.h"
#include "foundation/UiLanguage.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sna {

namespace {
int slot(Lang lang)
{
    return lang == Lang::Cy ? 1 : 0;
}

QAction* panelAction(QWidget* panel, const QKeySequence& shortcut)
{
    auto* action = new QAction(panel);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    panel->addAction(action);
    return action;
}
} // namespace

DocumentEditorPanel::DocumentEditorPanel(QWidget* parent)
    : QWidget(parent)
{
    m_documentChoice = new QComboBox(this);
    m_documentChoice->addItem(QString(), int(DocumentKind::Strategy));
    m_documentChoice->addItem(QString(), int(DocumentKind::Sna));

    m_sections = new SectionListModel(this);
    m_outline = new QTreeView(this);
    m_outline->setModel(m_sections);
    m_outline->setRootIsDecorated(false);
    m_outline->setUniformRowHeights(true);
    m_outline->setAlternatingRowColors(true);
    m_outline->header()->setSectionResizeMode(SectionListModel::Title, QHeaderView::Stretch);
    // Titles matter most: status and notes get a fixed share and show in full as tooltips.
    m_outline->header()->setSectionResizeMode(SectionListModel::Status, QHeaderView::Interactive);
    m_outline->header()->setSectionResizeMode(SectionListModel::Notes, QHeaderView::Interactive);
    m_outline->header()->resizeSection(SectionListModel::Status, 110);
    m_outline->header()->resizeSection(SectionListModel::Notes, 80);
    m_outline->header()->setStretchLastSection(false);
    m_outline->setMinimumWidth(300);

    m_outlineBar = new QWidget(this);
    m_addSection = panelAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addSubsection = panelAction(this, QKeySequence());
    m_removeSection = panelAction(this, QKeySequence());
    m_moveUp = panelAction(this, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_moveDown = panelAction(this, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    m_outdent = panelAction(this, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left));
    m_indent = panelAction(this, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right));
    m_merge = panelAction(this, QKeySequence());
    // Two rows of buttons: the outline is narrow, and a toolbar would hide some behind "»".
    auto* outlineButtons = new QGridLayout(m_outlineBar);
    outlineButtons->setContentsMargins(0, 0, 0, 0);
    outlineButtons->setSpacing(2);
    const QList<QAction*> rows[] = {{m_addSection, m_addSubsection, m_removeSection, m_merge},
                                    {m_moveUp, m_moveDown, m_outdent, m_indent}};
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* button = new QToolButton(m_outlineBar);
            button->setDefaultAction(rows[r][c]);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            outlineButtons->addWidget(button, r, c);
        }
    }
    connect(m_addSection, &QAction::triggered, this, [this] { addSection(false); });
    connect(m_addSubsection, &QAction::triggered, this, [this] { addSection(true); });
    connect(m_removeSection, &QAction::triggered, this, &DocumentEditorPanel::removeCurrentSection);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrentSection(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrentSection(+1); });
    connect(m_outdent, &QAction::triggered, this, [this] { changeCurrentLevel(-1); });
    connect(m_indent, &QAction::triggered, this, [this] { changeCurrentLevel(+1); });
    connect(m_merge, &QAction::triggered, this, &DocumentEditorPanel::chooseMergeTarget);

    m_nextSection = panelAction(this, QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousSection = panelAction(this, QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto step = [this](int direction) {
        const int row = m_sections->rowOf(m_sectionId) + direction;
        const QString id = m_sections->sectionIdAt(row);
        if (!id.isEmpty())
            showSection(currentDocument(), id);
    };
    connect(m_nextSection, &QAction::triggered, this, [step] { step(+1); });
    connect(m_previousSection, &QAction::triggered, this, [step] { step(-1); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_documentChoice);
    leftLayout->addWidget(m_outline, 1);
    leftLayout->addWidget(m_outlineBar);

    m_sectionTitle = new QLabel(this);
    QFont titleFont = m_sectionTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_sectionTitle->setFont(titleFont);
    m_sectionTitle->setWordWrap(true);
    m_sectionStatus = new QLabel(this);
    m_sectionStatus->setWordWrap(true);
    m_confirm = new QPushButton(this);
    m_confirmAction = panelAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(m_confirmAction, &QAction::triggered, m_confirm, &QPushButton::click);
    m_properties = new SectionPropertiesWidget(this);

    m_format = new FormatToolBar(this);
    m_editors = new QSplitter(Qt::Horizontal, this);
    m_editors->setChildrenCollapsible(false);
    for (Lang lang : kAllLangs) {
        const int i = slot(lang);
        m_column[i] = new QWidget(m_editors);
        auto* layout = new QVBoxLayout(m_column[i]);
        layout->setContentsMargins(0, 0, 0, 0);
        m_columnLabel[i] = new QLabel(m_column[i]);
        QFont bold = m_columnLabel[i]->font();
        bold.setBold(true);
        m_columnLabel[i]->setFont(bold);
        m_titleLabel[i] = new QLabel(m_column[i]);
        m_title[i] = new QLineEdit(m_column[i]);
        m_title[i]->setObjectName(QStringLiteral("title_%1").arg(langCode(lang)));
        m_titleLabel[i]->setBuddy(m_title[i]);
        m_editor[i] = new SectionTextEdit(m_column[i]);
        m_editor[i]->setObjectName(QStringLiteral("editor_%1").arg(langCode(lang)));
        m_columnLabel[i]->setBuddy(m_editor[i]);
        auto* titleRow = new QHBoxLayout;
        titleRow->addWidget(m_titleLabel[i]);
        titleRow->addWidget(m_title[i], 1);
        layout->addWidget(m_columnLabel[i]);
        layout->addLayout(titleRow);
        layout->addWidget(m_editor[i], 1);
        m_editors->addWidget(m_column[i]);
        m_format->addEditor(m_editor[i]);
        connect(m_editor[i], &SectionTextEdit::markdownEdited, this,
                [this, lang](const QString& text) {
                    if (m_session && !m_sectionId.isEmpty())
                        m_session->editSectionText(currentDocument(), m_sectionId, lang, text);
                });
        connect(m_title[i], &QLineEdit::editingFinished, this, [this, lang] { commitTitle(lang); });
    }

    m_items = new EmbeddedItemsWidget(this);
    m_find = new FindBar(this);
    m_find->hide();
    // Ctrl+F belongs to the window's Edit ▸ Find, which brings this panel forward first.
    m_findAction = panelAction(this, QKeySequence());
    m_findNextAction = panelAction(this, QKeySequence::FindNext);
    m_findPreviousAction = panelAction(this, QKeySequence::FindPrevious);
    connect(m_findAction, &QAction::triggered, this, &DocumentEditorPanel::startFind);
    connect(m_findNextAction, &QAction::triggered, this, [this] { findNext(m_find->text()); });
    connect(m_findPreviousAction, &QAction::triggered, this,
            [this] { findNext(m_find->text(), true); });
    connect(m_find, &FindBar::findRequested, this,
            [this](const QString& text, bool backwards) { findNext(text, backwards); });

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_sectionStatus, 1);
    statusRow->addWidget(m_confirm);
    rightLayout->addWidget(m_sectionTitle);
    rightLayout->addLayout(statusRow);
    rightLayout->addWidget(m_properties);
    rightLayout->addWidget(m_format);
    rightLayout->addWidget(m_editors, 1);
    rightLayout->addWidget(m_items);
    rightLayout->addWidget(m_find);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({360, 640});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_documentChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_session)
            return;
        m_sections->setSession(m_session, currentDocument());
        showSection(currentDocument(), m_sections->sectionIdAt(0));
    });
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = m_sections->sectionIdAt(current.row());
                if (!id.isEmpty() && id != m_sectionId)
                    showSection(currentDocument(), id);
            });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->confirmTranslation(currentDocument(), m_sectionId);
    });
    setEnabled(false);
    retranslateUi();
}

DocumentKind DocumentEditorPanel::currentDocument() const
{
    return DocumentKind(m_documentChoice->currentData().toInt());
}

SectionTextEdit* DocumentEditorPanel::editor(Lang lang) const
{
    return m_editor[slot(lang)];
}

QLineEdit* DocumentEditorPanel::titleEdit(Lang lang) const
{
    return m_title[slot(lang)];
}

QString DocumentEditorPanel::uiTitle(const Section& section) const
{
    const Lang ui = UiLanguage::instance().current();
    return section.title.in(ui).isEmpty() ? section.title.in(otherLang(ui)) : section.title.in(ui);
}

QList<Lang> DocumentEditorPanel::columnOrder() const
{
    const Lang first = UiLanguage::instance().current();
    return {first, otherLang(first)};
}

void DocumentEditorPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_sectionId.clear();
    m_lastHit.reset();
    setEnabled(session != nullptr);
    m_sections->setSession(session, currentDocument());
    if (!session) {
        for (SectionTextEdit* edit : m_editor)
            edit->setMarkdownSilently(QString());
        for (QLineEdit* title : m_title)
            title->clear();
        m_sectionTitle->clear();
        m_sectionStatus->clear();
        m_properties->setSection(nullptr, currentDocument(), QString());
        m_items->setSection(nullptr, currentDocument(), QString());
        return;
    }
    connect(session, &ProjectSession::sectionTextChanged, this,
            &DocumentEditorPanel::onSectionTextChanged);
    connect(session, &ProjectSession::documentChanged, this,
            &DocumentEditorPanel::onDocumentChanged);
    connect(session, &ProjectSession::glossaryChanged, this,
            &DocumentEditorPanel::updateSectionHeader);
    showSection(currentDocument(), m_sections->sectionIdAt(0));
}

void DocumentEditorPanel::showSection(DocumentKind kind, const QString& sectionId)
{
    if (!m_session)
        return;
    if (kind != currentDocument()) {
        const QSignalBlocker blocker(m_documentChoice);
        m_documentChoice->setCurrentIndex(m_documentChoice->findData(int(kind)));
        m_sections->setSession(m_session, kind);
    }
    m_sectionId =
        m_session->document(kind).section(sectionId) ? sectionId : m_sections->sectionIdAt(0);
    const int row = m_sections->rowOf(m_sectionId);
    if (row >= 0 && m_outline->currentIndex().row() != row)
        m_outline->setCurrentIndex(m_sections->index(row, 0));
    loadEditors();
    m_properties->setSection(m_session, kind, m_sectionId);
    m_items->setSection(m_session, kind, m_sectionId);
    updateSectionHeader();
    Q_EMIT sectionShown(kind, m_sectionId);
}

void DocumentEditorPanel::loadEditors()
{
    const Section* section =
        m_session ? m_session->document(currentDocument()).section(m_sectionId) : nullptr;
    for (Lang lang : kAllLangs) {
        m_editor[slot(lang)]->setMarkdownSilently(section ? section->body.in(lang) : QString());
        m_title[slot(lang)]->setText(section ? section->title.in(lang) : QString());
        m_title[slot(lang)]->setCursorPosition(0);
    }
}

void DocumentEditorPanel::onSectionTextChanged(DocumentKind kind, const QString& sectionId,
                                               Lang lang)
{
    if (kind != currentDocument() || sectionId != m_sectionId)
        return;
    if (const Section* section = m_session->document(kind).section(sectionId))
        m_editor[slot(lang)]->setMarkdownSilently(section->body.in(lang));
    updateSectionHeader();
}

void DocumentEditorPanel::onDocumentChanged(DocumentKind kind)
{
    if (kind != currentDocument())
        return;
    // The section may have gone (removed, merged, or an undone addition).
    showSection(kind, m_sectionId);
}

void DocumentEditorPanel::commitTitle(Lang lang)
{
    if (!m_session)
        return;
    const Section* section = m_session->document(currentDocument()).section(m_sectionId);
    const QString title = m_title[slot(lang)]->text().simplified();
    if (!section || section->title.in(lang) == title)
        return;
    Document document = m_session->document(currentDocument());
    document.setTitle(m_sectionId, lang, title);
    editDocument(document, lang == Lang::Cy
                               ? tr("Edit Welsh title of “%1”").arg(uiTitle(*section))
                               : tr("Edit English title of “%1”").arg(uiTitle(*section)));
}

void DocumentEditorPanel::editDocument(const Document& after, const QString& description)
{
    if (m_session)
        m_session->editDocument(currentDocument(), after, description);
}

QString DocumentEditorPanel::addSection(bool subsection)
{
    if (!m_session)
        return {};
    Document document = m_session->document(currentDocument());
    const Section* current = document.section(m_sectionId);
    const int level =
        current ? std::min(current->level + (subsection ? 1 : 0), Section::kMaxLevel) : 1;
    // Titles are document text, in both languages, for the writer to replace.
    const QString id =
        document.insertSection(m_sectionId,
                               BilingualText{FixedText::text(FixedText::NewSectionTitle, Lang::En),
                                             FixedText::text(FixedText::NewSectionTitle, Lang::Cy)},
                               level);
    editDocument(document, subsection ? tr("Add sub-section") : tr("Add section"));
    showSection(currentDocument(), id);
    m_title[slot(UiLanguage::instance().current())]->setFocus();
    m_title[slot(UiLanguage::instance().current())]->selectAll();
    return id;
}

void DocumentEditorPanel::removeCurrentSection()
{
    if (!m_session)
        return;
    Document document = m_session->document(currentDocument());
    const Section* current = document.section(m_sectionId);
    if (!current)
        return;
    const int row = m_sections->rowOf(m_sectionId);
    const QString description = tr("Remove section “%1”").arg(uiTitle(*current));
    document.removeSection(m_sectionId);
    editDocument(document, description);
    showSection(currentDocument(), m_sections->sectionIdAt(std::max(0, row - 1)));
}

void DocumentEditorPanel::moveCurrentSection(int direction)
{
    if (!m_session)
        return;
    Document document = m_session->document(currentDocument());
    const Section* current = document.section(m_sectionId);
    if (!current)
        return;
    const QString description = tr("Move section “%1”").arg(uiTitle(*current));
    if (document.moveSection(m_sectionId, direction))
        editDocument(document, description);
}

void DocumentEditorPanel::changeCurrentLevel(int delta)
{
    if (!m_session)
        return;
    Document document = m_session->document(currentDocument());
    const Section* current = document.section(m_sectionId);
    if (!current)
        return;
    const QString description = delta > 0 ? tr("Make “%1” a sub-section").arg(uiTitle(*current))
                                          : tr("Move “%1” up a level").arg(uiTitle(*current));
    document.setLevel(m_sectionId, current->level + delta);
    editDocument(document, description);
}

bool DocumentEditorPanel::mergeCurrentInto(const QString& targetId)
{
    if (!m_session)
        return false;
    Document document = m_session->document(currentDocument());
    const Section* current = document.section(m_sectionId);
    const Section* target = document.section(targetId);
    if (!current || !target || targetId == m_sectionId)
        return false;
    const QString description = tr("Merge “%1” into “%2”").arg(uiTitle(*current), uiTitle(*target));
    if (!document.mergeSection(m_sectionId, targetId))
        return false;
    editDocument(document, description);
    showSection(currentDocument(), targetId);
    return true;
}

void DocumentEditorPanel::chooseMergeTarget()
{
    if (!m_session)
        return;
    const Document& document = m_session->document(currentDocument());
    QStringList choices;
    QStringList ids;
    for (const Section& section : document.sections()) {
        if (section.id == m_sectionId)
            continue;
        choices << QStringLiteral("%1  %2").arg(document.number(section.id), uiTitle(section));
        ids << section.id;
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Merge section"), tr("Merge this section’s text, items and guidance items into:"),
        choices, 0, false, &ok);
    if (ok)
        mergeCurrentInto(ids.value(choices.indexOf(choice)));
}

void DocumentEditorPanel::startFind()
{
    m_find->start();
}

bool DocumentEditorPanel::findNext(const QString& text, bool backwards)
{
    if (!m_session || text.isEmpty())
        return false;
    const Document& document = m_session->document(currentDocument());
    // Start from the last hit if it is still where the user is, else from this section.
    std::optional<SearchHit> from = m_lastHit;
    if (!from || from->sectionId != m_sectionId)
        from = SearchHit{m_sectionId, columnOrder().first(), backwards ? 1 << 20 : -1};
    const auto hit = DocumentSearch::next(document, text, from, backwards, columnOrder());
    if (!hit) {
        m_find->setResult(tr("Not found"));
        m_lastHit.reset();
        return false;
    }
    m_find->setResult(QString());
    m_lastHit = hit;
    if (hit->sectionId != m_sectionId)
        showSection(currentDocument(), hit->sectionId);
    SectionTextEdit* edit = editor(hit->lang);
    QTextCursor cursor(edit->document());
    for (int i = 0; i <= hit->occurrence; ++i) {
        cursor = edit->document()->find(text, cursor);
        if (cursor.isNull())
            return false;
    }
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    return true;
}

void DocumentEditorPanel::updateActions()
{
    const Document* document = m_session ? &m_session->document(currentDocument()) : nullptr;
    const Section* section = document ? document->section(m_sectionId) : nullptr;
    const qsizetype index = document ? document->indexOf(m_sectionId) : -1;
    for (QAction* action : {m_addSection, m_addSubsection})
        action->setEnabled(document != nullptr);
    for (QAction* action : {m_removeSection, m_merge, m_moveUp, m_moveDown, m_indent, m_outdent})
        action->setEnabled(section != nullptr);
    if (section) {
        Document probe = *document;
        m_moveUp->setEnabled(probe.moveSection(m_sectionId, -1));
        probe = *document;
        m_moveDown->setEnabled(probe.moveSection(m_sectionId, +1));
        m_outdent->setEnabled(section->level > 1);
        m_indent->setEnabled(index > 0 && section->level < Section::kMaxLevel &&
                             document->sections()[index - 1].level >= section->level);
        m_merge->setEnabled(document->sections().size() > 1);
        m_addSubsection->setEnabled(section->level < Section::kMaxLevel);
    }
    if (m_readOnly)
        applyReadOnly();
}

void DocumentEditorPanel::updateSectionHeader()
{
    updateActions();
    const Section* section =
        m_session ? m_session->document(currentDocument()).section(m_sectionId) : nullptr;
    if (!section) {
        m_sectionTitle->clear();
        m_sectionStatus->clear();
        m_confirm->setEnabled(false);
        applyReadOnly();
        return;
    }
    const Document& document = m_session->document(currentDocument());
    m_sectionTitle->setText(
        QStringLiteral("%1  %2").arg(document.number(section->id), uiTitle(*section)));
    const TranslationStatus status = section->translationStatus();
    QStringList parts{SectionListModel::statusText(*section)};
    if (!section->guidanceRef.isEmpty())
        parts << tr("Statutory guidance, para %1").arg(section->guidanceRef);
    const QString notes = m_sections->notesText(*section);
    if (!notes.isEmpty())
        parts << notes;
    m_sectionStatus->setText(parts.join(QStringLiteral(" · ")));
    m_confirm->setEnabled(status == TranslationStatus::Stale);
    for (Lang lang : kAllLangs) {
        const QString name = lang == Lang::Cy ? tr("&Welsh (Cymraeg)") : tr("&English");
        const QString role = lang == section->sourceLanguage ? tr("source") : tr("translation");
        m_columnLabel[slot(lang)]->setText(tr("%1 — %2").arg(name, role));
        m_editor[slot(lang)]->setAccessibleName(
            lang == Lang::Cy ? tr("Welsh text of %1").arg(uiTitle(*section))
                             : tr("English text of %1").arg(uiTitle(*section)));
        // A section that does not apply publishes its reason, not a text.
        m_editor[slot(lang)]->setEnabled(!section->notApplicable);
    }
    applyReadOnly();
}

void DocumentEditorPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateSectionHeader();
}

void DocumentEditorPanel::applyReadOnly()
{
    for (Lang lang : kAllLangs) {
        m_editor[slot(lang)]->setReadOnly(m_readOnly);
        m_title[slot(lang)]->setReadOnly(m_readOnly);
    }
    for (QWidget* widget :
         {static_cast<QWidget*>(m_outlineBar), static_cast<QWidget*>(m_properties),
          static_cast<QWidget*>(m_items), static_cast<QWidget*>(m_format)})
        widget->setEnabled(!m_readOnly);
    if (m_readOnly) {
        for (QAction* action : {m_addSection, m_addSubsection, m_removeSection, m_merge, m_moveUp,
                                m_moveDown, m_indent, m_outdent, m_confirmAction})
            action->setEnabled(false);
        m_confirm->setEnabled(false);
    }
}

void DocumentEditorPanel::arrangeEditors()
{
    // The interface language's column comes first: Welsh on the left for a Welsh user.
    const Lang first = UiLanguage::instance().current();
    m_editors->insertWidget(0, m_column[slot(first)]);
}

void DocumentEditorPanel::retranslateUi()
{
    m_documentChoice->setItemText(0, tr("Strategy"));
    m_documentChoice->setItemText(1, tr("Strategic needs assessment"));
    m_documentChoice->setAccessibleName(tr("Document"));
    m_outline->setAccessibleName(tr("Sections"));
    auto label = [](QAction* action, const QString& text, const QString& tip) {
        action->setText(text);
        action->setIconText(text);
        action->setStatusTip(tip);
        action->setToolTip(
            action->shortcut().isEmpty()
                ? tip
                : tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    };
    label(m_addSection, tr("Add"), tr("Add a section after this one"));
    label(m_addSubsection, tr("Sub-section"), tr("Add a sub-section under this section"));
    label(m_removeSection, tr("Remove"), tr("Remove this section (its sub-sections move up)"));
    label(m_moveUp, QStringLiteral("↑"), tr("Move the section up"));
    label(m_moveDown, QStringLiteral("↓"), tr("Move the section down"));
    label(m_outdent, QStringLiteral("←"), tr("Move the section up a level"));
    label(m_indent, QStringLiteral("→"), tr("Make the section a sub-section of the one before"));
    label(m_merge, tr("Merge…"), tr("Merge this section into another"));
    m_nextSection->setText(tr("Next section"));
    m_previousSection->setText(tr("Previous section"));
    m_confirm->setText(tr("Confirm translation"));
    m_confirm->setToolTip(tr("Mark the translation as current without changing it (%1)")
                              .arg(m_confirmAction->shortcut().toString(QKeySequence::NativeText)));
    m_confirmAction->setText(tr("Confirm translation"));
    m_findAction->setText(tr("&Find…"));
    m_findNextAction->setText(tr("Find next"));
    m_findPreviousAction->setText(tr("Find previous"));
    for (Lang lang : kAllLangs)
        m_titleLabel[slot(lang)]->setText(tr("Title:"));
    m_sections->retranslate();
    arrangeEditors();
    updateSectionHeader();
}

void DocumentEditorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
