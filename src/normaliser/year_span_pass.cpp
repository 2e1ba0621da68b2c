#include "normaliser/number_speller.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool is_year_at(std::string_view text, std::size_t pos) {
  if (pos + 4 > text.size() || !at_word_start(text, pos) || !at_word_end(text, pos + 4)) return false;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    if (!is_digit(text[i])) return false;
  }
  return true;
}

int year_at(std::string_view text, std::size_t pos) {
  return std::atoi(std::string(text.substr(pos, 4)).c_str());
}

}  // namespace

std::string expand_year_spans(std::string_view text, const LanguageData&) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // "(1950-1953)": a span of years in brackets is read "dal … al …".
    if (text[pos] == '(' && is_year_at(text, pos + 1)) {
      std::size_t dash = pos + 5;
      std::size_t dash_length = 0;
      if (text.substr(dash, 1) == "-") dash_length = 1;
      if (text.substr(dash, 3) == "–") dash_length = 3;
      const std::size_t second = dash + dash_length;
      if (dash_length > 0 && is_year_at(text, second) && text.substr(second + 4, 1) == ")") {
        const int from = year_at(text, pos + 1);
        const int to = year_at(text, second);
        if (from < to) {
          out += "(dal " + spell_cardinal(from) + " al " + spell_cardinal(to) + ")";
          pos = second + 5;
          continue;
        }
      }
    }
    out += text[pos++];
  }
  return out;
}

}  // namespace narra
