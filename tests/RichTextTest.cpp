#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "document/RichText.h"
#include "foundation/Utf8.h"

#include <QTextDocument>

using namespace sna;
using namespace sna::test;

TEST_CASE("Pasted or imported HTML keeps its structure and loses scripts, images and styles")
{
    const QString html = QStringLiteral(
        "<html><head><style>p{color:red}</style><script>alert('head')</script></head><body>"
        "<h2 style=\"font-family:'Comic Sans MS'\">Priorities</h2>"
        "<p style=\"color:red;font-size:30px\">Some <b>bold</b> and <i>italic</i> text, "
        "<a href=\"javascript:alert(1)\">a trap</a>, <a href=\"https://example.org/plan\">the "
        "plan</a> and <img src=\"https://tracker.example/pixel.png\">a picture.</p>"
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>"
        "<table><tr><th>Area</th><th>Count</th></tr><tr><td>Powys</td><td>12</td></tr></table>"
        "<script>document.write('body')</script><p onclick=\"evil()\">&lt;b&gt;not bold&lt;/b&gt;"
        "</p></body></html>");
    const QString markdown = RichText::clean(html, RichText::Format::Html);
    INFO(markdown.toStdString());
    CHECK(markdown.contains(QStringLiteral("## Priorities")));
    CHECK(markdown.contains(QStringLiteral("**bold**")));
    CHECK(markdown.contains(QStringLiteral("*italic*")));
    CHECK(markdown.contains(QStringLiteral("[the plan](https://example.org/plan)")));
    CHECK(markdown.contains(QStringLiteral("- one\n- two")));
    CHECK(markdown.contains(QStringLiteral("1. first\n2. second")));
    CHECK(markdown.contains(QStringLiteral("| Area | Count |\n|---|---|\n| Powys | 12 |")));
    CHECK(markdown.contains(QStringLiteral("a trap"))); // the text stays, the link goes
    for (const char* gone : {"javascript", "alert", "document.write", "script", "tracker", "pixel",
                             "color", "Comic", "onclick", "evil", "font-size"})
        CHECK_FALSE(markdown.contains(QLatin1String(gone), Qt::CaseInsensitive));
    // Text that looked like markup is text, and reads back as text.
    CHECK(RichText::toPlainText(markdown).contains(QStringLiteral("<b>not bold</b>")));
}

TEST_CASE("Markdown from a file is cleaned the same way")
{
    const QString markdown = RichText::clean(
        QStringLiteral("# Heading\n\nText <script>alert(1)</script>with ![logo](http://x.example/"
                       "logo.png) and [click](javascript:steal()) and <span style=\"color:red\">"
                       "red</span> and [mail](mailto:team@example.org).\n"),
        RichText::Format::Markdown);
    INFO(markdown.toStdString());
    CHECK(markdown.startsWith(QStringLiteral("# Heading")));
    CHECK_FALSE(markdown.contains(QStringLiteral("alert")));
    CHECK_FALSE(markdown.contains(QStringLiteral("logo")));
    CHECK_FALSE(markdown.contains(QStringLiteral("javascript")));
    CHECK_FALSE(markdown.contains(QStringLiteral("span")));
    CHECK(markdown.contains(QStringLiteral("click")));
    CHECK(markdown.contains(QStringLiteral("red")));
    CHECK(markdown.contains(QStringLiteral("[mail](mailto:team@example.org)")));
}

TEST_CASE("Plain text keeps every character, even those that mean something in Markdown")
{
    const QString text = QStringLiteral("Knife *crime* fell by 5% (#1 priority)\n1. not a list\n"
                                        "- nor this\n<b>nor this</b> & that_one");
    const QString markdown = RichText::clean(text, RichText::Format::PlainText);
    CHECK(RichText::toPlainText(markdown) ==
          QStringLiteral("Knife *crime* fell by 5% (#1 priority)\n1. not a list\n- nor this\n"
                         "<b>nor this</b> & that_one"));
}

TEST_CASE("Cleaned Markdown is stable: saving and loading again changes nothing")
{
    const QString source =
        QStringLiteral("## Actions\n\nWe will **reduce** *knife* crime:\n\n- in parks\n- in "
                       "towns\n    - at night\n\n1. first\n2. second\n\n| Action | Lead |\n|---|"
                       "---|\n| Outreach | Council |\n\nSee [the plan](https://example.org).");
    const QString once = RichText::clean(source, RichText::Format::Markdown);
    CHECK(RichText::clean(once, RichText::Format::Markdown) == once);
    QTextDocument document;
    document.setMarkdown(once, RichText::kFeatures);
    CHECK(RichText::markdownOf(document) == once);
    // The table is still a table after the round trip (Qt's own writer loses it).
    CHECK(once.contains(QStringLiteral("| Action | Lead |\n|---|---|\n| Outreach | Council |")));
    CHECK(once.contains(QStringLiteral("    - at night")));
}

TEST_CASE("Text that is not UTF-8 is refused with the position of the first bad byte")
{
    CHECK(Utf8::firstInvalidByte("plain ascii") == -1);
    CHECK(Utf8::firstInvalidByte(QStringLiteral("Gŵyl ŷd – “dyfynnu”").toUtf8()) == -1);
    CHECK(Utf8::firstInvalidByte("caf\xE9 au lait") == 3);     // Latin-1 é
    CHECK(Utf8::firstInvalidByte("ok\xC0\xAF") == 2);          // overlong '/'
    CHECK(Utf8::firstInvalidByte("ok\xED\xA0\x80") == 2);      // a UTF-16 surrogate
    CHECK(Utf8::firstInvalidByte("ok\xF4\x90\x80\x80") == 2);  // above U+10FFFF
    CHECK(Utf8::firstInvalidByte("truncated \xE2\x82") == 10); // cut short
    CHECK(Utf8::firstInvalidByte("\xFF") == 0);

    const QByteArray bytes = "Line one\nGwasanaeth \x96 Service\n";
    auto decoded = Utf8::decode(bytes, QStringLiteral("“notes.md”"));
    REQUIRE_FALSE(decoded.ok());
    const QString message = decoded.error().message;
    CHECK(message.contains(QStringLiteral("“notes.md”")));
    CHECK(message.contains(QStringLiteral("0x96")));
    CHECK(message.contains(QStringLiteral("byte offset 20")));
    CHECK(message.contains(QStringLiteral("line 2, column 12")));

    auto withBom = Utf8::decode("\xEF\xBB\xBFHelo", QStringLiteral("x"));
    REQUIRE(withBom.ok());
    CHECK(withBom.value() == QStringLiteral("Helo"));
}
