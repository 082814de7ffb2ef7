#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "document/DocumentTemplates.h"
#include "document/TranslationPack.h"

#include <QXmlStreamReader>

using namespace sna;
using namespace sna::test;

namespace {
TranslatableContent sample()
{
    TranslatableContent content;
    content.strategy = DocumentTemplates::strategy();
    content.sna = DocumentTemplates::sna();
    content.strategy.setBody(QStringLiteral("delivery"), Lang::En,
                             QStringLiteral("We meet monthly."));
    content.strategy.setBody(QStringLiteral("governance"), Lang::En,
                             QStringLiteral("The board meets."));
    content.strategy.setBody(QStringLiteral("governance"), Lang::Cy,
                             QStringLiteral("Mae’r bwrdd yn cyfarfod."));
    content.strategy.setBody(QStringLiteral("governance"), Lang::En,
                             QStringLiteral("The board meets quarterly."));
    Action action;
    action.title.en = QStringLiteral("Youth outreach");
    content.plan.addAction(action);
    return content;
}

// Fills in the targets of a pack as a translator would, by unit id.
QByteArray translate(const QByteArray& pack, const QHash<QString, QString>& targets,
                     const QHash<QString, QString>& sources = {})
{
    QString text = QString::fromUtf8(pack);
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        const qsizetype unit = text.indexOf(QStringLiteral("id=\"%1\"").arg(it.key()));
        REQUIRE(unit >= 0);
        const qsizetype open = text.indexOf(QStringLiteral("<target"), unit);
        const qsizetype contentStart = text.indexOf(QLatin1Char('>'), open) + 1;
        const qsizetype close = text.indexOf(QStringLiteral("</target>"), open);
        text.replace(contentStart, close - contentStart, it.value());
    }
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const qsizetype unit = text.indexOf(QStringLiteral("id=\"%1\"").arg(it.key()));
        const qsizetype open = text.indexOf(QStringLiteral("<source>"), unit) + 8;
        const qsizetype close = text.indexOf(QStringLiteral("</source>"), open);
        text.replace(open, close - open, it.value());
    }
    return text.toUtf8();
}
} // namespace

TEST_CASE("A translation pack is XLIFF 1.2 with each text's state")
{
    const TranslatableContent content = sample();
    TranslationPack::ExportSummary summary;
    const QByteArray pack = TranslationPack::write(content, {}, &summary);
    const QString text = QString::fromUtf8(pack);
    CHECK(text.contains(QStringLiteral("urn:oasis:names:tc:xliff:document:1.2")));
    CHECK(text.contains(QStringLiteral("source-language=\"en\" target-language=\"cy\"")));
    CHECK(text.contains(QStringLiteral("id=\"strategy/delivery/body\"")));
    CHECK(text.contains(QStringLiteral("id=\"action-plan/action/1/title\"")));
    QXmlStreamReader xml(pack);
    QHash<QString, QString> states;
    QString unit;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("trans-unit"))
            unit = xml.attributes().value(QLatin1String("id")).toString();
        if (xml.isStartElement() && xml.name() == QLatin1String("target"))
            states.insert(unit, xml.attributes().value(QLatin1String("state")).toString());
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(states.value(QStringLiteral("strategy/delivery/body")) ==
          QLatin1String("needs-translation"));
    CHECK(states.value(QStringLiteral("strategy/governance/body")) ==
          QLatin1String("needs-review-translation"));
    CHECK(states.value(QStringLiteral("strategy/governance/title")) == QLatin1String("translated"));
    CHECK(states.value(QStringLiteral("action-plan/action/1/title")) ==
          QLatin1String("needs-translation"));
    CHECK(summary.needed == 3);

    TranslationPack::ExportOptions onlyNeeded;
    onlyNeeded.onlyNeeded = true;
    const QString needed = QString::fromUtf8(TranslationPack::write(content, onlyNeeded));
    CHECK_FALSE(needed.contains(QStringLiteral("strategy/governance/title")));
    CHECK(needed.contains(QStringLiteral("strategy/governance/body")));
}

TEST_CASE("Importing a returned pack updates translations and their status")
{
    TranslatableContent content = sample();
    const QByteArray pack = TranslationPack::write(content, {});
    const QByteArray returned = translate(
        pack,
        {{QStringLiteral("strategy/delivery/body"),
          QStringLiteral("Rydym yn cyfarfod yn **fisol**.")},
         {QStringLiteral("strategy/governance/body"),
          QStringLiteral("Mae’r bwrdd yn cyfarfod bob chwarter.")},
         {QStringLiteral("action-plan/action/1/title"), QStringLiteral("Allgymorth ieuenctid")}});
    auto report = TranslationPack::apply(returned, QStringLiteral("pack.xlf"), content);
    REQUIRE(report.ok());
    CHECK(report.value().updated == 3);
    const Section* delivery = content.strategy.section(QStringLiteral("delivery"));
    CHECK(delivery->body.cy == QStringLiteral("Rydym yn cyfarfod yn **fisol**."));
    CHECK(delivery->translationStatus() == TranslationStatus::UpToDate);
    CHECK(content.strategy.section(QStringLiteral("governance"))->translationStatus() ==
          TranslationStatus::UpToDate);
    CHECK(content.plan.action(1)->title.cy == QStringLiteral("Allgymorth ieuenctid"));
    CHECK(content.plan.action(1)->translationStatus() == TranslationStatus::UpToDate);
}

TEST_CASE("A translation of a source that has changed since the pack was made stays stale")
{
    TranslatableContent content = sample();
    const QByteArray pack = TranslationPack::write(content, {});
    content.strategy.setBody(QStringLiteral("delivery"), Lang::En,
                             QStringLiteral("We meet every month."));
    auto report =
        TranslationPack::apply(translate(pack, {{QStringLiteral("strategy/delivery/body"),
                                                 QStringLiteral("Rydym yn cyfarfod yn fisol.")}}),
                               QStringLiteral("pack.xlf"), content);
    REQUIRE(report.ok());
    CHECK(report.value().outdated == 1);
    const Section* delivery = content.strategy.section(QStringLiteral("delivery"));
    CHECK(delivery->body.cy == QStringLiteral("Rydym yn cyfarfod yn fisol."));
    CHECK(delivery->translationStatus() == TranslationStatus::Stale);
}

TEST_CASE("A stale translation returned unchanged as translated is confirmed")
{
    TranslatableContent content = sample();
    QByteArray pack = TranslationPack::write(content, {});
    pack.replace("state=\"needs-review-translation\"", "state=\"final\"");
    auto report = TranslationPack::apply(pack, QStringLiteral("pack.xlf"), content);
    REQUIRE(report.ok());
    CHECK(report.value().confirmed == 1);
    CHECK(content.strategy.section(QStringLiteral("governance"))->translationStatus() ==
          TranslationStatus::UpToDate);
}

TEST_CASE("A pack that cannot be read changes nothing and says why")
{
    const TranslatableContent original = sample();
    TranslatableContent content = original;
    const QByteArray pack = TranslationPack::write(content, {});

    QByteArray notUtf8 =
        translate(pack, {{QStringLiteral("strategy/delivery/body"), QStringLiteral("Rydym")}});
    const qsizetype at = notUtf8.indexOf("Rydym");
    notUtf8.insert(at + 5, "\xE2\x28\xA1");
    auto refused = TranslationPack::apply(notUtf8, QStringLiteral("pack.xlf"), content);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("byte offset %1").arg(at + 5)));
    CHECK(content == original);

    QByteArray broken =
        translate(pack, {{QStringLiteral("strategy/delivery/body"), QStringLiteral("Rydym")}});
    broken.chop(30);
    auto malformed = TranslationPack::apply(broken, QStringLiteral("pack.xlf"), content);
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().message.contains(QStringLiteral("line")));
    CHECK(content == original);

    auto notXliff = TranslationPack::apply("<html/>", QStringLiteral("page.html"), content);
    REQUIRE_FALSE(notXliff.ok());
    CHECK(notXliff.error().message.contains(QStringLiteral("XLIFF")));
}

TEST_CASE("Units for sections that no longer exist are skipped and reported")
{
    TranslatableContent content = sample();
    const QByteArray pack =
        translate(TranslationPack::write(content, {}),
                  {{QStringLiteral("strategy/delivery/body"), QStringLiteral("Rydym.")}});
    content.strategy.removeSection(QStringLiteral("delivery"));
    auto report = TranslationPack::apply(pack, QStringLiteral("pack.xlf"), content);
    REQUIRE(report.ok());
    CHECK(report.value().skipped >= 1);
    CHECK(report.value()
              .notes.join(QLatin1Char('\n'))
              .contains(QStringLiteral("strategy/delivery/body")));
}
