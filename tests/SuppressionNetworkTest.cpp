#include <catch2/catch.hpp>

#include "analysis/SuppressionNetwork.h"
#include "import/ValueParsers.h"

using namespace sna;

TEST_CASE("Secondary suppression: one small month in a total hides a second month")
{
    SuppressionNetwork network;
    const DisclosureRule rule; // 1–2 hidden
    const int total = network.add(51, rule);
    const int january = network.add(30, rule);
    const int february = network.add(1, rule);
    const int march = network.add(20, rule);
    network.addRelation({january, february, march}, total);
    network.run();
    CHECK(network.hidden(february));
    CHECK_FALSE(network.hidden(total)); // the total stays shown
    // The smallest other month goes with it, so February cannot be worked out.
    CHECK(network.hidden(march));
    CHECK_FALSE(network.hidden(january));
    CHECK(network.hiddenCount() == 2);
}

TEST_CASE("Secondary suppression: a figure fixed by two sums together is protected")
{
    // A 2 × 2 table with margins: rows r1 = a + b, r2 = c + d; columns c1 = a + c, c2 = b + d.
    SuppressionNetwork network;
    const DisclosureRule rule;
    const int a = network.add(1, rule);
    const int b = network.add(10, rule);
    const int c = network.add(12, rule);
    const int d = network.add(15, rule);
    const int r1 = network.add(11, rule);
    const int r2 = network.add(27, rule);
    const int c1 = network.add(13, rule);
    const int c2 = network.add(25, rule);
    network.addRelation({a, b}, r1);
    network.addRelation({c, d}, r2);
    network.addRelation({a, c}, c1);
    network.addRelation({b, d}, c2);
    network.run();
    CHECK(network.hidden(a));
    QString pattern;
    for (int cell : {a, b, c, d, r1, r2, c1, c2})
        pattern += network.hidden(cell) ? QLatin1Char('*') : QLatin1Char('.');
    INFO(pattern.toStdString());
    // Worked by hand: with d, r2 and c2 shown, c = r2 − d and b = c2 − d can be found (they
    // were hidden only to protect a, which is allowed), but a = c1 − c = r1 − b leaves a, c1
    // and r1 free together: a cannot be worked out.
    CHECK(pattern == QLatin1String("***.*.*."));
}

TEST_CASE("Secondary suppression: a small remainder no part covers is protected")
{
    // 10 records in all, 9 in the one category shown: the other 1 is a difference.
    SuppressionNetwork network;
    const DisclosureRule rule;
    const int total = network.add(10, rule);
    const int shown = network.add(9, rule);
    network.addRelation({shown}, total);
    network.run();
    CHECK((network.hidden(total) || network.hidden(shown)));
}

TEST_CASE("Health rule: 1–7 hidden, zero shown, rounding keeps a number")
{
    DisclosureRule health;
    health.suppressUpTo = 7;
    health.roundTo = 5;
    CHECK(DisclosureControl::control(7, health).suppressed());
    CHECK_FALSE(DisclosureControl::control(0, health).suppressed());
    const ControlledCount eight = DisclosureControl::control(8, health);
    CHECK_FALSE(eight.suppressed());
    CHECK(eight.shownValue == 10);
}

TEST_CASE("The hour of a time of day or of a date-time")
{
    CHECK(ValueParsers::hour("23:15") == 23);
    CHECK(ValueParsers::hour("9.30") == 9);
    CHECK(ValueParsers::hour("2315") == 23);
    CHECK(ValueParsers::hour("11pm") == 23);
    CHECK(ValueParsers::hour("12am") == 0);
    CHECK(ValueParsers::hour("2024-03-31T07:05:00") == 7);
    CHECK(ValueParsers::hour("31/03/2024 18:40") == 18);
    CHECK_FALSE(ValueParsers::hour("2024-03-31"));
    CHECK_FALSE(ValueParsers::hour("25:00"));
    CHECK_FALSE(ValueParsers::hour("evening"));
}

TEST_CASE("Secondary suppression: overlapping rolling windows are hidden before the months")
{
    // Two years of months: 2 a month in the first (each hidden), 3 a month in the second;
    // each year's total, and a rolling twelve-month window ending at each month of the second
    // year. By hand: window(t) − window(t − 1) = month(t) − month(t − 12), so with both windows
    // and month(t) shown, month(t − 12) would be a small count worked out. Hiding the windows
    // protects it at no cost to the months, which stay shown.
    SuppressionNetwork network;
    const DisclosureRule rule; // 1–2 hidden
    QList<int> months;
    for (int i = 0; i < 24; ++i)
        months << network.add(i < 12 ? 2 : 3, rule);
    const int year1 = network.add(24, rule);
    const int year2 = network.add(36, rule);
    network.addRelation(months.mid(0, 12), year1);
    network.addRelation(months.mid(12, 12), year2);
    QList<int> windows;
    for (int end = 12; end < 24; ++end) { // windows ending at months 13 to 24 (index 12–23)
        const int window = network.add(24 + (end - 11), rule, true);
        network.addRelation(months.mid(end - 11, 12), window);
        windows << window;
    }
    network.run();
    for (int i = 0; i < 12; ++i)
        CHECK(network.hidden(months[i]));
    for (int i = 12; i < 24; ++i) {
        INFO("month " << i + 1);
        CHECK_FALSE(network.hidden(months[i]));
    }
    CHECK_FALSE(network.hidden(year1));
    CHECK_FALSE(network.hidden(year2));
    // No two windows in a row are both shown, except where their difference reveals nothing
    // hidden (the last, which is the second year itself).
    for (int w = 1; w < int(windows.size()) - 1; ++w) {
        INFO("windows " << w << " and " << w + 1);
        CHECK((network.hidden(windows[w - 1]) || network.hidden(windows[w])));
    }
}
