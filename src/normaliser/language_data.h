// The language knowledge the normaliser reads from voices/<language>/: every
// word list is a TSV file there, so a rule for a new word is a new line of
// data, not code. voices/README.md documents each file.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "normaliser/number_words.h"

namespace narra {

struct Language;

struct Month {
  std::string name;  // "novembre"
  int number = 0;    // 11
};

// A unit of measure or currency as it is said after a number.
struct Unit {
  std::string singular;  // "chilometro"
  std::string plural;    // "chilometri"
  bool feminine = false;
  // Said after the plain number, without agreement: "uno per cento" (gender n).
  bool plain_number = false;
  // Currencies only: how the hundredths are said ("centesimo", "centesimi").
  std::string cent_singular;
  std::string cent_plural;
};

// A word that multiplies an amount of money: "milioni", "mln", "mila".
struct Scale {
  std::string singular;  // "milione", after one
  std::string plural;    // "milioni"
  bool joined = false;   // written onto the number: "cinquantamila"
};

struct LanguageData {
  // The folder the data was loaded from (voices/<language>/), for data other stages read.
  std::filesystem::path folder;
  // How the language says numbers (from its registry line, language.h).
  const NumberWords* numbers = nullptr;
  // "sig." → "signor", "art." → "articolo" (abbreviations.tsv)
  std::unordered_map<std::string, std::string> abbreviations;
  // Abbreviations that may also end a sentence ("ecc.", "a.C."): marked "end"
  // in the third column of abbreviations.tsv.
  std::unordered_set<std::string> sentence_final_abbreviations;
  // Abbreviations read only before a number ("l. 241/1990" → legge, "c. 2" →
  // comma): marked "number" in the third column of abbreviations.tsv.
  std::unordered_set<std::string> number_abbreviations;
  // "giugno" → {giugno, 6}, "nov." → {novembre, 11} (months.tsv)
  std::unordered_map<std::string, Month> months;
  // "km" → chilometro/chilometri (units.tsv)
  std::unordered_map<std::string, Unit> units;
  // "mln" → milione/milioni, "mila" → joined (scales.tsv)
  std::unordered_map<std::string, Scale> scales;
  // "€", "euro", "$" → euro/dollaro … with cents (currencies.tsv)
  std::unordered_map<std::string, Unit> currencies;
  // "nato" → "Nato", "fbi" → "effe bi i": keys lower-case (acronyms.tsv)
  std::unordered_map<std::string, std::string> acronyms;
  // "a" → "a", "h" → "acca": Italian letter names, keys lower-case (letters.tsv)
  std::unordered_map<std::string, std::string> letters;
  // "e'" → "è", "-che'" → "-ché", "po'" → "po'": final apostrophes that are
  // "&" → "e", "+" → "più" in running text (symbols.tsv)
  std::unordered_map<std::string, std::string> symbols;
  // How parts of web and e-mail addresses are said: "." → "punto",
  // "www" → "vu vu vu", "it" → "i ti" (electronic.tsv). Keys lower-case.
  std::unordered_map<std::string, std::string> electronic;
  // Words that give a number its meaning: kind → words, e.g. "time" → {ore,
  // alle}, "score" → {vince, battuto} (cues.tsv). Lower-case.
  std::unordered_map<std::string, std::unordered_set<std::string>> cues;
  // "Stoltenberg" → how a newsreader says it: a respelling or [[phonemes]] (names.tsv, --lexicon)
  std::unordered_map<std::string, std::string> lexicon;
  // The lexicon's written forms, longest first (ties in byte order), so the
  // longest name at a position wins. Built by load_language_data.
  std::vector<std::string> lexicon_by_length;
  // fixed phrases the script uses: "byline" → "di {author}" (phrases.tsv)
  std::unordered_map<std::string, std::string> phrases;
  // the letter an apostrophe after a final vowel stands for, "e+" for the closed form (accents.tsv)
  std::unordered_map<std::string, std::string> accents;

  // The phrase for `key` with "{name}" placeholders filled from `values`.
  std::string phrase(const std::string& key,
                     const std::vector<std::pair<std::string, std::string>>& values = {}) const;
  // True when `word` (lower-case) is listed under `kind` in cues.tsv.
  bool is_cue(const std::string& kind, const std::string& word) const;
  // Rebuilds lexicon_by_length from lexicon; call after changing lexicon.
  void index_lexicon();
};

// Loads the language's folder in `voices_dir` (voices/<code>/) and then each
// extra lexicon in order (later entries win). Throws Error naming the file and
// line of any bad row.
LanguageData load_language_data(const Language& language, const std::filesystem::path& voices_dir,
                                const std::vector<std::filesystem::path>& extra_lexicons = {});

}  // namespace narra
