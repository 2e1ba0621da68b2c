#include "normaliser/language.h"

#include "core/error.h"
#include "normaliser/number_speller.h"
#include "normaliser/passes.h"

namespace narra {
namespace {

std::vector<Pass> italian_passes() {
  return {
      {"apostrophes", straighten_apostrophes},
      {"accents", restore_accents},
      {"addresses", expand_addresses},
      {"sport", expand_sport},
      {"suffixes", expand_number_suffixes},
      {"dates", expand_dates},
      {"times", expand_times},
      {"decimal-points", mark_decimal_points},
      {"abbreviations", expand_abbreviations},
      {"years", expand_years},
      {"money", expand_money},
      {"measures", expand_measures},
      {"joined-sentences", split_joined_sentences},
      {"ordinals", expand_ordinals},
      {"number-groups", expand_number_groups},
      {"numbers", expand_numbers},
      {"symbols", expand_symbols},
      {"lexicon", apply_lexicon},
      {"acronyms", expand_acronyms},
      {"punctuation", punctuate_for_speech},
  };
}

// One line per language: its code, its passes and its number words.
const std::vector<Language>& registry() {
  static const std::vector<Language> languages = {
      {"it", italian_passes(), &italian_number_words()},
  };
  return languages;
}

}  // namespace

const Language& find_language(std::string_view code) {
  std::string known;
  for (const auto& language : registry()) {
    if (language.code == code) return language;
    known += (known.empty() ? "" : ", ") + language.code;
  }
  throw Error("the normaliser has no language \"" + std::string(code) + "\"",
              "set the voice's language to one of: " + known);
}

}  // namespace narra
