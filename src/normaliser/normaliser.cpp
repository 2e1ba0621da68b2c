#include "normaliser/normaliser.h"

#include "normaliser/passes.h"

namespace narra {

Normaliser::Normaliser(LanguageData data)
    : data_(std::move(data)),
      passes_{
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
          {"ordinals", expand_ordinals},
          {"number-groups", expand_number_groups},
          {"numbers", expand_numbers},
          {"symbols", expand_symbols},
          {"lexicon", apply_lexicon},
          {"acronyms", expand_acronyms},
          {"punctuation", punctuate_for_speech},
      } {
  data_.index_lexicon();
}

std::string Normaliser::normalise(std::string_view text, Trace* trace) const {
  std::string current(text);
  for (const auto& pass : passes_) {
    std::string next = pass.apply(current, data_);
    if (trace != nullptr && next != current) trace->push_back({std::string(pass.name), current, next});
    current = std::move(next);
  }
  return current;
}

}  // namespace narra
