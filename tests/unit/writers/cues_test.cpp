#include <doctest/doctest.h>

#include <algorithm>

#include "../test_paths.h"
#include "core/utf8.h"
#include "writers/cues.h"

using namespace narra;

namespace {

const PhraseWords& phrasing() {
  static const PhraseWords words = load_phrase_words(narra::test::voices_dir() / "it");
  return words;
}

// A timeline at 1000 Hz (samples read as milliseconds) of one sentence
// spoken as written, a word every `word_ms` from 100 ms.
Timeline spoken_evenly(const std::string& text, std::int64_t word_ms = 300) {
  SentenceTiming sentence{0, text, text, 100, 0, {}};
  std::int64_t at = 100;
  for (std::size_t pos = 0; pos < text.size(); pos = text.find(' ', pos) + 1) {
    sentence.words.push_back({pos, at});
    at += word_ms;
    if (text.find(' ', pos) == std::string::npos) break;
  }
  sentence.end = at;
  Timeline timeline;
  timeline.sample_rate = 1000;
  timeline.chapters.push_back({"Uno", 0, at + 600});
  timeline.sentences.push_back(std::move(sentence));
  return timeline;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  for (std::size_t pos = 0;;) {
    const auto end = text.find('\n', pos);
    lines.push_back(text.substr(pos, end - pos));
    if (end == std::string::npos) return lines;
    pos = end + 1;
  }
}

std::string joined(const std::vector<Cue>& cues) {
  std::string text;
  for (const Cue& cue : cues) {
    for (const auto& line : lines_of(cue.text)) text += (text.empty() ? "" : " ") + line;
  }
  return text;
}

}  // namespace

TEST_SUITE("cues") {
  TEST_CASE("a short sentence is one cue, with its written text and speech span") {
    const auto cues = make_cues(spoken_evenly("Il 19 giugno, Putin."), phrasing());
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].start_ms == 100);
    CHECK(cues[0].end_ms == 1300);
    CHECK(cues[0].text == "Il 19 giugno, Putin.");
  }

  TEST_CASE("every cue of a long sentence has at most two lines of 42 characters and lasts at most 7 s") {
    const std::string text =
        "La giunta regionale della Puglia ha approvato ieri sera, dopo una lunga discussione durata fino a "
        "tarda notte, il piano per le scuole dell'entroterra, che prevede nuovi autobus per gli studenti, "
        "mense aperte anche il sabato e una biblioteca in ogni comune con meno di tremila abitanti.";
    const auto cues = make_cues(spoken_evenly(text, 450), phrasing());
    CHECK(cues.size() > 3);
    CHECK(joined(cues) == text);
    for (std::size_t i = 0; i < cues.size(); ++i) {
      CAPTURE(cues[i].text);
      const auto lines = lines_of(cues[i].text);
      CHECK(lines.size() <= 2);
      for (const auto& line : lines) CHECK(utf8_length(line) <= 42);
      CHECK(cues[i].end_ms - cues[i].start_ms <= 7000);
      CHECK(cues[i].end_ms > cues[i].start_ms);
      if (i > 0) CHECK(cues[i].start_ms == cues[i - 1].end_ms);
    }
  }

  TEST_CASE("a sentence is cut at a clause before a phrase boundary, and never inside a name") {
    const std::string text =
        "Il corteo partito da piazza IV Novembre ha raggiunto il municipio, dove la sindaca Anna Maria Ferri "
        "ha incontrato i delegati degli studenti.";
    const auto cues = make_cues(spoken_evenly(text), phrasing());
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].text == "Il corteo partito da piazza IV Novembre\nha raggiunto il municipio,");
    CHECK(cues[1].text == "dove la sindaca Anna Maria Ferri\nha incontrato i delegati degli studenti.");
  }

  TEST_CASE("each part starts where eSpeak NG started its first word, across words the normaliser rewrote") {
    const std::string written =
        "Nel 2024 la delegazione ha firmato, dopo tre giorni di trattative serrate, l'accordo sui fondi.";
    const std::string spoken =
        "Nel duemilaventiquattro la delegazione ha firmato, dopo tre giorni di trattative serrate, l'accordo "
        "sui fondi.";
    std::vector<WordTiming> words;
    std::int64_t at = 100;
    for (std::size_t pos = 0;; pos = spoken.find(' ', pos) + 1) {
      words.push_back({pos, at});
      at += pos == 4 ? 900 : 250;  // the year takes longer to say
      if (spoken.find(' ', pos) == std::string::npos) break;
    }
    Timeline timeline;
    timeline.sample_rate = 1000;
    timeline.sentences.push_back({0, written, spoken, 100, at, words});
    const auto cues = make_cues(timeline, phrasing(), {30, 7000});
    REQUIRE(cues.size() == 3);
    CHECK(cues[0].text == "Nel 2024 la delegazione\nha firmato,");
    CHECK(cues[1].text == "dopo tre giorni\ndi trattative serrate,");
    CHECK(cues[1].start_ms == words[6].start);
    CHECK(cues[2].text == "l'accordo sui fondi.");
    CHECK(cues[2].start_ms == words[12].start);
    CHECK(cues[2].end_ms == at);
  }

  TEST_CASE("a sentence too long to say in one cue is cut by time as well as length") {
    const auto cues =
        make_cues(spoken_evenly("Oggi piove, domani nevica, dopodomani torna il sole.", 1500), phrasing());
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].text == "Oggi piove, domani nevica,");
    CHECK(cues[0].end_ms - cues[0].start_ms == 6000);
  }

  TEST_CASE("a single word longer than a line is a cue of its own") {
    const std::string word(50, 'a');
    const auto cues = make_cues(spoken_evenly("Il codice " + word + " non vale."), phrasing(), {42, 7000});
    CHECK(std::any_of(cues.begin(), cues.end(), [&](const Cue& cue) { return cue.text == word; }));
  }

  TEST_CASE("sentences without speech get no cue") {
    Timeline timeline;
    timeline.sample_rate = 1000;
    timeline.sentences.push_back({0, "…", "", 500, 500, {}});
    CHECK(make_cues(timeline, phrasing()).empty());
  }
}
