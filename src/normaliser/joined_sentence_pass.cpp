#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// Shortest lower-case word before the stop: "s.m." and "L.R." are
// abbreviations, not two sentences.
constexpr std::size_t kMinWordBeforeStop = 3;

}  // namespace

std::string split_joined_sentences(std::string_view text, const LanguageData&) {
  std::string out;
  std::size_t lower_run = 0;  // lower-case ASCII letters just before `pos`
  bool after_word = false;    // a word, a number or a closing mark ends just before `pos`
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    out += c;
    // The next word is capitalised, or a capital on its own ("nubifragi.A determinare").
    const bool joined = c == '.' && after_word && pos + 2 < text.size() && is_ascii_upper(text[pos + 1]) &&
                        (is_ascii_lower(text[pos + 2]) || text[pos + 2] == ' ');
    // An initial joined to the name after it: "F.Rossi" → "F. Rossi".
    const bool initial = c == '.' && pos > 0 && is_ascii_upper(text[pos - 1]) &&
                         at_word_start(text, pos - 1) && pos + 2 < text.size() &&
                         is_ascii_upper(text[pos + 1]) && is_ascii_lower(text[pos + 2]);
    if (joined || initial) out += ' ';
    lower_run = is_ascii_lower(c) ? lower_run + 1 : 0;
    // Digits, closing brackets and quotes before the stop: "(+4,1%).Rispetto", "ruota».Una".
    after_word = lower_run >= kMinWordBeforeStop || is_digit(c) || c == ')' || c == '%' || c == '"' ||
                 (pos > 0 && starts_with_at(text, pos - 1, "»"));
  }
  return out;
}

}  // namespace narra
