#include <doctest/doctest.h>

#include <clocale>

#include "core/error.h"
#include "feed/feed_date.h"

using namespace narra;
using namespace std::chrono;

namespace {
Seconds utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0) {
  return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s};
}
}  // namespace

TEST_SUITE("feed") {
  TEST_CASE("pubDate is RFC 2822 in UTC with English names and the right weekday") {
    CHECK(format_rfc2822(utc(2026, 11, 28, 7, 30)) == "Sat, 28 Nov 2026 07:30:00 +0000");
    CHECK(format_rfc2822(utc(2024, 2, 29, 23, 59, 59)) == "Thu, 29 Feb 2024 23:59:59 +0000");
    CHECK(format_rfc2822(utc(2000, 1, 1)) == "Sat, 01 Jan 2000 00:00:00 +0000");
  }

  TEST_CASE("pubDate stays English under an Italian locale") {
    const bool italian = std::setlocale(LC_ALL, "it_IT.UTF-8") != nullptr;
    CHECK(format_rfc2822(utc(2026, 1, 14, 12)) == "Wed, 14 Jan 2026 12:00:00 +0000");
    if (italian) std::setlocale(LC_ALL, "C");
  }

  TEST_CASE("RFC 2822 dates from other tools are read with their zone") {
    CHECK(parse_rfc2822("Sat, 28 Nov 2026 07:30:00 +0000") == utc(2026, 11, 28, 7, 30));
    CHECK(parse_rfc2822("Sat, 28 Nov 2026 08:30:00 +0100") == utc(2026, 11, 28, 7, 30));
    CHECK(parse_rfc2822("28 Nov 2026 02:30 EST") == utc(2026, 11, 28, 7, 30));
    CHECK(parse_rfc2822("Wed, 15 Jun 2019 19:00:00 GMT") == utc(2019, 6, 15, 19));
    CHECK(parse_rfc2822("1 jan 99 00:00:00 -0030") == utc(1999, 1, 1, 0, 30));
  }

  TEST_CASE("text that is not an RFC 2822 date is refused") {
    CHECK_FALSE(parse_rfc2822("").has_value());
    CHECK_FALSE(parse_rfc2822("ieri sera").has_value());
    CHECK_FALSE(parse_rfc2822("Sat, 31 Nov 2026 07:30:00 +0000").has_value());
    CHECK_FALSE(parse_rfc2822("Sat, 28 Gen 2026 07:30:00 +0000").has_value());
    CHECK_FALSE(parse_rfc2822("Sat, 28 Nov 2026 24:00:00 +0000").has_value());
  }

  TEST_CASE("ISO 8601 dates and times, with or without a zone") {
    CHECK(parse_iso8601("2026-11-28") == utc(2026, 11, 28));
    CHECK(parse_iso8601("2026-11-28T07:30") == utc(2026, 11, 28, 7, 30));
    CHECK(parse_iso8601("2026-11-28T07:30:05Z") == utc(2026, 11, 28, 7, 30, 5));
    CHECK(parse_iso8601("2026-11-28 08:30:00+01:00") == utc(2026, 11, 28, 7, 30));
    CHECK(parse_iso8601("2026-11-28T02:30:00-0500") == utc(2026, 11, 28, 7, 30));
    CHECK_FALSE(parse_iso8601("2026-02-30").has_value());
    CHECK_FALSE(parse_iso8601("28/11/2026").has_value());
    CHECK_FALSE(parse_iso8601("2026-11-28T07:30:00 extra").has_value());
  }

  TEST_CASE("--date takes either form, the same for every command") {
    CHECK_FALSE(parse_date_option("").has_value());
    CHECK(parse_date_option("2026-11-28") == utc(2026, 11, 28));
    CHECK(parse_date_option("Sat, 28 Nov 2026 08:30:00 +0100") == utc(2026, 11, 28, 7, 30));
    CHECK(parse_date("Sat, 28 Nov 2026 07:30:00 +0000") == utc(2026, 11, 28, 7, 30));
    CHECK_FALSE(parse_date("ieri").has_value());
    CHECK_THROWS_WITH_AS(parse_date_option("28/11/2026"),
                         "--date '28/11/2026' is neither an ISO 8601 nor an RFC 2822 date", Error);
  }

  TEST_CASE("the short date of feed list") {
    CHECK(format_short_date(utc(2026, 3, 5, 9, 7, 59)) == "2026-03-05 09:07");
  }
}
