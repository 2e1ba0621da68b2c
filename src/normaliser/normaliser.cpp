#include "normaliser/normaliser.h"

#include "normaliser/passes.h"

namespace narra {

Normaliser::Normaliser(LanguageData data)
    : data_(std::move(data)),
      passes_{
          {"abbreviations", expand_abbreviations},
          {"dates", expand_dates},
          {"year-spans", expand_year_spans},
          {"numbers", expand_numbers},
          {"lexicon", apply_lexicon},
          {"punctuation", punctuate_for_speech},
      } {}

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
