#include <doctest/doctest.h>

#include "synthesis/timeline.h"

using namespace narra;

TEST_SUITE("timeline") {
  TEST_CASE("chapter parents follow the levels: a digest's articles and their chapters") {
    const std::vector<ChapterTiming> chapters = {{"Rassegna", 0, 0, 0},       {"Articolo uno", 0, 0, 0},
                                                 {"Capitolo", 0, 0, 1},       {"Sotto-capitolo", 0, 0, 2},
                                                 {"Altro capitolo", 0, 0, 1}, {"Articolo due", 0, 0, 0}};
    const auto parents = chapter_parents(chapters);
    CHECK_FALSE(parents[0].has_value());
    CHECK_FALSE(parents[1].has_value());
    CHECK(parents[2] == 1u);
    CHECK(parents[3] == 2u);
    CHECK(parents[4] == 1u);
    CHECK_FALSE(parents[5].has_value());
  }

  TEST_CASE(
      "a part spoken apart joins after the first: positions move, the chapter before ends where it starts") {
    Timeline first;
    first.sample_rate = 22050;
    first.total_samples = 1000;
    first.chapters = {{"Uno", 0, 1000, 0}};
    first.sentences = {{0, "Prima.", "prima", 10, 900, {{0, 10}}}};
    Timeline later;
    later.sample_rate = 22050;
    later.total_samples = 500;
    later.chapters = {{"Due", 40, 500, 1}};
    later.sentences = {{0, "Seconda.", "seconda", 50, 450, {{0, 50}, {3, 200}}}};
    append_timeline(first, later);
    CHECK(first.total_samples == 1500);
    REQUIRE(first.chapters.size() == 2);
    CHECK(first.chapters[0].end == 1040);
    CHECK(first.chapters[1].start == 1040);
    CHECK(first.chapters[1].end == 1500);
    CHECK(first.chapters[1].level == 1);
    REQUIRE(first.sentences.size() == 2);
    CHECK(first.sentences[1].chapter == 1);
    CHECK(first.sentences[1].start == 1050);
    CHECK(first.sentences[1].words[1].start == 1200);
    CHECK(first.sentences[1].words[1].spoken_offset == 3);
  }

  TEST_CASE("a timeline passes between processes as bytes unchanged, and damaged bytes are refused") {
    Timeline timeline;
    timeline.sample_rate = 22050;
    timeline.total_samples = 123456;
    timeline.chapters = {{"Città", 0, 60000, 0}, {"Società", 60000, 123456, 1}};
    timeline.sentences = {{1, "È così.", "è così", 60100, 70000, {{0, 60100}, {4, 65000}}}};
    const std::string bytes = serialise_timeline(timeline);
    const Timeline back = parse_timeline(bytes);
    CHECK(back.sample_rate == 22050);
    CHECK(back.total_samples == 123456);
    REQUIRE(back.chapters.size() == 2);
    CHECK(back.chapters[1].title == "Società");
    CHECK(back.chapters[1].level == 1);
    REQUIRE(back.sentences.size() == 1);
    CHECK(back.sentences[0].written == "È così.");
    CHECK(back.sentences[0].words[1].start == 65000);
    CHECK_THROWS(parse_timeline(std::string_view(bytes).substr(0, bytes.size() - 3)));
    CHECK_THROWS(parse_timeline(bytes + "x"));
  }
}
