#include <doctest/doctest.h>

#include "../test_paths.h"
#include "core/error.h"
#include "normaliser/language.h"
#include "normaliser/passes.h"

namespace narra {

TEST_CASE("the language registry finds Italian and refuses an unknown code") {
  const Language& italian = find_language("it");
  CHECK(italian.code == "it");
  REQUIRE_FALSE(italian.passes.empty());
  CHECK(italian.passes.front().name == "apostrophes");
  CHECK(italian.passes.back().name == "punctuation");
  REQUIRE(italian.numbers != nullptr);
  CHECK(italian.numbers->cardinal(21) == "ventuno");
  CHECK(italian.numbers->count(21, Gender::masculine) == "ventun");
  CHECK_THROWS_AS(find_language("xx"), Error);
}

TEST_CASE("an article's language tag finds the language by its primary subtag") {
  const Language* italian = &find_language("it");
  CHECK(language_for_tag("it") == italian);
  CHECK(language_for_tag("it-IT") == italian);
  CHECK(language_for_tag("IT_ch") == italian);
  CHECK(language_for_tag("") == nullptr);
  CHECK(language_for_tag("en-GB") == nullptr);
  CHECK(language_for_tag("ita") == nullptr);
}

TEST_CASE("the passes say numbers with the number words of the language the data was loaded for") {
  const Language& italian = find_language("it");
  LanguageData data = load_language_data(italian, test::voices_dir());
  CHECK(data.numbers == italian.numbers);
  CHECK(expand_numbers("Sono 21 pagine.", data) == "Sono ventuno pagine.");
  // Other number words, same passes: what they say comes from the words alone.
  NumberWords roman = *italian.numbers;
  roman.cardinal = [](std::int64_t value) { return value == 21 ? std::string("XXI") : std::string("?"); };
  data.numbers = &roman;
  CHECK(expand_numbers("Sono 21 pagine.", data) == "Sono XXI pagine.");
}

}  // namespace narra
