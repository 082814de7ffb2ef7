#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations;
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Message{context,
                                  {},
                                  {},
                                  xml.attributes().value(QLatin1String("numerus")) ==
                                      QLatin1String("yes"),
                                  {}};
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// The committed catalogue, brought up to date with the current sources by lupdate (without
// dropping anything), so strings added without a translation are caught.
QList<Message> refreshedCatalogue(const QString& tsName, const QStringList& extraOptions = {})
{
    static QTemporaryDir dir;
    const QString copy = dir.filePath(tsName);
    QFile::remove(copy);
    REQUIRE(QFile::copy(QStringLiteral(SNA_SOURCE_DIR "/translations/") + tsName, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    QStringList arguments{
        QStringLiteral("-locations"),           QStringLiteral("none"),
        QStringLiteral("-extensions"),          QStringLiteral("cpp,h"),
        QStringLiteral(SNA_SOURCE_DIR "/core"), QStringLiteral(SNA_SOURCE_DIR "/ui"),
        QStringLiteral(SNA_SOURCE_DIR "/app")};
    arguments << extraOptions << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(SNA_LUPDATE), arguments);
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(copy);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?\\d|L?n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

TEST_CASE("Every interface message has a finished Welsh translation, none vanished")
{
    const QList<Message> messages = refreshedCatalogue(QStringLiteral("sna_cy.ts"));
    REQUIRE(messages.size() > 100);
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        if (message.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished — ") + where;
        else if (message.type == QLatin1String("vanished") ||
                 message.type == QLatin1String("obsolete"))
            problems << QStringLiteral("vanished — ") + where;
        else if (message.translations.isEmpty() || message.translations.contains(QString()))
            problems << QStringLiteral("empty — ") + where;
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Welsh plural messages fill all five Qt numerus forms")
{
    const QList<Message> messages = refreshedCatalogue(QStringLiteral("sna_cy.ts"));
    for (const Message& message : messages) {
        if (!message.numerus)
            continue;
        INFO(message.source.toStdString());
        CHECK(message.translations.size() == 5);
    }
}

TEST_CASE("Welsh translations keep every placeholder of the English")
{
    const QList<Message> messages = refreshedCatalogue(QStringLiteral("sna_cy.ts"));
    for (const Message& message : messages) {
        for (const QString& translation : message.translations) {
            INFO((message.source + QStringLiteral(" → ") + translation).toStdString());
            // Every form keeps the count too: Welsh prefers labels such as "Rhesi: %Ln".
            CHECK(placeholders(translation) == placeholders(message.source));
        }
    }
}

TEST_CASE("English plural forms are complete")
{
    const QList<Message> messages =
        refreshedCatalogue(QStringLiteral("sna_en.ts"), {QStringLiteral("-pluralonly")});
    for (const Message& message : messages) {
        INFO(message.source.toStdString());
        CHECK(message.type.isEmpty());
        CHECK(message.translations.size() == 2);
    }
}
