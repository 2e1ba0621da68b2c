// The normaliser: turns written text into text eSpeak NG reads the way
// a newsreader would. It runs its language's ordered list of passes; each pass is a small
// function from text to text, and a trace records what each one changed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normaliser/language.h"
#include "normaliser/language_data.h"

namespace narra {

struct PassChange {
  std::string pass;
  std::string before;
  std::string after;
};
using Trace = std::vector<PassChange>;

class Normaliser {
 public:
  Normaliser(const Language& language, LanguageData data);

  // Normalises one sentence (or any short text). When `trace` is given, a
  // PassChange is appended for every pass that changed the text.
  std::string normalise(std::string_view text, Trace* trace = nullptr) const;

  const Language& language() const { return *language_; }
  const LanguageData& data() const { return data_; }
  const std::vector<Pass>& passes() const { return passes_; }

 private:
  const Language* language_;
  LanguageData data_;
  std::vector<Pass> passes_;
};

}  // namespace narra
