#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "import/CsvReader.h"
#include "import/HeaderIndex.h"
#include "import/TextDecodingDevice.h"
#include "import/ValueParsers.h"

#include <QBuffer>

using namespace sna;

namespace {
struct Decoded {
    QByteArray text;
    TextEncoding encoding;
};

Decoded decode(const QByteArray& input, TextEncoding encoding, qint64 chunk = 4096)
{
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    TextDecodingDevice device(&buffer, encoding);
    device.open(QIODevice::ReadOnly);
    QByteArray out;
    QByteArray part(chunk, Qt::Uninitialized);
    while (true) {
        const qint64 got = device.read(part.data(), chunk);
        if (got <= 0)
            break;
        out.append(part.constData(), got);
    }
    return {out, device.encoding()};
}
} // namespace

TEST_CASE("Encoding: UTF-8 passes untouched, Windows-1252 is detected and converted")
{
    const QByteArray welsh = "Ynys M\xC3\xB4n,Rhondda Cynon Taf,Bro Morgannwg,\xC5\xB5\xC5\xB7\n";
    const Decoded utf8 = decode(welsh, TextEncoding::Auto);
    CHECK(utf8.text == welsh); // byte for byte
    CHECK(utf8.encoding == TextEncoding::Utf8);

    // Windows-1252: é, ô, the euro sign and curly quotes (0x80–0x9F differ from Latin-1).
    const QByteArray windows = "Caf\xE9,Ynys M\xF4n,\x80 5,\x93quoted\x94\n";
    const Decoded converted = decode(windows, TextEncoding::Auto);
    CHECK(converted.encoding == TextEncoding::Windows1252);
    CHECK(QString::fromUtf8(converted.text) == QStringLiteral("Café,Ynys Môn,€ 5,“quoted”\n"));

    // ASCII only: nothing to decide.
    CHECK(decode("a,b\n", TextEncoding::Auto).encoding == TextEncoding::Auto);
}

TEST_CASE("Encoding: detection works when the first non-ASCII byte is far in and split")
{
    QByteArray ascii(10000, 'a');
    ascii += "\n";
    // The two bytes of ô straddle a read: held back until the next one.
    for (qint64 chunk : {4096, 10001, 10002, 7}) {
        const Decoded d = decode(ascii + "M\xC3\xB4n\n", TextEncoding::Auto, chunk);
        CHECK(d.encoding == TextEncoding::Utf8);
        CHECK(d.text == ascii + "M\xC3\xB4n\n");
        const Decoded w = decode(ascii + "M\xF4n\n", TextEncoding::Auto, chunk);
        CHECK(w.encoding == TextEncoding::Windows1252);
        CHECK(w.text == ascii + "M\xC3\xB4n\n");
    }
    // Chosen by hand.
    CHECK(decode("M\xF4n", TextEncoding::Windows1252).text == QByteArray("M\xC3\xB4n"));
    CHECK(decode("M\xF4n", TextEncoding::Utf8).text == QByteArray("M\xF4n"));
}

TEST_CASE("Values: months, dates and periods as partners write them")
{
    CHECK(ValueParsers::month("2019-01") == 201901);
    CHECK(ValueParsers::month("2019-13") == 0);
    CHECK(ValueParsers::month("2019-1") == 0);
    CHECK(ValueParsers::date("31/03/2024") == QDate(2024, 3, 31));
    CHECK(ValueParsers::date("2024-03-31T10:00:00+01:00") == QDate(2024, 3, 31));
    CHECK(ValueParsers::date("31.03.24") == QDate(2024, 3, 31));
    CHECK_FALSE(ValueParsers::date("31/02/2024"));
    CHECK(ValueParsers::date("03-31-2024", QStringLiteral("MM-dd-yyyy")) == QDate(2024, 3, 31));
    const auto span = [](const char* text, YearSpanStyle style = YearSpanStyle::Financial) {
        const auto p = ValueParsers::period(text, style);
        return p ? QStringLiteral("%1-%2").arg(p->start).arg(p->end) : QString();
    };
    CHECK(span("2024-01") == QLatin1String("202401-202401"));
    CHECK(span("Jan 2024") == QLatin1String("202401-202401"));
    CHECK(span("Ionawr 2024") == QLatin1String("202401-202401"));
    CHECK(span("Jan-24") == QLatin1String("202401-202401"));
    CHECK(span("2024 Q2") == QLatin1String("202404-202406"));
    CHECK(span("2024") == QLatin1String("202401-202412"));
    CHECK(span("2019/20") == QLatin1String("201904-202003"));
    CHECK(span("201920", YearSpanStyle::Academic) == QLatin1String("201909-202008"));
    CHECK(span("2016 - 18") == QLatin1String("201601-201812"));
    CHECK(span("2015/16 - 17/18") == QLatin1String("201504-201803"));
    CHECK(span("last year").isEmpty());
}

TEST_CASE("Values: numbers, suppression marks, flags and area codes")
{
    CHECK(ValueParsers::number("1,234") == 1234.0);
    CHECK(ValueParsers::number(" 12.5 ") == 12.5);
    CHECK_FALSE(ValueParsers::number("x"));
    CHECK(ValueParsers::integer("7") == 7);
    CHECK_FALSE(ValueParsers::integer("7.5"));
    for (const char* mark : {"x", "c", "z", "low", ":", "..", "*", "<5", "[c]"})
        CHECK(ValueParsers::isSuppressionMark(mark));
    CHECK_FALSE(ValueParsers::isSuppressionMark("12"));
    CHECK_FALSE(ValueParsers::isSuppressionMark("twelve"));
    CHECK(ValueParsers::flag("TRUE") == true);
    CHECK(ValueParsers::flag("false") == false);
    CHECK(ValueParsers::flag("Ie") == true);
    CHECK_FALSE(ValueParsers::flag("maybe"));
    CHECK(ValueParsers::isAreaCode("W14000001", QStringLiteral("csp")));
    CHECK(ValueParsers::isAreaCode("E22000186", QStringLiteral("csp")));
    CHECK(ValueParsers::isAreaCode("W15000001", QStringLiteral("pfa")));
    CHECK(ValueParsers::isAreaCode("E10000018", QStringLiteral("utla")));
    CHECK(ValueParsers::isAreaCode("E06000016", QStringLiteral("utla")));
    CHECK_FALSE(ValueParsers::isAreaCode("E07000129", QStringLiteral("utla")));
    CHECK_FALSE(ValueParsers::isAreaCode("E01025631", QStringLiteral("lad")));
    CHECK(HeaderIndex::key(QStringLiteral("Officer-defined ethnicity")) ==
          HeaderIndex::key(QStringLiteral("officer_defined ETHNICITY")));
}
