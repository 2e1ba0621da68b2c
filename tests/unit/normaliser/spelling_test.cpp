#include <doctest/doctest.h>

#include "../test_paths.h"
#include "normaliser/language.h"
#include "normaliser/spelling.h"

using namespace narra;

TEST_SUITE("spelling") {
  TEST_CASE("letter sequences Italian says as words") {
    for (const char* word : {"nato", "istat", "fiat", "onu", "kim", "jong", "gli", "psi", "sta", "anas"}) {
      CAPTURE(word);
      CHECK(is_pronounceable(word));
    }
  }

  TEST_CASE("letter sequences that are spelled") {
    for (const char* word : {"kcna", "fbi", "pd", "bbc", "cgil", "dc", "def", "tv", ""}) {
      CAPTURE(word);
      CHECK_FALSE(is_pronounceable(word));
    }
  }

  TEST_CASE("names start like words even when they end in consonants Italian lacks") {
    for (const char* word : {"wolf", "graf", "olaf", "dahl", "kiev", "nato", "tusk"}) {
      CAPTURE(word);
      CHECK(starts_like_word(word));
    }
    for (const char* word : {"kcna", "pd", "cgil", "cnn", "fbi", "strnad", ""}) {
      CAPTURE(word);
      CHECK_FALSE(starts_like_word(word));
    }
  }

  TEST_CASE("spelling uses Italian letter names") {
    const LanguageData data = load_language_data(find_language("it"), test::voices_dir());
    CHECK(spell_letters("FBI", data) == "effe bi i");
    CHECK(spell_letters("kcna", data) == "cappa ci enne a");
    CHECK(spell_letters("h2o", data) == "acca due o");
  }
}
