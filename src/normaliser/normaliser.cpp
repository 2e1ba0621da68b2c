#include "normaliser/normaliser.h"

namespace narra {

Normaliser::Normaliser(const Language& language, LanguageData data)
    : language_(&language), data_(std::move(data)), passes_(language.passes) {
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
