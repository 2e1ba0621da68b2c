#include <doctest/doctest.h>

#include "core/utf8.h"

using namespace narra;

TEST_SUITE("utf-8") {
  TEST_CASE("valid text has no invalid byte") {
    CHECK_FALSE(find_invalid_utf8("perché è già così").has_value());
    CHECK_FALSE(find_invalid_utf8("emoji \xF0\x9F\x8E\x99").has_value());
  }

  TEST_CASE("the offset of the first bad byte is reported") {
    SUBCASE("a Latin-1 byte") { CHECK(find_invalid_utf8("abc\xE8xyz") == 3u); }
    SUBCASE("an overlong encoding of '/'") { CHECK(find_invalid_utf8("ab\xC0\xAF") == 2u); }
    SUBCASE("a surrogate") { CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u); }
    SUBCASE("a truncated sequence at the end") { CHECK(find_invalid_utf8("ok\xE2\x82") == 2u); }
    SUBCASE("beyond U+10FFFF") { CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u); }
  }

  TEST_CASE("lower-casing covers accented capitals") { CHECK(to_lower("ÈRA Città") == "èra città"); }
}
