#include "LanguageChoiceDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

LanguageChoiceDialog::LanguageChoiceDialog(Lang suggested, QWidget* parent)
    : QDialog(parent)
    , m_choice(suggested)
{
    // Deliberately not translated: the question is asked in both languages at once.
    setWindowTitle(QStringLiteral("SNA Studio"));
    auto* question = new QLabel(
        QStringLiteral("Dewiswch iaith y rhyngwyneb.\nChoose the language of the interface."),
        this);
    question->setAlignment(Qt::AlignCenter);
    auto* welsh = new QPushButton(QStringLiteral("Cymraeg"), this);
    auto* english = new QPushButton(QStringLiteral("English"), this);
    for (QPushButton* button : {welsh, english}) {
        button->setMinimumSize(160, 48);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        button->setFont(font);
    }
    (suggested == Lang::Cy ? welsh : english)->setDefault(true);
    connect(welsh, &QPushButton::clicked, this, [this] {
        m_choice = Lang::Cy;
        accept();
    });
    connect(english, &QPushButton::clicked, this, [this] {
        m_choice = Lang::En;
        accept();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(welsh);
    buttons->addWidget(english);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(buttons);
}

} // namespace sna
