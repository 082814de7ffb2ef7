#include "ActionDetailWidget.h"

#include "DateDelegate.h"
#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sna {

namespace {
int slot(Lang lang)
{
    return lang == Lang::Cy ? 1 : 0;
}

QString inUi(const BilingualText& text)
{
    const Lang ui = UiLanguage::instance().current();
    return text.in(ui).isEmpty() ? text.in(otherLang(ui)) : text.in(ui);
}

QDateEdit* optionalDate(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(DateDelegate::kNotSet);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == DateDelegate::kNotSet ? QDate() : edit->date();
}
} // namespace

ActionDetailWidget::ActionDetailWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* texts = new QGridLayout;
    for (Lang lang : kAllLangs) {
        const int i = slot(lang);
        m_columnLabel[i] = new QLabel(this);
        QFont bold = m_columnLabel[i]->font();
        bold.setBold(true);
        m_columnLabel[i]->setFont(bold);
        m_titleLabel[i] = new QLabel(this);
        m_title[i] = new QLineEdit(this);
        m_titleLabel[i]->setBuddy(m_title[i]);
        m_descriptionLabel[i] = new QLabel(this);
        m_description[i] = new QPlainTextEdit(this);
        m_description[i]->setTabChangesFocus(true);
        m_description[i]->setMaximumHeight(60);
        m_descriptionLabel[i]->setBuddy(m_description[i]);
        m_measureLabel[i] = new QLabel(this);
        m_measure[i] = new QLineEdit(this);
        m_measureLabel[i]->setBuddy(m_measure[i]);
        auto* column = new QFormLayout;
        column->setRowWrapPolicy(QFormLayout::WrapAllRows);
        column->addRow(m_columnLabel[i]);
        column->addRow(m_titleLabel[i], m_title[i]);
        column->addRow(m_descriptionLabel[i], m_description[i]);
        column->addRow(m_measureLabel[i], m_measure[i]);
        texts->addLayout(column, 0, i);
        connect(m_title[i], &QLineEdit::textEdited, this,
                [this, lang](const QString& text) { editText(Action::Field::Title, lang, text); });
        connect(m_measure[i], &QLineEdit::textEdited, this, [this, lang](const QString& text) {
            editText(Action::Field::Measure, lang, text);
        });
        connect(m_description[i], &QPlainTextEdit::textChanged, this, [this, lang, i] {
            if (!m_loading)
                editText(Action::Field::Description, lang, m_description[i]->toPlainText());
        });
    }

    m_leadLabel = new QLabel(this);
    m_lead = new QComboBox(this);
    m_lead->setEditable(true);
    m_lead->setInsertPolicy(QComboBox::NoInsert);
    m_leadLabel->setBuddy(m_lead);
    m_sectorLabel = new QLabel(this);
    m_sector = new QComboBox(this);
    m_sectorLabel->setBuddy(m_sector);
    m_priorityLabel = new QLabel(this);
    m_priority = new QComboBox(this);
    m_priorityLabel->setBuddy(m_priority);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_statusLabel->setBuddy(m_status);
    m_startLabel = new QLabel(this);
    m_start = optionalDate(this);
    m_startLabel->setBuddy(m_start);
    m_dueLabel = new QLabel(this);
    m_due = optionalDate(this);
    m_dueLabel->setBuddy(m_due);
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->addItem(QString(), int(Lang::En));
    m_source->addItem(QString(), int(Lang::Cy));
    m_sourceLabel->setBuddy(m_source);
    m_partnersLabel = new QLabel(this);
    m_partners = new QStandardItemModel(this);
    m_partnersView = new QListView(this);
    m_partnersView->setModel(m_partners);
    m_partnersView->setMaximumHeight(100);
    m_partnersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partnersLabel->setBuddy(m_partnersView);
    m_translation = new QLabel(this);
    m_confirm = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #A33B00; }"));
    m_problem->hide();

    // Short rows beside the partners, so the table above keeps its room.
    auto* fields = new QGridLayout;
    fields->addWidget(m_leadLabel, 0, 0);
    fields->addWidget(m_lead, 0, 1, 1, 3);
    fields->addWidget(m_priorityLabel, 1, 0);
    fields->addWidget(m_priority, 1, 1, 1, 3);
    fields->addWidget(m_sectorLabel, 2, 0);
    fields->addWidget(m_sector, 2, 1);
    fields->addWidget(m_statusLabel, 2, 2);
    fields->addWidget(m_status, 2, 3);
    fields->addWidget(m_startLabel, 3, 0);
    fields->addWidget(m_start, 3, 1);
    fields->addWidget(m_dueLabel, 3, 2);
    fields->addWidget(m_due, 3, 3);
    fields->addWidget(m_sourceLabel, 4, 0);
    fields->addWidget(m_source, 4, 1);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);
    for (QComboBox* box : {m_lead, m_sector, m_priority, m_status, m_source}) {
        // Long Welsh labels must not widen the window: the box shows what fits.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    auto* partners = new QVBoxLayout;
    partners->addWidget(m_partnersLabel);
    partners->addWidget(m_partnersView, 1);
    auto* translation = new QHBoxLayout;
    translation->addWidget(m_translation, 1);
    translation->addWidget(m_confirm);
    partners->addLayout(translation);

    auto* lower = new QHBoxLayout;
    lower->addLayout(fields, 3);
    lower->addLayout(partners, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts);
    layout->addLayout(lower);
    layout->addWidget(m_problem);

    connect(m_lead, &QComboBox::activated, this, [this] {
        const QString lead = m_lead->currentText().trimmed();
        update([&](Action& a) { a.lead = lead; }, tr("Change lead of action"));
    });
    connect(m_lead->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString lead = m_lead->currentText().trimmed();
        if (action() && action()->lead != lead)
            update([&](Action& a) { a.lead = lead; }, tr("Change lead of action"));
    });
    connect(m_sector, &QComboBox::activated, this, [this] {
        const QString sector = m_sector->currentData().toString();
        update([&](Action& a) { a.sector = sector; }, tr("Change sector of action"));
    });
    connect(m_priority, &QComboBox::activated, this, [this] {
        const int priority = m_priority->currentData().toInt();
        update([&](Action& a) { a.priorityId = priority; }, tr("Change priority of action"));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = ActionStatus(m_status->currentData().toInt());
        update([&](Action& a) { a.status = status; }, tr("Change status of action"));
    });
    connect(m_source, &QComboBox::activated, this, [this] {
        const auto lang = Lang(m_source->currentData().toInt());
        update([&](Action& a) { a.sourceLanguage = lang; }, tr("Change source language of action"));
    });
    connect(m_start, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            update([&](Action& a) { a.start = dateOf(m_start); }, tr("Change start of action"));
    });
    connect(m_due, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            update([&](Action& a) { a.due = dateOf(m_due); }, tr("Change due date of action"));
    });
    connect(m_partners, &QStandardItemModel::itemChanged, this, [this] {
        if (m_loading)
            return;
        QStringList names;
        for (int i = 0; i < m_partners->rowCount(); ++i) {
            if (m_partners->item(i)->checkState() == Qt::Checked)
                names << m_partners->item(i)->text();
        }
        update([&](Action& a) { a.partners = names; }, tr("Change partners of action"));
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_session || !action())
            return;
        ActionPlan plan = m_session->actionPlan();
        plan.confirmTranslation(m_id);
        (void)m_session->editActionPlan(plan, tr("Confirm translation of action"));
    });
    retranslateUi();
}

void ActionDetailWidget::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_id = 0;
    if (m_session) {
        connect(m_session, &ProjectSession::actionPlanChanged, this, &ActionDetailWidget::refresh);
        connect(m_session, &ProjectSession::profileChanged, this, &ActionDetailWidget::refresh);
    }
    refresh();
}

void ActionDetailWidget::setAction(int id)
{
    m_id = id;
    m_problem->hide();
    refresh();
}

const Action* ActionDetailWidget::action() const
{
    return m_session ? m_session->actionPlan().action(m_id) : nullptr;
}

void ActionDetailWidget::editText(Action::Field field, Lang lang, const QString& text)
{
    if (!m_session || !action() || m_loading)
        return;
    ActionPlan plan = m_session->actionPlan();
    plan.setText(m_id, field, lang, text.trimmed());
    const QString key =
        QStringLiteral("action:%1:%2:%3").arg(m_id).arg(int(field)).arg(langCode(lang));
    const QString description =
        lang == Lang::Cy ? tr("Edit Welsh text of action") : tr("Edit English text of action");
    if (auto s = m_session->editActionPlan(plan, description, key); !s)
        showProblem(s.error().message);
}

void ActionDetailWidget::update(const std::function<void(Action&)>& change,
                                const QString& description)
{
    if (!m_session || !action() || m_loading)
        return;
    ActionPlan plan = m_session->actionPlan();
    Action changed = *action();
    change(changed);
    plan.updateAction(changed);
    if (auto s = m_session->editActionPlan(plan, description); !s) {
        showProblem(s.error().message);
        refresh(); // put the fields back as they were
    } else {
        m_problem->hide();
    }
}

void ActionDetailWidget::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void ActionDetailWidget::fillChoices()
{
    const Lang ui = UiLanguage::instance().current();
    const QSignalBlocker blockSector(m_sector);
    m_sector->clear();
    m_sector->addItem(tr("(none)"), QString());
    for (const QString& code : ActionVocabulary::sectorCodes())
        m_sector->addItem(ActionVocabulary::sectorLabel(code).in(ui), code);
    const QSignalBlocker blockStatus(m_status);
    m_status->clear();
    for (ActionStatus status : ActionVocabulary::statuses())
        m_status->addItem(ActionVocabulary::statusLabel(status).in(ui), int(status));
    const QSignalBlocker blockPriority(m_priority);
    m_priority->clear();
    m_priority->addItem(tr("(none)"), 0);
    if (m_session) {
        const ActionPlan& plan = m_session->actionPlan();
        for (const Priority& priority : plan.priorities())
            m_priority->addItem(
                tr("%1. %2").arg(plan.priorityNumber(priority.id)).arg(inUi(priority.title)),
                priority.id);
    }
    const QSignalBlocker blockLead(m_lead);
    m_lead->clear();
    if (m_session) {
        for (const Authority& authority : m_session->profile().authorities)
            m_lead->addItem(authority.name);
    }
}

void ActionDetailWidget::refresh()
{
    m_loading = true;
    fillChoices();
    const Action* current = action();
    setEnabled(current != nullptr);
    for (Lang lang : kAllLangs) {
        const int i = slot(lang);
        auto setLine = [](QLineEdit* edit, const QString& text) {
            // The field being typed in keeps its text (and cursor) as it is.
            if (edit->text() != text && !edit->hasFocus()) {
                edit->setText(text);
                edit->setCursorPosition(0);
            }
        };
        setLine(m_title[i], current ? current->title.in(lang) : QString());
        setLine(m_measure[i], current ? current->measure.in(lang) : QString());
        const QString description = current ? current->description.in(lang) : QString();
        if (m_description[i]->toPlainText() != description && !m_description[i]->hasFocus())
            m_description[i]->setPlainText(description);
        const bool source = current && current->sourceLanguage == lang;
        const QString name = lang == Lang::Cy ? tr("Welsh") : tr("English");
        m_columnLabel[i]->setText(
            tr("%1 — %2").arg(name, source ? tr("source") : tr("translation")));
    }
    m_lead->setEditText(current ? current->lead : QString());
    m_sector->setCurrentIndex(
        std::max(0, m_sector->findData(current ? current->sector : QString())));
    m_priority->setCurrentIndex(
        std::max(0, m_priority->findData(current ? current->priorityId : 0)));
    m_status->setCurrentIndex(current ? int(current->status) : 0);
    m_source->setCurrentIndex(current && current->sourceLanguage == Lang::Cy ? 1 : 0);
    m_start->setDate(current && current->start.isValid() ? current->start : DateDelegate::kNotSet);
    m_due->setDate(current && current->due.isValid() ? current->due : DateDelegate::kNotSet);

    m_partners->clear();
    QStringList names;
    if (m_session) {
        for (const Authority& authority : m_session->profile().authorities)
            names << authority.name;
    }
    if (current) {
        for (const QString& partner : current->partners) {
            if (!names.contains(partner))
                names << partner;
        }
    }
    for (const QString& name : std::as_const(names)) {
        auto* item = new QStandardItem(name);
        item->setCheckable(true);
        item->setCheckState(current && current->partners.contains(name) ? Qt::Checked
                                                                        : Qt::Unchecked);
        m_partners->appendRow(item);
    }
    if (current) {
        const TranslationStatus status = current->translationStatus();
        m_translation->setText(status == TranslationStatus::UpToDate ? tr("Translation: up to date")
                               : status == TranslationStatus::Stale ? tr("Translation: out of date")
                                                                    : tr("Translation: missing"));
        m_confirm->setEnabled(status == TranslationStatus::Stale);
    } else {
        m_translation->clear();
        m_confirm->setEnabled(false);
    }
    m_loading = false;
}

void ActionDetailWidget::retranslateUi()
{
    for (Lang lang : kAllLangs) {
        const int i = slot(lang);
        m_titleLabel[i]->setText(lang == Lang::Cy ? tr("Title (Welsh):") : tr("Title (English):"));
        m_descriptionLabel[i]->setText(lang == Lang::Cy ? tr("Description (Welsh):")
                                                        : tr("Description (English):"));
        m_measureLabel[i]->setText(lang == Lang::Cy ? tr("Success measure (Welsh):")
                                                    : tr("Success measure (English):"));
    }
    m_leadLabel->setText(tr("&Lead:"));
    m_sectorLabel->setText(tr("&Sector:"));
    m_priorityLabel->setText(tr("&Priority:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_startLabel->setText(tr("Start:"));
    m_dueLabel->setText(tr("&Due:"));
    m_start->setSpecialValueText(tr("Not set"));
    m_due->setSpecialValueText(tr("Not set"));
    m_sourceLabel->setText(tr("Written first in:"));
    m_source->setItemText(0, tr("English"));
    m_source->setItemText(1, tr("Welsh"));
    m_partnersLabel->setText(tr("Supporting &partners:"));
    m_partnersView->setAccessibleName(tr("Supporting partners"));
    m_confirm->setText(tr("Confirm translation"));
    refresh();
}

void ActionDetailWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
