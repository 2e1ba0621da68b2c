#include <doctest/doctest.h>

#include "core/error.h"
#include "normaliser/language.h"

namespace narra {

TEST_CASE("the language registry finds Italian and refuses an unknown code") {
  const Language& italian = find_language("it");
  CHECK(italian.code == "it");
  REQUIRE_FALSE(italian.passes.empty());
  CHECK(italian.passes.front().name == "apostrophes");
  CHECK(italian.passes.back().name == "punctuation");
  CHECK_THROWS_AS(find_language("xx"), Error);
}

}  // namespace narra
