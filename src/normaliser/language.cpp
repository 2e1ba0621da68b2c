#include "normaliser/language.h"

#include <algorithm>
#include <cctype>

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

}  // namespace

// One line per language: its code, its passes and its number words.
const std::vector<Language>& registered_languages() {
  static const std::vector<Language> languages = {
      {"it", italian_passes(), &italian_number_words()},
  };
  return languages;
}

const Language* language_for_tag(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  for (const auto& language : registered_languages()) {
    if (primary.size() == language.code.size() &&
        std::equal(primary.begin(), primary.end(), language.code.begin(),
                   [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; })) {
      return &language;
    }
  }
  return nullptr;
}

const Language& find_language(std::string_view code) {
  std::string known;
  for (const auto& language : registered_languages()) {
    if (language.code == code) return language;
    known += (known.empty() ? "" : ", ") + language.code;
  }
  throw Error("the normaliser has no language \"" + std::string(code) + "\"",
              "set the voice's language to one of: " + known);
}

}  // namespace narra
