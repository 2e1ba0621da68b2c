#include <doctest/doctest.h>

#include "../test_paths.h"
#include "core/phrasing.h"

using namespace narra;

namespace {

// "word|word" for each cut of `text` at least as good as `weakest`.
std::vector<std::string> cuts_of(std::string_view text, Cut weakest) {
  static const PhraseWords words = load_phrase_words(narra::test::voices_dir() / "it");
  const auto split = split_words(text, words);
  std::vector<std::string> cuts;
  for (std::size_t i = 0; i + 1 < split.size(); ++i) {
    if (split[i].after >= weakest) {
      cuts.push_back(std::string(text.substr(split[i].begin, split[i].end - split[i].begin)) + "|" +
                     std::string(text.substr(split[i + 1].begin, split[i + 1].end - split[i + 1].begin)));
    }
  }
  return cuts;
}

}  // namespace

TEST_SUITE("phrasing") {
  TEST_CASE("a clause ends at a comma and before a bracket") {
    CHECK(cuts_of("Ieri sera, dopo il voto (a tarda notte) la giunta", Cut::clause) ==
          std::vector<std::string>{"sera,|dopo", "voto|(a", "notte)|la"});
  }

  TEST_CASE("a phrase starts at an article, a preposition, an auxiliary or a conjunction") {
    CHECK(cuts_of("Il sindaco ha firmato l'ordinanza dell'estate", Cut::phrase) ==
          std::vector<std::string>{"sindaco|ha", "firmato|l'ordinanza", "l'ordinanza|dell'estate"});
  }

  TEST_CASE("no cut leaves an article, a preposition or an auxiliary at the end of a piece") {
    const auto all = cuts_of("La giunta è riunita nel palazzo della provincia", Cut::word);
    CHECK(all == std::vector<std::string>{"giunta|è", "riunita|nel", "palazzo|della"});
  }

  TEST_CASE("a name holds together: capitalised words, a numeral before a capital, linked words") {
    const auto all = cuts_of("in piazza IV Novembre con Anna Maria Ferri dalla Corea del Nord", Cut::word);
    CHECK(all == std::vector<std::string>{"piazza|IV", "Novembre|con", "Ferri|dalla"});
  }

  TEST_CASE("bare words lose quotes and punctuation, keep an elision and are lower-case") {
    CHECK(bare_word("«Dell'Europa,") == "dell'europa");
    CHECK(bare_word("dell'") == "dell'");
    CHECK(bare_word("(Roma)") == "roma");
    CHECK(bare_word("–").empty());
  }
}
