#include "DocumentEditorPanel.h"

#include "ProjectSession.h"
#include "SectionListModel.h"
#include "SectionTextEdit.h"
#include "analysis/ChartCatalogue.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace sna {

namespace {
int slot(Lang lang)
{
    return lang == Lang::Cy ? 1 : 0;
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
    m_outline->header()->setSectionResizeMode(SectionListModel::Status,
                                              QHeaderView::ResizeToContents);
    m_outline->header()->setStretchLastSection(false);
    m_outline->setMinimumWidth(300);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_documentChoice);
    leftLayout->addWidget(m_outline);

    m_sectionTitle = new QLabel(this);
    QFont titleFont = m_sectionTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_sectionTitle->setFont(titleFont);
    m_sectionTitle->setWordWrap(true);
    m_sectionStatus = new QLabel(this);
    m_sectionStatus->setWordWrap(true);
    m_confirm = new QPushButton(this);

    m_editors = new QSplitter(Qt::Horizontal, this);
    m_editors->setChildrenCollapsible(false);
    for (Lang lang : kAllLangs) {
        const int i = slot(lang);
        m_column[i] = new QWidget(m_editors);
        auto* layout = new QVBoxLayout(m_column[i]);
        layout->setContentsMargins(0, 0, 0, 0);
        m_columnLabel[i] = new QLabel(m_column[i]);
        m_editor[i] = new SectionTextEdit(m_column[i]);
        m_editor[i]->setObjectName(QStringLiteral("editor_%1").arg(langCode(lang)));
        m_columnLabel[i]->setBuddy(m_editor[i]);
        layout->addWidget(m_columnLabel[i]);
        layout->addWidget(m_editor[i]);
        m_editors->addWidget(m_column[i]);
        connect(m_editor[i], &SectionTextEdit::markdownEdited, this,
                [this, lang](const QString& text) {
                    if (m_session && !m_sectionId.isEmpty())
                        m_session->editSectionText(currentDocument(), m_sectionId, lang, text);
                });
    }

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_sectionStatus, 1);
    statusRow->addWidget(m_confirm);
    rightLayout->addWidget(m_sectionTitle);
    rightLayout->addLayout(statusRow);
    rightLayout->addWidget(m_editors, 1);
    m_items = new QLabel(this);
    m_items->setWordWrap(true);
    rightLayout->addWidget(m_items);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
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

void DocumentEditorPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_sectionId.clear();
    setEnabled(session != nullptr);
    m_sections->setSession(session, currentDocument());
    if (!session) {
        for (SectionTextEdit* edit : m_editor)
            edit->setMarkdownSilently(QString());
        m_sectionTitle->clear();
        m_sectionStatus->clear();
        return;
    }
    connect(session, &ProjectSession::sectionTextChanged, this,
            &DocumentEditorPanel::onSectionTextChanged);
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
    m_sectionId = sectionId;
    const int row = m_sections->rowOf(sectionId);
    if (row >= 0 && m_outline->currentIndex().row() != row)
        m_outline->setCurrentIndex(m_sections->index(row, 0));
    loadEditors();
    updateSectionHeader();
}

void DocumentEditorPanel::loadEditors()
{
    const Section* section =
        m_session ? m_session->document(currentDocument()).section(m_sectionId) : nullptr;
    for (Lang lang : kAllLangs)
        m_editor[slot(lang)]->setMarkdownSilently(section ? section->body.in(lang) : QString());
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

void DocumentEditorPanel::updateSectionHeader()
{
    const Section* section =
        m_session ? m_session->document(currentDocument()).section(m_sectionId) : nullptr;
    if (!section) {
        m_sectionTitle->clear();
        m_sectionStatus->clear();
        m_confirm->setEnabled(false);
        return;
    }
    const Lang ui = UiLanguage::instance().current();
    m_sectionTitle->setText(section->title.in(ui));
    const TranslationStatus status = section->translationStatus();
    QString statusText = SectionListModel::statusText(*section);
    if (!section->guidanceRef.isEmpty())
        statusText = tr("%1 · Statutory guidance, para %2").arg(statusText, section->guidanceRef);
    m_sectionStatus->setText(statusText);
    m_confirm->setEnabled(status == TranslationStatus::Stale);
    QStringList embedded;
    for (const EmbeddedItem& item : section->items) {
        if (const auto chart = ChartCatalogue::build(item.reference, m_session->summary()))
            embedded << chart->title.in(ui);
    }
    m_items->setVisible(!embedded.isEmpty());
    m_items->setText(
        tr("Figures placed after this section’s text, drawn from the project’s data: %1")
            .arg(embedded.join(QStringLiteral("; "))));
    for (Lang lang : kAllLangs) {
        const QString name = lang == Lang::Cy ? tr("&Welsh (Cymraeg)") : tr("&English");
        const QString role = lang == section->sourceLanguage ? tr("source") : tr("translation");
        m_columnLabel[slot(lang)]->setText(tr("%1 — %2").arg(name, role));
        m_editor[slot(lang)]->setAccessibleName(
            lang == Lang::Cy ? tr("Welsh text of %1").arg(section->title.in(ui))
                             : tr("English text of %1").arg(section->title.in(ui)));
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
    m_confirm->setText(tr("Confirm translation"));
    m_confirm->setToolTip(tr("Mark the translation as current without changing it"));
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
