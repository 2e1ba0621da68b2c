#include <array>

#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

struct Accented {
  char vowel;
  std::string_view grave;  // "à"
  std::string_view acute;  // "é", or the grave form when the vowel has no other
};

constexpr std::array<Accented, 10> kAccents = {{
    {'a', "à", "à"}, {'e', "è", "é"}, {'i', "ì", "ì"}, {'o', "ò", "ò"}, {'u', "ù", "ù"},
    {'A', "À", "À"}, {'E', "È", "É"}, {'I', "Ì", "Ì"}, {'O', "Ò", "Ò"}, {'U', "Ù", "Ù"},
}};

const Accented* accent_for(char vowel) {
  for (const auto& accented : kAccents) {
    if (accented.vowel == vowel) return &accented;
  }
  return nullptr;
}

// True when the lower-case word takes a closed é: "perche", "nonche", "ventitre", "ne".
bool acute_e(const std::string& word, const LanguageData& data) {
  if (data.is_cue("acute-e", word)) return true;
  const auto found = data.cues.find("acute-e-ending");
  if (found == data.cues.end()) return false;
  for (const auto& ending : found->second) {
    if (word.size() > ending.size() && word.compare(word.size() - ending.size(), ending.size(), ending) == 0) {
      return true;
    }
  }
  return false;
}

// An apostrophe that opens a quotation: after a space or bracket, before a letter.
bool opens_quote(std::string_view text, std::size_t pos) {
  const bool after_space = pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '(' || text[pos - 1] == '[';
  return after_space && pos + 1 < text.size() && is_word_byte(text[pos + 1]) && !is_digit(text[pos + 1]);
}

}  // namespace

std::string restore_accents(std::string_view text, const LanguageData& data) {
  std::string out;
  bool quote_open = false;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (starts_with_at(text, pos, "‘")) quote_open = true;
    if (text[pos] != '\'') {
      out += text[pos];
      continue;
    }
    if (opens_quote(text, pos)) {
      quote_open = true;
      out += '\'';
      continue;
    }
    std::size_t start = pos;
    while (start > 0 && is_ascii_letter(text[start - 1])) --start;
    const bool word_ends = pos + 1 >= text.size() || !is_word_byte(text[pos + 1]);
    const Accented* accent = pos > 0 ? accent_for(text[pos - 1]) : nullptr;
    const std::string word = to_lower(text.substr(start, pos - start));
    if (word_ends && quote_open && start < pos) {  // the quotation's closing mark
      quote_open = false;
      out += '\'';
      continue;
    }
    // "cosi'", "E'", "perche'" but not "po'", "de'", nor "l'" before a space.
    if (accent == nullptr || !word_ends || start == pos || (word.size() == 1 && word != "e") ||
        (start > 0 && is_word_byte(text[start - 1])) || data.is_cue("keeps-apostrophe", word)) {
      out += '\'';
      continue;
    }
    out.pop_back();
    out += accent->vowel == 'e' || accent->vowel == 'E'
               ? (acute_e(word, data) ? accent->acute : accent->grave)
               : accent->grave;
  }
  return out;
}

}  // namespace narra
