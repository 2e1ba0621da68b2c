#include <algorithm>

#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/spelling.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// The number as the stem of a word in -enne: "quarantacinqu", "ventitre", "sei".
// A number whose word ends as an age-keeps-vowel cue (cues.tsv) keeps its last vowel.
std::string age_stem(std::int64_t value, const LanguageData& data) {
  std::string word = data.numbers->cardinal(value);
  if (word.ends_with("é")) word.replace(word.size() - 2, 2, "e");
  const auto endings = data.cues.find("age-keeps-vowel");
  const bool keeps_vowel = endings != data.cues.end() &&
                           std::any_of(endings->second.begin(), endings->second.end(),
                                       [&](const std::string& ending) { return word.ends_with(ending); });
  if (!keeps_vowel) word.pop_back();
  return word;
}

// True when the word after `pos` is a feminine noun ("giornata", "edizione").
bool feminine_noun_after(std::string_view text, std::size_t pos, const LanguageData& data) {
  const std::string next = to_lower(word_after(text, pos));
  if (next.empty()) return false;
  if (data.is_cue("ordinal-noun-f", next)) return true;
  return next.back() == 'a' && !data.is_cue("masculine-noun", next);
}

// The ordinal for `value` in the form the suffix asks for, or "" when
// `suffix` (lower-case) is not an ordinal suffix.
std::string ordinal_for_suffix(std::int64_t value, const std::string& suffix, bool feminine_hint,
                               bool article_before, const LanguageData& data) {
  const bool masculine = data.is_cue("ordinal-suffix-m", suffix);
  const bool feminine = data.is_cue("ordinal-suffix-f", suffix);
  const bool masculine_plural = data.is_cue("ordinal-suffix-mp", suffix);
  const bool feminine_plural = data.is_cue("ordinal-suffix-fp", suffix);
  const bool open = data.is_cue("ordinal-suffix", suffix);  // "^": the noun decides
  // "la 37a giornata": a bare letter is an ordinal only after an article ("via Roma 12a" is not).
  const bool after_article = data.is_cue("ordinal-suffix-after-article", suffix) && article_before;
  if (!masculine && !feminine && !masculine_plural && !feminine_plural && !open && !after_article) return {};
  const bool female = feminine || feminine_plural || ((open || after_article) && feminine_hint);
  std::string word = data.numbers->ordinal(value, female ? Gender::feminine : Gender::masculine);
  if (masculine_plural) word.back() = 'i';
  if (feminine_plural) word.back() = 'e';
  return word;
}

// End of the suffix written straight after the digits at `pos`: letters, or
// one of "." "/" followed by letters, or "^".
std::size_t suffix_end(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return pos;
  if (text[pos] == '^') return pos + 1;
  std::size_t at = pos;
  if (text[at] == '.' || text[at] == '/') ++at;
  const std::size_t letters = at;
  while (at < text.size() && is_ascii_letter(text[at])) ++at;
  return at == letters ? pos : at;
}

}  // namespace

std::string expand_number_suffixes(std::string_view text, const LanguageData& data) {
  return rewrite_numbers(text, [&](std::size_t pos, const std::string&) -> std::optional<Reading> {
    if (pos > 0 && text[pos - 1] == '.')
      return std::nullopt;  // digits after a point belong to the number before
    const std::size_t digits = digits_end(text, pos);
    const std::size_t end = suffix_end(text, digits);
    if (end == digits || digits - pos > 4 || !at_word_end(text, end)) return std::nullopt;
    const std::string suffix = to_lower(text.substr(digits, end - digits));
    const std::int64_t value = std::atoll(std::string(text.substr(pos, digits - pos)).c_str());
    // "civico 4/A", "12/B": a capital after the slash is the letter of a house number, not an ordinal.
    if (end == digits + 2 && text[digits] == '/' && is_ascii_upper(text[digits + 1])) {
      return Reading{data.numbers->cardinal(value) + " " + spell_letters(text.substr(digits + 1, 1), data),
                     end};
    }
    const std::string before = word_before(text, pos);
    const bool feminine_hint =
        data.is_cue("feminine-article", before) || feminine_noun_after(text, end, data);
    const bool article_before =
        data.is_cue("feminine-article", before) || data.is_cue("ordinal-article", before);
    std::string spoken = ordinal_for_suffix(value, suffix, feminine_hint, article_before, data);
    if (spoken.empty() && data.is_cue("age-suffix", suffix) && value > 0) {
      spoken = age_stem(value, data) + suffix;  // "45enne" → "quarantacinquenne"
    }
    if (spoken.empty() || value == 0) return std::nullopt;
    return Reading{spoken, end};
  });
}

}  // namespace narra
