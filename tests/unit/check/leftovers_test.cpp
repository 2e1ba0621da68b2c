#include <doctest/doctest.h>

#include "../test_paths.h"
#include "check/article_check.h"
#include "check/leftovers.h"
#include "normaliser/language.h"

using namespace narra;

namespace {

const LanguageData& italian() {
  static const LanguageData data = load_language_data(find_language("it"), test::voices_dir());
  return data;
}

std::vector<Leftover> leftovers_of(const std::string& written, const std::string& spoken) {
  static const CheckRules rules = load_check_rules(italian());
  return find_sentence_leftovers(Sentence{written, spoken, {}}, italian(), rules);
}

Script one_sentence_script(const std::string& written, const std::string& spoken) {
  Script script;
  ScriptChapter chapter;
  chapter.paragraphs.push_back(ScriptParagraph{{Sentence{written, spoken, {}}}});
  script.chapters.push_back(chapter);
  return script;
}

}  // namespace

TEST_SUITE("check") {
  TEST_CASE("a clean sentence has no leftovers") {
    CHECK(leftovers_of("L'Onu, a New York, tace: po' di pace.", "L'Onu, a Niu Iorc, tace: po' di pace.")
              .empty());
  }

  TEST_CASE("each kind of leftover is found with the word as written and as said") {
    SUBCASE("digits") {
      const auto found = leftovers_of("Costa 12 euro.", "Costa 12 euro.");
      REQUIRE(found.size() == 1);
      CHECK(found[0].kind == LeftoverKind::digits);
      CHECK(found[0].written == "12");
      CHECK(found[0].spoken == "12");
    }
    SUBCASE("letters mixed with digits") {
      const auto found = leftovers_of("Il modello X5b.", "Il modello X5b.");
      REQUIRE(found.size() == 1);
      CHECK(found[0].kind == LeftoverKind::mixed);
      CHECK(found[0].written == "X5b.");
      CHECK(found[0].spoken == "X5b");
    }
    SUBCASE("symbols") {
      const auto found = leftovers_of("Vale #uno.", "Vale #uno.");
      REQUIRE(found.size() == 1);
      CHECK(found[0].kind == LeftoverKind::symbols);
      CHECK(found[0].spoken == "#uno");
    }
    SUBCASE("a stray apostrophe") {
      const auto found = leftovers_of("Disse 'basta' ieri.", "Disse 'basta' ieri.");
      REQUIRE(found.size() == 1);
      CHECK(found[0].kind == LeftoverKind::apostrophe);
      CHECK(found[0].written == "'basta'");
    }
    SUBCASE("words joined by a dot") {
      const auto found = leftovers_of("Scrive sito.esempio oggi.", "Scrive sito.esempio oggi.");
      REQUIRE(found.size() == 1);
      CHECK(found[0].kind == LeftoverKind::dotted);
      CHECK(found[0].written == "sito.esempio");
    }
    SUBCASE("capitals no list knows") {
      const auto found = leftovers_of("Lo dice la QRTX.", "Lo dice la cu erre ti ics.");
      REQUIRE(found.size() == 1);
      CHECK(found[0].kind == LeftoverKind::capitals);
      CHECK(found[0].written == "QRTX");
      CHECK(found[0].spoken == "cu erre ti ics");
    }
  }

  TEST_CASE("capitals a list knows, and headlines in capitals, are not leftovers") {
    CHECK(leftovers_of("La NATO e l'ISTAT.", "La Nato e l'Istat.").empty());
    CHECK(leftovers_of("PUTIN parla.", "Pùtin parla.").empty());
    CHECK(leftovers_of("SCIOPERO DEI TRENI OGGI", "Sciopero Dei Treni Oggi").empty());
  }

  TEST_CASE("truncated words keep their apostrophe, elisions are words") {
    CHECK(leftovers_of("Un po' d'acqua.", "Un po' d'acqua.").empty());
    CHECK(leftovers_of("Pa' mio.", "Pa' mio.").size() == 1);
  }

  TEST_CASE("phonemes from the lexicon are never leftovers") {
    CHECK(leftovers_of("Arriva Xy.", "Arriva [[h'a2l@]].").empty());
  }

  TEST_CASE("the summary counts places by kind") {
    const Script script = one_sentence_script("Il 3 e il #uno.", "Il 3 e il #uno.");
    const auto found = find_leftovers(script, italian(), load_check_rules(italian()));
    CHECK(summarise_leftovers(found) == "2 places narra may read wrongly (digits 1, symbols 1)");
    CHECK(summarise_leftovers({}).empty());
  }

  TEST_CASE("the report groups places by kind under a heading, with positions in the source") {
    const Script script = one_sentence_script("Costa 12 euro, #uno.", "Costa 12 euro, #uno.");
    const auto check = check_script(script, italian(), load_check_rules(italian()), "a.txt",
                                    "Titolo\n\nCosta 12 euro,\n#uno.\n");
    CHECK(check.sentences == 1);
    CHECK(check.sentences_with_leftovers == 1);
    CHECK(format_check_report({check}) ==
          "## digits (1)\na.txt:3:7: 12 → 12\n## symbols (1)\na.txt:4:1: #uno. → #uno\n");
  }
}
