#include "DisclosureSettingsDialog.h"

#include "ProjectSession.h"
#include "analysis/Measures.h"
#include "foundation/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sna {

DisclosureSettingsDialog::DisclosureSettingsDialog(ProjectSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_initial(session.analysis().settings)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const auto labelled = [this](QLabel*& label, auto*& field) {
        label = new QLabel(this); // not wrapped: a wrapped label in a form row gets clipped
        field = new std::remove_reference_t<decltype(*field)>(this);
        label->setBuddy(field);
    };
    labelled(m_healthLabel, m_health);
    labelled(m_otherLabel, m_other);
    labelled(m_healthRoundLabel, m_healthRound);
    labelled(m_otherRoundLabel, m_otherRound);
    labelled(m_rateMinimumLabel, m_rateMinimum);
    labelled(m_baselineLabel, m_baseline);
    // The limits AnalysisSettings::validate accepts.
    for (QSpinBox* box : {m_health, m_other, m_rateMinimum})
        box->setRange(0, 100);
    m_health->setValue(m_initial.healthSuppressionMax);
    m_other->setValue(m_initial.otherSuppressionMax);
    m_rateMinimum->setValue(m_initial.rateMinimumEvents);
    m_statementTitle = new QLabel(this);
    m_statement = new QLabel(this);
    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statement->setStyleSheet(QStringLiteral("QLabel { background: #EEF4FA; padding: 6px; }"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #7A1F12; }"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_healthLabel, m_health);
    form->addRow(m_otherLabel, m_other);
    form->addRow(m_healthRoundLabel, m_healthRound);
    form->addRow(m_otherRoundLabel, m_otherRound);
    form->addRow(m_rateMinimumLabel, m_rateMinimum);
    form->addRow(m_baselineLabel, m_baseline);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_statementTitle);
    layout->addWidget(m_statement);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QSpinBox* box : {m_health, m_other, m_rateMinimum})
        connect(box, &QSpinBox::valueChanged, this, &DisclosureSettingsDialog::updateStatement);
    for (QComboBox* box : {m_healthRound, m_otherRound})
        connect(box, &QComboBox::currentIndexChanged, this,
                &DisclosureSettingsDialog::updateStatement);
    retranslateUi();
    resize(sizeHint());
}

void DisclosureSettingsDialog::fillChoices()
{
    const auto refill = [](QComboBox* box, const QList<QPair<QString, int>>& items, int current) {
        const QSignalBlocker blocker(box);
        const QVariant chosen = box->count() ? box->currentData() : QVariant(current);
        box->clear();
        for (const auto& [text, value] : items)
            box->addItem(text, value);
        if (box->findData(chosen) < 0) // a value set elsewhere (the command line) is kept
            box->addItem(QString::number(chosen.toInt()), chosen);
        box->setCurrentIndex(box->findData(chosen));
    };
    const QList<QPair<QString, int>> rounding{
        {tr("No rounding"), 0}, {tr("To the nearest 5"), 5}, {tr("To the nearest 10"), 10}};
    refill(m_healthRound, rounding, m_initial.healthRoundTo);
    refill(m_otherRound, rounding, m_initial.otherRoundTo);
    // Baselines: the financial years the data covers, latest first.
    QList<QPair<QString, int>> years{{tr("None"), 0}};
    if (const auto& data = m_session.analysis().analysis) {
        const int last = Measures::latestMonth(*data);
        if (last > 0) {
            const int lastYear = last % 100 >= 4 ? last / 100 : last / 100 - 1;
            for (int year = lastYear; year > lastYear - 10; --year)
                years.append({QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10,
                                                                    QLatin1Char('0')),
                              year});
        }
    }
    refill(m_baseline, years, m_initial.baselineYear);
}

AnalysisSettings DisclosureSettingsDialog::settings() const
{
    AnalysisSettings settings = m_initial;
    settings.healthSuppressionMax = m_health->value();
    settings.otherSuppressionMax = m_other->value();
    settings.healthRoundTo = m_healthRound->currentData().toInt();
    settings.otherRoundTo = m_otherRound->currentData().toInt();
    settings.rateMinimumEvents = m_rateMinimum->value();
    settings.baselineYear = m_baseline->currentData().toInt();
    return settings;
}

Status DisclosureSettingsDialog::apply()
{
    const Status applied =
        m_session.editAnalysisSettings(settings(), tr("Change disclosure control"));
    m_error->setVisible(!applied);
    if (!applied)
        m_error->setText(applied.error().fullText());
    return applied;
}

void DisclosureSettingsDialog::updateStatement()
{
    const AnalysisSettings current = settings();
    m_statement->setText(DisclosureControl::statement(current.rule(SourceClass::Health),
                                                      current.rule(SourceClass::Other),
                                                      UiLanguage::instance().current()));
}

void DisclosureSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DisclosureSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Disclosure Control"));
    m_intro->setText(tr("What is withheld from every figure that leaves your screen: exports, "
                        "documents and published summaries. Your own view in the Analysis tab "
                        "keeps exact figures."));
    m_healthLabel->setText(tr("Withhold counts from &health sources from 1 to:"));
    m_otherLabel->setText(tr("Withhold counts from &other sources from 1 to:"));
    m_healthRoundLabel->setText(tr("Round counts from health so&urces:"));
    m_otherRoundLabel->setText(tr("Round counts from other sou&rces:"));
    m_rateMinimumLabel->setText(tr("&Fewest events behind a published rate:"));
    m_baselineLabel->setText(tr("&Baseline year for change:"));
    m_statementTitle->setText(tr("Documents will say:"));
    for (QSpinBox* box : {m_health, m_other, m_rateMinimum})
        box->setAccessibleName(box == m_health  ? tr("Health sources threshold")
                               : box == m_other ? tr("Other sources threshold")
                                                : tr("Fewest events for a rate"));
    m_healthRound->setAccessibleName(tr("Rounding of health counts"));
    m_otherRound->setAccessibleName(tr("Rounding of other counts"));
    m_baseline->setAccessibleName(tr("Baseline year"));
    m_statement->setAccessibleName(tr("Disclosure statement"));
    fillChoices();
    updateStatement();
}

} // namespace sna
