#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

std::string straighten_apostrophes(std::string_view text, const LanguageData&) {
  static constexpr std::string_view kTypographic = "’";
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // An apostrophe after a letter elides ("dell’11", "l’800"); before digits it stands for a century
    // ("’68").
    if (starts_with_at(text, pos, kTypographic)) {
      const std::size_t next = pos + kTypographic.size();
      const bool after_letter = pos > 0 && is_word_byte(text[pos - 1]);
      const bool before_digit = next < text.size() && is_digit(text[next]);
      if (after_letter || before_digit) {
        out += '\'';
        pos = next;
        continue;
      }
    }
    out += text[pos++];
  }
  return out;
}

}  // namespace narra
