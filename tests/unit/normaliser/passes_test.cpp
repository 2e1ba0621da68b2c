// Each pass on its own, on the shipped Italian data: what it changes and what
// it must leave alone.
#include <doctest/doctest.h>

#include "../test_paths.h"
#include "normaliser/normaliser.h"
#include "normaliser/passes.h"
#include "normaliser/script.h"

using namespace narra;

namespace {

const LanguageData& italian() {
  static const LanguageData data = [] {
    LanguageData loaded = load_language_data(find_language("it"), test::voices_dir());
    loaded.index_lexicon();
    return loaded;
  }();
  return data;
}

}  // namespace

TEST_SUITE("normaliser passes") {
  TEST_CASE("apostrophes") {
    CHECK(straighten_apostrophes("dell’11 e ’68", italian()) == "dell'11 e '68");
    CHECK(straighten_apostrophes("a ’ b", italian()) == "a ’ b");
  }

  TEST_CASE("addresses") {
    CHECK(expand_addresses("www.comune.roma.it", italian()) == "vu vu vu punto comune punto roma punto it");
    CHECK(expand_addresses("scrivi a bbc@ansa.it.", italian()) ==
          "scrivi a bi bi ci chiocciola ansa punto it.");
    CHECK(expand_addresses("p.es. questo", italian()) == "p.es. questo");
    CHECK(expand_addresses("sig.ra Rossi", italian()) == "sig.ra Rossi");
  }

  TEST_CASE("dates") {
    CHECK(expand_dates("il 1° maggio", italian()) == "il primo maggio");
    CHECK(expand_dates("19/6/2024", italian()) == "diciannove giugno 2024");
    CHECK(expand_dates("2024-06-19", italian()) == "diciannove giugno 2024");
    CHECK(expand_dates("4 nov. 1918", italian()) == "quattro novembre 1918");
    CHECK(expand_dates("32/13/2024", italian()) == "32/13/2024");
    CHECK(expand_dates("3 mesi", italian()) == "3 mesi");
  }

  TEST_CASE("times") {
    CHECK(expand_times("alle 16:00", italian()) == "alle sedici");
    CHECK(expand_times("ore 9.15", italian()) == "ore nove e un quarto");
    CHECK(expand_times("costa 9.15", italian()) == "costa 9.15");
    CHECK(expand_times("25:10", italian()) == "25:10");
  }

  TEST_CASE("abbreviations") {
    CHECK(expand_abbreviations("la sig.na Sonia", italian()) == "la signorina Sonia");
    CHECK(expand_abbreviations("art. 5", italian()) == "articolo 5");
    CHECK(expand_abbreviations("frutta ecc.", italian()) == "frutta eccetera.");
    CHECK(expand_abbreviations("la sigla", italian()) == "la sigla");
  }

  TEST_CASE("years") {
    CHECK(expand_years("(1950-1953)", italian()) ==
          "(dal millenovecentocinquanta al millenovecentocinquantatré)");
    CHECK(expand_years("anni '80", italian()) == "anni ottanta");
    CHECK(expand_years("2023/24", italian()) == "duemilaventitré ventiquattro");
    CHECK(expand_years("(1953-1950)", italian()) == "(1953-1950)");
  }

  TEST_CASE("money") {
    CHECK(expand_money("€ 2,50", italian()) == "due euro e cinquanta centesimi");
    CHECK(expand_money("$ 1,2 miliardi", italian()) == "uno virgola due miliardi di dollari");
    CHECK(expand_money("€ 50 mila", italian()) == "cinquantamila euro");
    CHECK(expand_money("21 sterline", italian()) == "ventun sterline");
    CHECK(expand_money("21 europei", italian()) == "21 europei");
  }

  TEST_CASE("measures") {
    CHECK(expand_measures("1 km", italian()) == "un chilometro");
    CHECK(expand_measures("1 t", italian()) == "una tonnellata");
    CHECK(expand_measures("1%", italian()) == "uno per cento");
    CHECK(expand_measures("10-15%", italian()) == "da dieci a quindici per cento");
    CHECK(expand_measures("-5 °C", italian()) == "meno cinque gradi");
    CHECK(expand_measures("3 mesi", italian()) == "3 mesi");
    CHECK(expand_measures("1 l'ha", italian()) == "1 l'ha");
  }

  TEST_CASE("ordinals and Roman numerals") {
    CHECK(expand_ordinals("la 2ª edizione", italian()) == "la seconda edizione");
    CHECK(expand_ordinals("la 3° tappa", italian()) == "la terza tappa");
    CHECK(expand_ordinals("XXI secolo", italian()) == "ventunesimo secolo");
    CHECK(expand_ordinals("Elisabetta II", italian()) == "Elisabetta seconda");
    CHECK(expand_ordinals("Luca II", italian()) == "Luca secondo");
    CHECK(expand_ordinals("Poi I ragazzi", italian()) == "Poi I ragazzi");
    CHECK(expand_ordinals("Vi dico", italian()) == "Vi dico");
    CHECK(expand_ordinals("IIII secolo", italian()) == "IIII secolo");
  }

  TEST_CASE("number groups") {
    CHECK(expand_number_groups("3/4", italian()) == "tre quarti");
    CHECK(expand_number_groups("vince 2-1", italian()) == "vince due a uno");
    CHECK(expand_number_groups("3-4 giorni", italian()) == "da tre a quattro giorni");
    CHECK(expand_number_groups("06 1234567", italian()) ==
          "zero sei, centoventitré quarantacinque sessantasette");
    CHECK(expand_number_groups("300 persone", italian()) == "300 persone");
  }

  TEST_CASE("numbers") {
    CHECK(expand_numbers("1.234.567", italian()) ==
          "un milione duecentotrentaquattromilacinquecentosessantasette");
    CHECK(expand_numbers("-3 e +2", italian()) == "meno tre e più due");
    CHECK(expand_numbers("il G7", italian()) == "il gi sette");
    CHECK(expand_numbers("Covid-19", italian()) == "Covid diciannove");
  }

  TEST_CASE("symbols") {
    CHECK(expand_symbols("Johnson & Johnson", italian()) == "Johnson e Johnson");
    CHECK(expand_symbols("A+B", italian()) == "A più B");
  }

  TEST_CASE("lexicon: the longest name wins") {
    CHECK(apply_lexicon("Kim Jong-un e Kim", italian()) == "Chim Giong Un e Kim");
    CHECK(apply_lexicon("Putinismo", italian()) == "Putinismo");
  }

  TEST_CASE("acronyms") {
    CHECK(expand_acronyms("la Kcna e la NATO", italian()) == "la cappa ci enne a e la Nato");
    CHECK(expand_acronyms("la BBC e l'ISPI", italian()) == "la bi bi ci e l'Ispi");
    CHECK(expand_acronyms("Anch'io e Gli altri", italian()) == "Anch'io e Gli altri");
    CHECK(expand_acronyms("[[k'ima]] Rss", italian()) == "[[k'ima]] erre esse esse");
  }

  TEST_CASE("punctuation for speech") {
    CHECK(punctuate_for_speech("“Ciao” (…) e poi...", italian()) == "Ciao, e poi");
    CHECK(punctuate_for_speech("Il leader – ha detto – è partito.", italian()) ==
          "Il leader, ha detto, è partito.");
  }

  TEST_CASE("a sentence ends after ecc. but not after sig.") {
    CHECK(split_sentences("Frutta ecc. Poi il sig. Rossi parlò.", italian()) ==
          std::vector<std::string>{"Frutta ecc.", "Poi il sig. Rossi parlò."});
    CHECK(expand_abbreviations("Frutta ecc. Poi", italian()) == "Frutta eccetera. Poi");
  }

  TEST_CASE("a sentence without full stops is read in pieces of at most a minute") {
    std::string endless;
    for (int i = 0; i < 400; ++i) endless += (i % 25 == 24 ? "strada, " : "casa ");
    const auto pieces = split_sentences(endless, italian());
    REQUIRE(pieces.size() > 2);
    std::string joined;
    for (const auto& piece : pieces) {
      CHECK(piece.size() <= kMaxSentenceBytes);
      CHECK(piece.back() == ',');  // broken after a comma, where a reader pauses anyway
      joined += (joined.empty() ? "" : " ") + piece;
    }
    CHECK(joined + " " == endless.substr(0, joined.size() + 1));
  }

  TEST_CASE("an enormous word is cut between characters, never inside one") {
    std::string word;
    for (int i = 0; i < 1500; ++i) word += "à";  // two bytes each
    const auto pieces = split_sentences(word, italian());
    REQUIRE(pieces.size() == 3);
    for (const auto& piece : pieces) {
      CHECK(piece.size() <= kMaxSentenceBytes);
      CHECK(piece.size() % 2 == 0);
    }
  }

  TEST_CASE("the trace names every pass that changed the text") {
    const Normaliser normaliser(find_language("it"),
                                load_language_data(find_language("it"), test::voices_dir()));
    Trace trace;
    CHECK(normaliser.normalise("La Nato, il 19 giugno 2024, 5 km.", &trace) ==
          "La Nato, il diciannove giugno duemilaventiquattro, cinque chilometri.");
    std::vector<std::string> names;
    for (const auto& change : trace) names.push_back(change.pass);
    CHECK(names == std::vector<std::string>{"dates", "measures", "numbers"});
  }
}
