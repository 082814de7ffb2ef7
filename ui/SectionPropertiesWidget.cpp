#include "SectionPropertiesWidget.h"

#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sna {

namespace {
QString uiTitle(const Section& section)
{
    const Lang ui = UiLanguage::instance().current();
    return section.title.in(ui).isEmpty() ? section.title.in(otherLang(ui)) : section.title.in(ui);
}
} // namespace

SectionPropertiesWidget::SectionPropertiesWidget(QWidget* parent)
    : QWidget(parent)
{
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->addItem(QString(), int(Lang::En));
    m_source->addItem(QString(), int(Lang::Cy));
    m_sourceLabel->setBuddy(m_source);
    m_restricted = new QCheckBox(this);
    m_notApplicable = new QCheckBox(this);
    m_reasons = new QWidget(this);
    auto* reasons = new QHBoxLayout(m_reasons);
    reasons->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 2; ++i) {
        m_reasonLabel[i] = new QLabel(m_reasons);
        m_reason[i] = new QLineEdit(m_reasons);
        m_reasonLabel[i]->setBuddy(m_reason[i]);
        reasons->addWidget(m_reasonLabel[i]);
        reasons->addWidget(m_reason[i], 1);
        const Lang lang = i == 1 ? Lang::Cy : Lang::En;
        connect(m_reason[i], &QLineEdit::editingFinished, this, [this, lang, i] {
            const Section* current = section();
            const QString text = m_reason[i]->text().simplified();
            if (!current || current->notApplicableReason.in(lang) == text)
                return;
            edit([&](Document& d) { d.setNotApplicableReason(m_sectionId, lang, text); },
                 lang == Lang::Cy ? tr("Edit Welsh reason for “%1”").arg(uiTitle(*current))
                                  : tr("Edit English reason for “%1”").arg(uiTitle(*current)));
        });
    }

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_sourceLabel);
    row->addWidget(m_source);
    row->addSpacing(12);
    row->addWidget(m_restricted);
    row->addSpacing(12);
    row->addWidget(m_notApplicable);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_reasons);

    connect(m_source, &QComboBox::activated, this, [this] {
        const Lang lang = Lang(m_source->currentData().toInt());
        const Section* current = section();
        if (!current || current->sourceLanguage == lang)
            return;
        edit([&](Document& d) { d.setSourceLanguage(m_sectionId, lang); },
             tr("Change source language of “%1”").arg(uiTitle(*current)));
    });
    connect(m_restricted, &QCheckBox::clicked, this, [this](bool on) {
        const Section* current = section();
        if (!current)
            return;
        edit([&](Document& d) { d.setSensitive(m_sectionId, on); },
             on ? tr("Mark “%1” restricted").arg(uiTitle(*current))
                : tr("Mark “%1” publishable").arg(uiTitle(*current)));
    });
    connect(m_notApplicable, &QCheckBox::clicked, this, [this](bool on) {
        const Section* current = section();
        if (!current)
            return;
        edit([&](Document& d) { d.setNotApplicable(m_sectionId, on); },
             on ? tr("Mark “%1” not applicable").arg(uiTitle(*current))
                : tr("Mark “%1” applicable").arg(uiTitle(*current)));
        if (on)
            reason(current->sourceLanguage)->setFocus();
    });
    retranslateUi();
}

const Section* SectionPropertiesWidget::section() const
{
    return m_session ? m_session->document(m_kind).section(m_sectionId) : nullptr;
}

void SectionPropertiesWidget::edit(const std::function<void(Document&)>& change,
                                   const QString& description)
{
    if (!m_session)
        return;
    Document document = m_session->document(m_kind);
    change(document);
    m_session->editDocument(m_kind, document, description);
}

void SectionPropertiesWidget::setSection(ProjectSession* session, DocumentKind kind,
                                         const QString& sectionId)
{
    if (m_session != session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_session = session;
        if (m_session)
            connect(m_session, &ProjectSession::documentChanged, this,
                    &SectionPropertiesWidget::refresh);
    }
    m_kind = kind;
    m_sectionId = sectionId;
    refresh();
}

void SectionPropertiesWidget::refresh()
{
    const Section* current = section();
    setEnabled(current != nullptr);
    const QSignalBlocker blockSource(m_source);
    m_source->setCurrentIndex(current && current->sourceLanguage == Lang::Cy ? 1 : 0);
    m_restricted->setChecked(current && current->sensitive);
    m_notApplicable->setChecked(current && current->notApplicable);
    m_reasons->setVisible(current && current->notApplicable);
    for (Lang lang : kAllLangs) {
        const QString text = current ? current->notApplicableReason.in(lang) : QString();
        if (reason(lang)->text() != text) {
            reason(lang)->setText(text);
            reason(lang)->setCursorPosition(0);
        }
    }
}

void SectionPropertiesWidget::retranslateUi()
{
    m_sourceLabel->setText(tr("&Written first in:"));
    m_source->setItemText(0, tr("English"));
    m_source->setItemText(1, tr("Welsh"));
    m_source->setToolTip(tr("The other language is the translation, whose status is tracked"));
    m_restricted->setText(tr("&Restricted"));
    m_restricted->setToolTip(tr("Never published. Material that might put anyone’s safety at risk "
                                "or prejudice crime prevention stays in the project and out of "
                                "every published document (guidance para 41b)"));
    m_notApplicable->setText(tr("&Not applicable"));
    m_notApplicable->setToolTip(
        tr("The section publishes the reason instead of a text; give it in both languages"));
    m_reasonLabel[0]->setText(tr("Reason (English):"));
    m_reasonLabel[1]->setText(tr("Reason (Welsh):"));
    refresh();
}

void SectionPropertiesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
