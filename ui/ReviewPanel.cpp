#include "ReviewPanel.h"

#include "CommentDialog.h"
#include "CommentTableModel.h"
#include "DocumentEditorPanel.h"
#include "ProjectSession.h"
#include "SectionTextEdit.h"
#include "foundation/AppSettings.h"
#include "foundation/UiLanguage.h"
#include "project/Project.h"
#include "review/ReviewPackage.h"
#include "review/SignoffStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace sna {

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ReviewPanel"));
    auto* layout = new QVBoxLayout(this);
    m_mode = new QLabel(this);
    m_mode->setWordWrap(true);
    m_mode->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; padding: 4px; }"));
    m_mode->hide();
    layout->addWidget(m_mode);
    auto* filters = new QHBoxLayout;
    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("CommentsShown"));
    m_show->addItems({QString(), QString()});
    m_groupLabel = new QLabel(this);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("CommentsGrouped"));
    m_group->addItems({QString(), QString()});
    m_showLabel->setBuddy(m_show);
    m_groupLabel->setBuddy(m_group);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_groupLabel);
    filters->addWidget(m_group);
    filters->addStretch();
    layout->addLayout(filters);

    m_model = new CommentTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CommentTableModel::ResolvedRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortRole(CommentTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("CommentsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CommentTableModel::Text, QHeaderView::Stretch);
    m_view->setColumnWidth(CommentTableModel::SectionColumn, 220);
    m_view->setColumnWidth(CommentTableModel::Reviewer, 180);
    m_thread = new QTextBrowser(splitter);
    m_thread->setObjectName(QStringLiteral("CommentThread"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_reply = new QPushButton(this);
    m_resolve = new QPushButton(this);
    m_place = new QPushButton(this);
    m_goTo = new QPushButton(this);
    for (QPushButton* button : {m_add, m_reply, m_resolve, m_place, m_goTo})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] { applyGrouping(); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { applyGrouping(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateThread(); });
    connect(m_add, &QPushButton::clicked, this, &ReviewPanel::chooseAndAdd);
    connect(m_reply, &QPushButton::clicked, this, &ReviewPanel::chooseAndReply);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewPanel::toggleResolved);
    connect(m_place, &QPushButton::clicked, this, &ReviewPanel::chooseAndPlace);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (const ReviewComment* c = m_model->comment(currentId()); c && c->isPlaced())
            Q_EMIT navigateRequested(
                QStringLiteral("section:%1:%2").arg(documentId(c->document), c->sectionId));
    });
    connect(m_view, &QTreeView::activated, m_goTo, &QPushButton::click);
    retranslateUi();
    applyGrouping();
    setSession(nullptr);
}

void ReviewPanel::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    setEnabled(session != nullptr);
    if (session)
        connect(session, &ProjectSession::documentChanged, this, [this] { m_model->reload(); });
    retranslateUi();
    updateThread();
}

void ReviewPanel::refresh()
{
    const qint64 current = currentId();
    m_model->reload();
    if (current > 0)
        selectComment(current);
    updateThread();
}

qint64 ReviewPanel::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(CommentTableModel::IdRole).toLongLong() : 0;
}

bool ReviewPanel::selectComment(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CommentTableModel::IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void ReviewPanel::applyGrouping()
{
    m_proxy->setFilterFixedString(m_show->currentIndex() == 0 ? QStringLiteral("false")
                                                              : QString());
    m_proxy->sort(m_group->currentIndex() == 0 ? CommentTableModel::SectionColumn
                                               : CommentTableModel::Reviewer);
    updateThread();
}

void ReviewPanel::updateThread()
{
    const ReviewComment* c = m_model->comment(currentId());
    for (QPushButton* button : {m_reply, m_resolve, m_place})
        button->setEnabled(c != nullptr);
    m_goTo->setEnabled(c && c->isPlaced());
    m_add->setEnabled(m_session && m_editor);
    m_resolve->setText(c && c->resolved ? tr("Reopen") : tr("Resolve"));
    if (!c) {
        m_thread->clear();
        return;
    }
    const QLocale locale = UiLanguage::instance().current() == Lang::Cy
                               ? QLocale(QStringLiteral("cy_GB"))
                               : QLocale(QStringLiteral("en_GB"));
    auto entry = [&](const ReviewComment& item) {
        const QString who = item.authority.isEmpty()
                                ? item.author.toHtmlEscaped()
                                : tr("%1 (%2)").arg(item.author, item.authority).toHtmlEscaped();
        QString html = QStringLiteral("<p><b>%1</b> <span style=\"color:#555\">%2</span><br>")
                           .arg(who.isEmpty() ? tr("Unknown reviewer") : who,
                                locale.toString(item.createdAt.toLocalTime(), QLocale::ShortFormat)
                                    .toHtmlEscaped());
        if (!item.quote.isEmpty())
            html += QStringLiteral("<i>“%1”</i><br>").arg(item.quote.toHtmlEscaped());
        html += item.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        return html + QStringLiteral("</p>");
    };
    QString html = QStringLiteral("<p><b>%1</b><br><span style=\"color:#555\">%2</span></p>")
                       .arg(m_model->sectionLabel(*c).toHtmlEscaped(),
                            CommentStore::originLabel(c->origin).toHtmlEscaped());
    html += entry(*c);
    for (const ReviewComment& reply : m_model->replies(*c))
        html += QStringLiteral("<blockquote>%1</blockquote>").arg(entry(reply));
    if (c->resolved)
        html += QStringLiteral("<p style=\"color:#0a5a1c\">%1</p>")
                    .arg((c->resolvedBy.isEmpty() ? tr("Resolved.")
                                                  : tr("Resolved by %1.").arg(c->resolvedBy))
                             .toHtmlEscaped());
    m_thread->setHtml(html);
}

void ReviewPanel::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Review"), message);
}

bool ReviewPanel::addComment(DocumentKind kind, const QString& sectionId, const QString& text,
                             const QString& author, const QString& authority, const QString& quote,
                             const QString& lang)
{
    if (!m_session)
        return false;
    ReviewComment comment;
    comment.document = kind;
    comment.sectionId = sectionId;
    comment.text = text;
    comment.author = author;
    comment.authority = authority;
    comment.quote = quote.simplified();
    comment.lang = lang;
    if (const Section* section = m_session->document(kind).section(sectionId);
        section && !comment.quote.isEmpty()) {
        const auto chosen = langFromCode(lang);
        const auto range =
            CommentStore::locate(section->content().in(chosen.value_or(Lang::En)), comment.quote);
        comment.rangeStart = range.first;
        comment.rangeEnd = range.second;
    }
    auto added = CommentStore(m_session->project()).add(comment);
    if (!added) {
        showError(added.error().fullText());
        return false;
    }
    refresh();
    if (!selectComment(added->id)) {
        m_show->setCurrentIndex(1);
        selectComment(added->id);
    }
    Q_EMIT commentsChanged();
    return true;
}

bool ReviewPanel::replyTo(qint64 id, const QString& text, const QString& author,
                          const QString& authority)
{
    if (!m_session)
        return false;
    auto reply = CommentStore(m_session->project()).reply(id, text, author, authority);
    if (!reply) {
        showError(reply.error().fullText());
        return false;
    }
    refresh();
    Q_EMIT commentsChanged();
    return true;
}

bool ReviewPanel::setResolved(qint64 id, bool resolved)
{
    if (!m_session)
        return false;
    if (auto s = CommentStore(m_session->project())
                     .setResolved(id, resolved, AppSettings().reviewerName());
        !s) {
        showError(s.error().fullText());
        return false;
    }
    refresh();
    Q_EMIT commentsChanged();
    return true;
}

bool ReviewPanel::place(qint64 id, DocumentKind kind, const QString& sectionId)
{
    if (!m_session)
        return false;
    if (auto s = CommentStore(m_session->project()).place(id, kind, sectionId); !s) {
        showError(s.error().fullText());
        return false;
    }
    refresh();
    Q_EMIT commentsChanged();
    return true;
}

void ReviewPanel::chooseAndAdd()
{
    if (!m_session || !m_editor)
        return;
    const DocumentKind kind = m_editor->currentDocument();
    const Section* section = m_session->document(kind).section(m_editor->currentSectionId());
    if (!section) {
        showError(tr("Choose a section in the Documents tab first."));
        return;
    }
    QString quote;
    QString lang;
    for (Lang l : kAllLangs) {
        const QString selected = m_editor->editor(l)->textCursor().selectedText();
        if (!selected.trimmed().isEmpty()) {
            quote = QString(selected).replace(QChar::ParagraphSeparator, QLatin1Char(' '));
            lang = langCode(l);
            break;
        }
    }
    const Lang ui = UiLanguage::instance().current();
    const QString title =
        section->title.in(ui).isEmpty() ? section->title.in(otherLang(ui)) : section->title.in(ui);
    QString context = tr("Section %1 %2").arg(m_session->document(kind).number(section->id), title);
    if (!quote.isEmpty())
        context += QLatin1Char('\n') + tr("On the words: “%1”").arg(quote.simplified());
    CommentDialog dialog(tr("Comment on Section"), context,
                         SignoffStore::specifiedAuthorities(m_session->profile()), this);
    if (dialog.exec() == QDialog::Accepted)
        addComment(kind, section->id, dialog.text(), dialog.author(), dialog.authority(), quote,
                   lang);
}

void ReviewPanel::chooseAndReply()
{
    const ReviewComment* c = m_model->comment(currentId());
    if (!c || !m_session)
        return;
    CommentDialog dialog(tr("Reply"), c->text.isEmpty() ? c->quote : c->text,
                         SignoffStore::specifiedAuthorities(m_session->profile()), this);
    if (dialog.exec() == QDialog::Accepted)
        replyTo(c->id, dialog.text(), dialog.author(), dialog.authority());
}

void ReviewPanel::toggleResolved()
{
    if (const ReviewComment* c = m_model->comment(currentId()))
        setResolved(c->id, !c->resolved);
}

void ReviewPanel::chooseAndPlace()
{
    const ReviewComment* c = m_model->comment(currentId());
    if (!c || !m_session)
        return;
    const Lang ui = UiLanguage::instance().current();
    QStringList labels;
    QList<QPair<DocumentKind, QString>> targets;
    for (DocumentKind kind : {DocumentKind::Strategy, DocumentKind::Sna}) {
        const Document& document = m_session->document(kind);
        for (const Section& section : document.sections()) {
            const QString title = section.title.in(ui).isEmpty() ? section.title.in(otherLang(ui))
                                                                 : section.title.in(ui);
            labels << tr("%1: %2 %3")
                          .arg(kind == DocumentKind::Sna ? tr("SNA") : tr("Strategy"),
                               document.number(section.id), title);
            targets.append({kind, section.id});
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Place Comment"), tr("The section the comment is about:"), labels, 0, false, &ok);
    if (ok && labels.contains(chosen)) {
        const auto& target = targets[labels.indexOf(chosen)];
        place(c->id, target.first, target.second);
    }
}

void ReviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewPanel::retranslateUi()
{
    m_showLabel->setText(tr("&Show:"));
    m_show->setItemText(0, tr("Open comments"));
    m_show->setItemText(1, tr("All comments"));
    m_groupLabel->setText(tr("&Order:"));
    m_group->setItemText(0, tr("By section"));
    m_group->setItemText(1, tr("By reviewer"));
    m_add->setText(tr("&Comment on Section…"));
    m_reply->setText(tr("Re&ply…"));
    m_place->setText(tr("P&lace in Section…"));
    m_goTo->setText(tr("&Go to Section"));
    const QString reviewId =
        m_session ? ReviewPackage::reviewIdOf(m_session->project()) : QString();
    m_mode->setVisible(!reviewId.isEmpty());
    m_mode->setText(tr("Review copy %1: the text is read-only. Your comments are saved in this "
                       "file; send it back to the analyst, who merges them into the project.")
                        .arg(reviewId));
    updateThread();
}

} // namespace sna
