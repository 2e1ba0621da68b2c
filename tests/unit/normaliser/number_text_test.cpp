#include <doctest/doctest.h>

#include "normaliser/number_speller.h"
#include "normaliser/number_text.h"

using namespace narra;

namespace {
const NumberWords& italian = italian_number_words();
}

TEST_SUITE("number text") {
  TEST_CASE("thousands dots and the decimal comma are read as Italian separators") {
    const auto number = read_number("costa 1.234.567,89 euro", 6);
    REQUIRE(number);
    CHECK(number->integer_digits == "1234567");
    CHECK(number->fraction_digits == "89");
    CHECK(number->end == 18);
    CHECK(say_number(*number, italian) ==
          "un milione duecentotrentaquattromilacinquecentosessantasette virgola ottantanove");
  }

  TEST_CASE("a dot not followed by exactly three digits ends the number") {
    CHECK(read_number("12.50", 0)->integer_digits == "12");
    CHECK(read_number("1234.567", 0)->integer_digits == "1234");
    CHECK_FALSE(read_number("abc", 0));
  }

  TEST_CASE("counting a noun: un, una, ventun") {
    CHECK(say_count(*read_number("1", 0), false, italian) == "un");
    CHECK(say_count(*read_number("1", 0), true, italian) == "una");
    CHECK(say_count(*read_number("21", 0), false, italian) == "ventun");
    CHECK(say_count(*read_number("1,5", 0), false, italian) == "uno virgola cinque");
    CHECK(is_one(*read_number("1", 0)));
    CHECK_FALSE(is_one(*read_number("1,0", 0)));
  }

  TEST_CASE("numbers beyond 18 digits are read digit by digit") {
    CHECK(say_number(*read_number("1234567890123456789", 0), italian).rfind("uno due tre", 0) == 0);
  }
}
