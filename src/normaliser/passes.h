// The normaliser's passes, in the order they run. Each lives in its own file.
#pragma once

#include <string>
#include <string_view>

#include "normaliser/language_data.h"

namespace narra {

// "sig." → "signor", "art. 5" → "articolo 5" (abbreviations.tsv).
std::string expand_abbreviations(std::string_view text, const LanguageData& data);
// "19 giugno 2024" → "diciannove giugno duemilaventiquattro", "1° maggio" → "primo maggio".
std::string expand_dates(std::string_view text, const LanguageData& data);
// "(1950-1953)" → "(dal millenovecentocinquanta al millenovecentocinquantatré)".
std::string expand_year_spans(std::string_view text, const LanguageData& data);
// Remaining numbers: "1.234" → "milleduecentotrentaquattro", "3,5" → "tre virgola cinque", "%".
std::string expand_numbers(std::string_view text, const LanguageData& data);
// Names from the pronunciation lexicon (names.tsv and --lexicon files).
std::string apply_lexicon(std::string_view text, const LanguageData& data);
// Quotes, brackets, dashes and ellipses become pauses, not words.
std::string punctuate_for_speech(std::string_view text, const LanguageData& data);

}  // namespace narra
