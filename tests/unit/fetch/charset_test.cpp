#include "fetch/charset.h"

#include <doctest/doctest.h>

#include "core/error.h"
#include "fetch/news_feed.h"

using namespace narra;

TEST_SUITE("fetch") {
  TEST_CASE("the header's charset wins over the page's meta, which wins over nothing") {
    const std::string page =
        "<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">";
    CHECK(declared_charset("text/html; charset=\"Windows-1252\"", page) == "windows-1252");
    CHECK(declared_charset("text/html", page) == "iso-8859-15");
    CHECK(declared_charset("text/html", "<meta charset='utf-8'>") == "utf-8");
    CHECK(declared_charset("", "<p>charset=latin1 is only text here</p>").empty());
  }

  TEST_CASE("legacy pages become UTF-8, and undeclared ones are detected") {
    CHECK(page_to_utf8("citt\xE0", "iso-8859-1", "p") == "citt\xC3\xA0");
    CHECK(page_to_utf8("\x93s\xEC\x94", "", "p") == "\xE2\x80\x9Cs\xC3\xAC\xE2\x80\x9D");
    CHECK(page_to_utf8("5 \xA4", "iso-8859-15", "p") == "5 \xE2\x82\xAC");
    CHECK(page_to_utf8("citt\xC3\xA0", "", "p") == "citt\xC3\xA0");
  }

  TEST_CASE("an unknown set or bytes outside the set are refused") {
    CHECK_THROWS_AS(page_to_utf8("abc", "no-such-set", "p"), Error);
    CHECK_THROWS_AS(page_to_utf8("citt\xE0", "utf-8", "p"), Error);
    CHECK_THROWS_AS(page_to_utf8("\x81", "windows-1252", "p"), Error);
  }

  TEST_CASE("news feeds give their entries keyed by guid or id, else link") {
    SUBCASE("RSS") {
      const auto entries = read_news_feed(
          "<rss><channel><item><link> https://a.example/x </link><guid>g1</guid></item>"
          "<item><link>https://a.example/y</link></item><item><title>senza "
          "link</title></item></channel></rss>",
          "f");
      REQUIRE(entries.size() == 2);
      CHECK(entries[0].key == "g1");
      CHECK(entries[0].link == "https://a.example/x");
      CHECK(entries[1].key == "https://a.example/y");
    }
    SUBCASE("Atom") {
      const auto entries = read_news_feed(
          "<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>urn:1</id><link rel='self' href='s'/>"
          "<link href='https://a.example/z'/><published>2026-11-28T07:00:00Z</published></entry></feed>",
          "f");
      REQUIRE(entries.size() == 1);
      CHECK(entries[0].link == "https://a.example/z");
      CHECK(entries[0].date == "2026-11-28T07:00:00Z");
    }
    CHECK_THROWS_AS(read_news_feed("<html></html>", "f"), Error);
    CHECK_THROWS_AS(read_news_feed("<rss>", "f"), Error);
  }
}
