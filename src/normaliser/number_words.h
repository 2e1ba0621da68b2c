// How a language says numbers: the words every pass that meets a number asks
// for. Each language gives one (Italian's: number_speller.h) in its registry
// line (language.h); passes reach it through LanguageData::numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace narra {

enum class Gender { masculine, feminine };

struct NumberWords {
  std::string (*cardinal)(std::int64_t value);  // 21 → "ventuno"
  // The number counting a noun of the gender: 1 → "un"/"una", 21 → "ventun".
  std::string (*count)(std::int64_t value, Gender gender);
  // 1 before the noun it counts, agreeing with it as an article does:
  // "un anno", "una persona", "un'ora", "uno studente". `noun` is lower-case.
  std::string (*one_before)(std::string_view noun, Gender gender);
  std::string (*ordinal)(std::int64_t value, Gender gender);                  // 11 → "undicesimo"
  std::string (*fraction)(std::int64_t numerator, std::int64_t denominator);  // 3/4 → "tre quarti"
  // A decimal in the language's written form ("3,5" → "tre virgola cinque"),
  // or "" when `written` is not one.
  std::string (*decimal)(std::string_view written);
  std::string (*digits)(std::string_view digits);  // "0612" → "zero sei uno due"
  std::string_view decimal_separator;              // said between digit-by-digit parts: "virgola"
};

}  // namespace narra
