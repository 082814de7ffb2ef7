#include <catch2/catch.hpp>

#include "import/CsvReader.h"

#include <QBuffer>

#include <string>
#include <vector>

using namespace sna;

namespace {
struct Parsed {
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> lines;
    QString error;
    qint64 errorLine = 0;
    bool bom = false;
};

Parsed parse(const QByteArray& input, qsizetype bufferSize = 1 << 20)
{
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, bufferSize);
    Parsed parsed;
    while (reader.next()) {
        std::vector<std::string> fields;
        for (std::string_view field : reader.fields())
            fields.emplace_back(field);
        parsed.records.push_back(fields);
        parsed.lines.push_back(reader.lineNumber());
    }
    parsed.error = reader.errorString();
    parsed.errorLine = reader.errorLine();
    parsed.bom = reader.hadByteOrderMark();
    return parsed;
}

using Rows = std::vector<std::vector<std::string>>;
} // namespace

TEST_CASE("CSV: plain, quoted and empty fields, LF and CRLF")
{
    for (const char* eol : {"\n", "\r\n"}) {
        const QByteArray input = QByteArray("a,b,c") + eol + "1,,\"x, y\"" + eol + ",\"\",z" + eol;
        const Parsed parsed = parse(input);
        CHECK(parsed.error.isEmpty());
        CHECK(parsed.records == Rows{{"a", "b", "c"}, {"1", "", "x, y"}, {"", "", "z"}});
        CHECK(parsed.lines == std::vector<qint64>{1, 2, 3});
    }
}

TEST_CASE("CSV: escaped quotes and line breaks inside quotes keep physical line numbers")
{
    const QByteArray input = "id,text\n1,\"she said \"\"hi\"\"\"\n2,\"two\nlines\r\nhere\"\n3,last";
    const Parsed parsed = parse(input);
    REQUIRE(parsed.error.isEmpty());
    CHECK(
        parsed.records ==
        Rows{{"id", "text"}, {"1", "she said \"hi\""}, {"2", "two\nlines\r\nhere"}, {"3", "last"}});
    CHECK(parsed.lines == std::vector<qint64>{1, 2, 3, 6});
}

TEST_CASE("CSV: a UTF-8 byte-order mark is skipped and Welsh text survives byte for byte")
{
    const QByteArray welsh = "Ynys Môn,Rhondda Cynon Taf,Bro Morgannwg,ŵŷ";
    const Parsed parsed = parse("\xEF\xBB\xBF" + welsh + "\n");
    CHECK(parsed.bom);
    REQUIRE(parsed.records.size() == 1);
    CHECK(parsed.records[0] ==
          std::vector<std::string>{"Ynys Môn", "Rhondda Cynon Taf", "Bro Morgannwg", "ŵŷ"});
}

TEST_CASE("CSV: records that straddle the read buffer are reassembled")
{
    QByteArray input;
    Rows expected;
    for (int i = 0; i < 200; ++i) {
        const std::string text = "row " + std::to_string(i) + " with \"\"quotes\"\" and, commas";
        input += QByteArray::number(i) + ",\"" + QByteArray::fromStdString(text) + "\",end\r\n";
        std::string unescaped = "row " + std::to_string(i) + " with \"quotes\" and, commas";
        expected.push_back({std::to_string(i), unescaped, "end"});
    }
    for (qsizetype size : {64, 97, 4096}) {
        const Parsed parsed = parse(input, size);
        REQUIRE(parsed.error.isEmpty());
        CHECK(parsed.records == expected);
    }
}

TEST_CASE("CSV: blank lines are not records; a last line without a break is")
{
    const Parsed parsed = parse("a,b\n\n1,2\n\n3,4");
    CHECK(parsed.records == Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}});
    CHECK(parsed.lines == std::vector<qint64>{1, 3, 5});
}

TEST_CASE("CSV: an unterminated quote is an error naming its line")
{
    const Parsed parsed = parse("a,b\n1,\"open\n2,3\n");
    CHECK(parsed.records == Rows{{"a", "b"}});
    CHECK(parsed.errorLine == 2);
    CHECK(parsed.error.contains(QStringLiteral("line 2")));
    CHECK(parsed.error.contains(QStringLiteral("never closed")));
}

TEST_CASE("CSV: text after a closing quote is an error naming line and field")
{
    const Parsed parsed = parse("a,b\n\"x\"y,2\n");
    CHECK(parsed.records == Rows{{"a", "b"}});
    CHECK(parsed.errorLine == 2);
    CHECK(parsed.error.contains(QStringLiteral("Line 2, field 1")));
}

TEST_CASE("CSV: a trailing comma gives a trailing empty field")
{
    const Parsed parsed = parse("a,b,\n1,2,");
    CHECK(parsed.records == Rows{{"a", "b", ""}, {"1", "2", ""}});
}

TEST_CASE("CSV: CRLF records with a bare LF inside a quoted field, a short last row")
{
    // As OHID Fingertips writes them: the indicator name ends in a bare LF inside quotes.
    const QByteArray input = "ID,Name,Value,Note\r\n93356,\"Rate/100,000\n\",94.7,\r\n"
                             "93356,\"Rate/100,000\n\",69.6\r\n";
    const Parsed parsed = parse(input);
    REQUIRE(parsed.error.isEmpty());
    CHECK(parsed.records == Rows{{"ID", "Name", "Value", "Note"},
                                 {"93356", "Rate/100,000\n", "94.7", ""},
                                 {"93356", "Rate/100,000\n", "69.6"}});
    CHECK(parsed.lines == std::vector<qint64>{1, 2, 4});
}
