#include "VersionsDialog.h"

#include "ProjectSession.h"
#include "foundation/AppSettings.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sna {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString titleIn(const BilingualText& title)
{
    const Lang ui = UiLanguage::instance().current();
    return title.in(ui).isEmpty() ? title.in(otherLang(ui)) : title.in(ui);
}
} // namespace

VersionsDialog::VersionsDialog(ProjectSession& session, DocumentKind kind, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("VersionsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QGridLayout;
    m_documentLabel = new QLabel(this);
    m_document = new QComboBox(this);
    m_document->addItems({QString(), QString()});
    m_save = new QPushButton(this);
    m_fromLabel = new QLabel(this);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("FromVersion"));
    m_toLabel = new QLabel(this);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("ToVersion"));
    m_langLabel = new QLabel(this);
    m_lang = new QComboBox(this);
    m_lang->addItems({QString(), QString(), QString()});
    for (QComboBox* box : {m_from, m_to})
        box->setMinimumContentsLength(24);
    m_documentLabel->setBuddy(m_document);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_langLabel->setBuddy(m_lang);
    top->addWidget(m_documentLabel, 0, 0);
    top->addWidget(m_document, 0, 1);
    top->addWidget(m_save, 0, 2);
    top->addWidget(m_fromLabel, 1, 0);
    top->addWidget(m_from, 1, 1);
    top->addWidget(m_toLabel, 1, 2);
    top->addWidget(m_to, 1, 3);
    top->addWidget(m_langLabel, 1, 4);
    top->addWidget(m_lang, 1, 5);
    top->setColumnStretch(1, 1);
    top->setColumnStretch(3, 1);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_sectionModel = new QStandardItemModel(this);
    m_sectionView = new QListView(splitter);
    m_sectionView->setObjectName(QStringLiteral("ComparedSections"));
    m_sectionView->setModel(m_sectionModel);
    m_sectionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView = new QTextBrowser(splitter);
    m_diffView->setObjectName(QStringLiteral("DiffView"));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    m_document->setCurrentIndex(kind == DocumentKind::Sna ? 1 : 0);
    connect(m_document, &QComboBox::currentIndexChanged, this, [this](int index) {
        setDocument(index == 1 ? DocumentKind::Sna : DocumentKind::Strategy);
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] { recompare(); });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] { recompare(); });
    connect(m_lang, &QComboBox::currentIndexChanged, this, [this] { showSection(); });
    connect(m_sectionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showSection(); });
    connect(m_save, &QPushButton::clicked, this, &VersionsDialog::chooseAndSave);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_session, &ProjectSession::documentChanged, this, [this] { recompare(); });
    connect(&m_session, &ProjectSession::sectionTextChanged, this, [this] { recompare(); });
    retranslateUi();
    reloadVersions();
    resize(1100, 680);
}

void VersionsDialog::setDocument(DocumentKind kind)
{
    m_kind = kind;
    const QSignalBlocker blocker(m_document);
    m_document->setCurrentIndex(kind == DocumentKind::Sna ? 1 : 0);
    reloadVersions();
}

void VersionsDialog::reloadVersions()
{
    auto versions = VersionStore(m_session.project()).list(m_kind);
    m_versions = versions ? versions.value() : QList<DocumentVersion>{};
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->clear();
    m_to->clear();
    const QLocale locale = UiLanguage::instance().current() == Lang::Cy
                               ? QLocale(QStringLiteral("cy_GB"))
                               : QLocale(QStringLiteral("en_GB"));
    for (const DocumentVersion& version : std::as_const(m_versions)) {
        const QString label =
            tr("%1 (%2)").arg(version.name, locale.toString(version.createdAt.toLocalTime().date(),
                                                            QLocale::ShortFormat));
        m_from->addItem(label, version.name);
        m_to->addItem(label, version.name);
    }
    m_to->addItem(tr("Current text"), QString());
    // By default: the latest version against the text as it is now.
    m_from->setCurrentIndex(int(m_versions.size()) - 1);
    m_to->setCurrentIndex(m_to->count() - 1);
    recompare();
}

Status VersionsDialog::saveVersion(const QString& name)
{
    auto saved = VersionStore(m_session.project())
                     .snapshot(m_session.document(m_kind), name, AppSettings().reviewerName());
    if (!saved)
        return saved.error();
    reloadVersions();
    return {};
}

void VersionsDialog::chooseAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Version"),
                                               tr("Name of the version (for example “Draft 1 for "
                                                  "CSP review”):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto s = saveVersion(name); !s)
        QMessageBox::warning(this, tr("Save Version"), s.error().fullText());
}

void VersionsDialog::compare(const QString& from, const QString& to)
{
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    recompare();
}

void VersionsDialog::setLanguage(std::optional<Lang> lang)
{
    m_lang->setCurrentIndex(!lang ? 0 : *lang == Lang::Cy ? 1 : 2);
}

QString VersionsDialog::currentSectionId() const
{
    return m_sectionView->currentIndex().data(kIdRole).toString();
}

bool VersionsDialog::selectSection(const QString& id)
{
    for (int row = 0; row < m_sectionModel->rowCount(); ++row) {
        if (m_sectionModel->item(row)->data(kIdRole).toString() == id) {
            m_sectionView->setCurrentIndex(m_sectionModel->index(row, 0));
            return true;
        }
    }
    return false;
}

void VersionsDialog::recompare()
{
    const QString keep = currentSectionId();
    m_diffs.clear();
    m_sectionModel->clear();
    const QString fromName = m_from->currentData().toString();
    const DocumentVersion* from = nullptr;
    const DocumentVersion* to = nullptr;
    for (const DocumentVersion& version : std::as_const(m_versions)) {
        if (version.name == fromName)
            from = &version;
        if (!m_to->currentData().toString().isEmpty() &&
            version.name == m_to->currentData().toString())
            to = &version;
    }
    if (!from) {
        m_summary->setText(m_versions.isEmpty()
                               ? tr("No version of this document has been saved yet. Save one "
                                    "before sending the document for review.")
                               : QString());
        showSection();
        return;
    }
    m_diffs = DocumentDiff::compare(from->document, to ? to->document : m_session.document(m_kind));
    for (const SectionDiff& diff : std::as_const(m_diffs)) {
        auto* item = new QStandardItem(
            tr("%1 — %2").arg(titleIn(diff.title), DocumentDiff::changeLabel(diff.change)));
        item->setData(diff.id, kIdRole);
        if (diff.change == SectionDiff::Change::Same)
            item->setForeground(QColor(0x70, 0x70, 0x70));
        else
            item->setFont([] {
                QFont font;
                font.setBold(true);
                return font;
            }());
        m_sectionModel->appendRow(item);
    }
    m_summary->setText(tr("Sections changed: %1 of %2")
                           .arg(DocumentDiff::changedCount(m_diffs))
                           .arg(m_diffs.size()));
    if (!selectSection(keep)) {
        // The first changed section.
        for (const SectionDiff& diff : std::as_const(m_diffs)) {
            if (diff.change != SectionDiff::Change::Same) {
                selectSection(diff.id);
                break;
            }
        }
    }
    showSection();
}

QString VersionsDialog::diffHtml() const
{
    const QString id = currentSectionId();
    const SectionDiff* diff = nullptr;
    for (const SectionDiff& d : m_diffs) {
        if (d.id == id)
            diff = &d;
    }
    if (!diff)
        return {};
    QList<Lang> langs;
    switch (m_lang->currentIndex()) {
    case 1:
        langs = {Lang::Cy};
        break;
    case 2:
        langs = {Lang::En};
        break;
    default:
        langs = {Lang::Cy, Lang::En}; // Welsh is read first
        break;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(DocumentDiff::changeLabel(diff->change).toHtmlEscaped());
    if (diff->flagsChanged)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Its settings changed (restricted, not applicable or level).")
                             .toHtmlEscaped());
    for (Lang lang : std::as_const(langs)) {
        html += QStringLiteral("<h3 lang=\"%1\">%2</h3>")
                    .arg(langCode(lang), DocumentDiff::html(diff->titleIn(lang)));
        html += QStringLiteral("<p style=\"color:#555\">%1</p>")
                    .arg((lang == Lang::Cy ? tr("Welsh") : tr("English")).toHtmlEscaped());
        const QString text = DocumentDiff::html(diff->text(lang));
        html += QStringLiteral("<p lang=\"%1\">%2</p>")
                    .arg(langCode(lang), text.isEmpty() ? tr("(no text)") : text);
    }
    return html;
}

void VersionsDialog::showSection()
{
    m_diffView->setHtml(diffHtml());
    const QString id = currentSectionId();
    bool restorable = false;
    for (const SectionDiff& diff : std::as_const(m_diffs)) {
        if (diff.id == id)
            restorable = diff.change != SectionDiff::Change::Same &&
                         diff.change != SectionDiff::Change::Added &&
                         m_to->currentData().toString().isEmpty();
    }
    m_restore->setEnabled(restorable);
}

bool VersionsDialog::restoreSelected()
{
    const QString id = currentSectionId();
    const QString fromName = m_from->currentData().toString();
    const DocumentVersion* from = nullptr;
    for (const DocumentVersion& version : std::as_const(m_versions)) {
        if (version.name == fromName)
            from = &version;
    }
    const Section* old = from ? from->document.section(id) : nullptr;
    if (!old || !m_to->currentData().toString().isEmpty())
        return false;
    Document after = m_session.document(m_kind);
    QList<Section> sections = after.sections();
    const qsizetype index = after.indexOf(id);
    if (index >= 0) {
        sections[index] = *old;
    } else {
        // A removed section goes back after the section that preceded it, if it is still there.
        const qsizetype oldIndex = from->document.indexOf(id);
        qsizetype at = 0;
        for (qsizetype k = oldIndex - 1; k >= 0; --k) {
            const qsizetype found = after.indexOf(from->document.sections()[k].id);
            if (found >= 0) {
                at = after.subtreeEnd(found);
                break;
            }
        }
        sections.insert(at, *old);
    }
    after.setSections(sections);
    m_session.editDocument(m_kind, after,
                           tr("Restore “%1” from version “%2”").arg(titleIn(old->title), fromName));
    return true;
}

void VersionsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VersionsDialog::retranslateUi()
{
    setWindowTitle(tr("Versions and Changes"));
    m_documentLabel->setText(tr("&Document:"));
    m_document->setItemText(0, tr("Strategy"));
    m_document->setItemText(1, tr("Strategic needs assessment"));
    m_save->setText(tr("&Save Version…"));
    m_fromLabel->setText(tr("&Compare:"));
    m_sectionView->setAccessibleName(tr("Sections compared"));
    m_diffView->setAccessibleName(tr("Changes in the section"));
    m_toLabel->setText(tr("&with:"));
    m_langLabel->setText(tr("&Language:"));
    m_lang->setItemText(0, tr("Welsh and English"));
    m_lang->setItemText(1, tr("Welsh"));
    m_lang->setItemText(2, tr("English"));
    m_restore->setText(tr("&Restore Section from the Older Version"));
    m_close->setText(tr("Close"));
    if (m_to->count() > 0)
        m_to->setItemText(m_to->count() - 1, tr("Current text"));
}

} // namespace sna
