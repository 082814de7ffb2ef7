#include "FindBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sna {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_field = new QLineEdit(this);
    m_field->setClearButtonEnabled(true);
    m_label->setBuddy(m_field);
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_close = new QPushButton(this);
    m_result = new QLabel(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_result);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT findRequested(text(), false); });
    connect(m_next, &QPushButton::clicked, this, [this] { Q_EMIT findRequested(text(), false); });
    connect(m_previous, &QPushButton::clicked, this,
            [this] { Q_EMIT findRequested(text(), true); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_field, &QLineEdit::textChanged, m_result, &QLabel::clear);
    retranslateUi();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::setResult(const QString& text)
{
    m_result->setText(text);
}

void FindBar::start()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    if (event->key() == Qt::Key_Return && event->modifiers() & Qt::ShiftModifier) {
        Q_EMIT findRequested(text(), true);
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::retranslateUi()
{
    m_label->setText(tr("F&ind:"));
    m_field->setPlaceholderText(tr("Text in either language"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the find bar"));
}

void FindBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sna
