#include "DisclosureCommand.h"

#include "CommandLine.h"

#include "analysis/AnalysisSettings.h"
#include "foundation/UiLanguage.h"
#include "project/Project.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace sna {

DisclosureCommand::DisclosureCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString DisclosureCommand::summary()
{
    return tr("  disclosure  show or change what published figures withhold");
}

QString DisclosureCommand::usage()
{
    return tr("Usage: sna disclosure FILE.sna [--json] [--health N] [--other N]\n"
              "                      [--round-health N] [--round-other N] [--rate-minimum N]\n"
              "                      [--baseline YEAR|none]\n"
              "Shows the disclosure control applied to everything exported or published: counts "
              "from 1 to N are withheld (shown as “*”) for health sources (--health, default 7) "
              "and for other sources (--other, default 2); counts can be rounded to a multiple "
              "(--round-health, --round-other; 0: exact); a rate is published only when it rests "
              "on at least --rate-minimum events (default 10). --baseline sets the financial "
              "year (2023 for 2023/24) that change is measured against. With options, the "
              "project is changed first; values out of range change nothing.");
}

int DisclosureCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show help for this command."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption health(QStringLiteral("health"), tr("Health sources threshold."),
                                    QStringLiteral("N"));
    const QCommandLineOption other(QStringLiteral("other"), tr("Other sources threshold."),
                                   QStringLiteral("N"));
    const QCommandLineOption roundHealth(QStringLiteral("round-health"),
                                         tr("Rounding of health counts."), QStringLiteral("N"));
    const QCommandLineOption roundOther(QStringLiteral("round-other"),
                                        tr("Rounding of other counts."), QStringLiteral("N"));
    const QCommandLineOption rateMinimum(QStringLiteral("rate-minimum"),
                                         tr("Fewest events for a rate."), QStringLiteral("N"));
    const QCommandLineOption baseline(QStringLiteral("baseline"), tr("Baseline year."),
                                      QStringLiteral("YEAR"));
    parser.addOptions({help, json, health, other, roundHealth, roundOther, rateMinimum, baseline});
    if (!parser.parse(arguments))
        return CommandLine::usageError(m_err, QString::fromLatin1(kName), parser.errorText());
    if (parser.isSet(help)) {
        m_out << usage() << Qt::endl;
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(m_err, QString::fromLatin1(kName),
                                       tr("give one project file: sna disclosure FILE.sna"));

    // Every value is read before the project is opened: a typing error changes nothing.
    const auto number = [&](const QCommandLineOption& option, int& into) -> bool {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok) {
            CommandLine::usageError(m_err, QString::fromLatin1(kName),
                                    tr("--%1 takes a whole number, not “%2”.")
                                        .arg(option.names().constFirst(), parser.value(option)));
            return false;
        }
        into = value;
        return true;
    };
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return CommandLine::failure(m_err, project.error().fullText());
    AnalysisSettingsStore store(*project.value());
    auto loaded = store.load();
    if (!loaded)
        return CommandLine::failure(m_err, loaded.error().fullText());
    AnalysisSettings settings = loaded.value();
    if (!number(health, settings.healthSuppressionMax) ||
        !number(other, settings.otherSuppressionMax) ||
        !number(roundHealth, settings.healthRoundTo) ||
        !number(roundOther, settings.otherRoundTo) ||
        !number(rateMinimum, settings.rateMinimumEvents))
        return 2;
    if (parser.isSet(baseline)) {
        if (parser.value(baseline) == QLatin1String("none"))
            settings.baselineYear = 0;
        else if (!number(baseline, settings.baselineYear))
            return 2;
    }
    if (settings != loaded.value()) {
        if (auto saved = store.save(settings); !saved)
            return CommandLine::failure(m_err, saved.error().fullText());
    }

    const Lang lang = UiLanguage::instance().current();
    const QString statement = DisclosureControl::statement(settings.rule(SourceClass::Health),
                                                           settings.rule(SourceClass::Other), lang);
    if (parser.isSet(json)) {
        const QJsonObject out{
            {QStringLiteral("health_suppression_max"), settings.healthSuppressionMax},
            {QStringLiteral("other_suppression_max"), settings.otherSuppressionMax},
            {QStringLiteral("health_round_to"), settings.healthRoundTo},
            {QStringLiteral("other_round_to"), settings.otherRoundTo},
            {QStringLiteral("rate_minimum_events"), settings.rateMinimumEvents},
            {QStringLiteral("baseline_year"),
             settings.baselineYear ? QJsonValue(settings.baselineYear) : QJsonValue()},
            {QStringLiteral("statement_en"),
             DisclosureControl::statement(settings.rule(SourceClass::Health),
                                          settings.rule(SourceClass::Other), Lang::En)},
            {QStringLiteral("statement_cy"),
             DisclosureControl::statement(settings.rule(SourceClass::Health),
                                          settings.rule(SourceClass::Other), Lang::Cy)}};
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        m_out.flush();
        return 0;
    }
    // Keys, not words, in the first column: the same whatever --ui-lang says.
    m_out << QStringLiteral("health\t%1\n").arg(settings.healthSuppressionMax)
          << QStringLiteral("other\t%1\n").arg(settings.otherSuppressionMax)
          << QStringLiteral("round-health\t%1\n").arg(settings.healthRoundTo)
          << QStringLiteral("round-other\t%1\n").arg(settings.otherRoundTo)
          << QStringLiteral("rate-minimum\t%1\n").arg(settings.rateMinimumEvents)
          << QStringLiteral("baseline\t%1\n")
                 .arg(settings.baselineYear ? QString::number(settings.baselineYear)
                                            : QStringLiteral("none"))
          << statement << Qt::endl;
    return 0;
}

} // namespace sna
