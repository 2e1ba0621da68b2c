#include <doctest/doctest.h>

#include "synthesis/timeline.h"

using namespace narra;

TEST_SUITE("timeline") {
  TEST_CASE("chapter parents follow the levels: a digest's articles and their chapters") {
    const std::vector<ChapterTiming> chapters = {
        {"Rassegna", 0, 0, 0}, {"Articolo uno", 0, 0, 0}, {"Capitolo", 0, 0, 1},
        {"Sotto-capitolo", 0, 0, 2}, {"Altro capitolo", 0, 0, 1}, {"Articolo due", 0, 0, 0}};
    const auto parents = chapter_parents(chapters);
    CHECK_FALSE(parents[0].has_value());
    CHECK_FALSE(parents[1].has_value());
    CHECK(parents[2] == 1u);
    CHECK(parents[3] == 2u);
    CHECK(parents[4] == 1u);
    CHECK_FALSE(parents[5].has_value());
  }
}
