#include <array>
#include <utility>

#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

std::string punctuate_for_speech(std::string_view text, const LanguageData&) {
  // Written marks that are pauses when read aloud; quotes are silent.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kMarks = {{
      {"(…)", ","},
      {"(...)", ","},
      {"[…]", ","},
      {"[...]", ","},
      {"…", ","},
      {"...", ","},
      {" – ", ", "},
      {" - ", ", "},
      {" — ", ", "},
      {"“", ""},
      {"”", ""},
      {"«", ""},
      {"»", ""},
      {"\"", ""},
      {"’", "'"},
      {"™", ""},
      {"®", ""},
      {"^", ""},
  }};
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (copy_phonemes(text, pos, out)) continue;
    bool replaced = false;
    for (const auto& [written, spoken] : kMarks) {
      if (text.compare(pos, written.size(), written) == 0) {
        out += spoken;
        pos += written.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = text[pos++];
    if (c == '(') {
      out += ", ";
    } else if (c == ')') {
      out += ',';
    } else {
      out += c;
    }
  }
  // Tidy what the replacements leave: " ," → ",", ",," → ",", doubled spaces.
  std::string tidy;
  for (char c : out) {
    if (c == ',' && !tidy.empty() && tidy.back() == ' ') tidy.pop_back();
    if (c == ',' && !tidy.empty() && tidy.back() == ',') continue;
    if (c == ' ' && !tidy.empty() && tidy.back() == ' ') continue;
    if (c == ' ' && tidy.empty()) continue;
    if ((c == '.' || c == '?' || c == '!') && !tidy.empty() && tidy.back() == ',') tidy.pop_back();
    tidy += c;
  }
  while (!tidy.empty() && (tidy.front() == ',' || tidy.front() == ' ')) tidy.erase(0, 1);
  while (!tidy.empty() && (tidy.back() == ',' || tidy.back() == ' ')) tidy.pop_back();
  return tidy;
}

}  // namespace narra
