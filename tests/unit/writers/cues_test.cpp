#include <doctest/doctest.h>

#include "writers/cues.h"

using namespace narra;

namespace {

// A timeline at 1000 Hz, so samples read as milliseconds.
Timeline timeline_of(SentenceTiming sentence) {
  Timeline timeline;
  timeline.sample_rate = 1000;
  timeline.chapters.push_back({"Uno", 0, 10000});
  timeline.sentences.push_back(std::move(sentence));
  return timeline;
}

}  // namespace

TEST_SUITE("cues") {
  TEST_CASE("a short sentence is one cue, with its written text and speech span") {
    const auto cues = make_cues(timeline_of({0, "Il 19 giugno, Putin.", "Il diciannove giugno, Putin.", 100, 900, {}}));
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].start_ms == 100);
    CHECK(cues[0].end_ms == 900);
    CHECK(cues[0].text == "Il 19 giugno, Putin.");
  }

  TEST_CASE("a long sentence is cut at a clause where the spoken clause's first word starts") {
    const std::string written = "Nel 2024 la delegazione ha firmato, dopo tre giorni, l'accordo sui fondi.";
    const std::string spoken = "Nel duemilaventiquattro la delegazione ha firmato, dopo tre giorni, l'accordo sui fondi.";
    const std::vector<WordTiming> words{{0, 100}, {4, 300}, {51, 2000}, {56, 2200}, {68, 3000}};
    const auto cues = make_cues(timeline_of({0, written, spoken, 100, 4000, words}), 30);
    REQUIRE(cues.size() == 3);
    CHECK(cues[0].text == "Nel 2024 la delegazione ha firmato,");
    CHECK(cues[0].start_ms == 100);
    CHECK(cues[0].end_ms == 2000);
    CHECK(cues[1].text == "dopo tre giorni,");
    CHECK(cues[1].start_ms == 2000);
    CHECK(cues[2].text == "l'accordo sui fondi.");
    CHECK(cues[2].start_ms == 3000);
    CHECK(cues[2].end_ms == 4000);
  }

  TEST_CASE("clauses are joined while they fit") {
    const std::string text = "Uno, due, tre, quattro.";
    const std::vector<WordTiming> words{{0, 0}, {5, 100}, {10, 200}, {15, 300}};
    const auto cues = make_cues(timeline_of({0, text, text, 0, 500, words}), 13);
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].text == "Uno, due,");
    CHECK(cues[1].text == "tre, quattro.");
    CHECK(cues[1].start_ms == 200);
  }

  TEST_CASE("a sentence whose spoken form lost a clause boundary stays whole") {
    const std::string written = "Mosca e Pyongyang (alleate dal 1953), ora più vicine.";
    const std::string spoken = "Mosca e Pyongyang, alleate dal millenovecentocinquantatré, ora più vicine.";
    const auto cues = make_cues(timeline_of({0, written, spoken, 0, 3000, {{0, 0}, {19, 1000}, {59, 2000}}}), 20);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].text == written);
  }

  TEST_CASE("sentences without speech get no cue") {
    CHECK(make_cues(timeline_of({0, "…", "", 500, 500, {}})).empty());
  }
}
