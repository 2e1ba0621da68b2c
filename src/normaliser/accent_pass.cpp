#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool is_ascii_vowel(char c) {
  const char lower = is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u';
}

// How `word` (its final apostrophe included) is said: a listed word, else its
// longest listed ending replaced; the word itself when nothing matches.
std::string with_accent(std::string_view word, const LanguageData& data) {
  const auto whole = data.accents.find(to_lower(word));
  if (whole != data.accents.end()) return whole->second == whole->first ? std::string(word) : whole->second;
  for (std::size_t length = word.size(); length > 1; --length) {
    const std::string_view ending = word.substr(word.size() - length);
    const auto found = data.accents.find("-" + std::string(ending));
    if (found != data.accents.end()) {
      return std::string(word.substr(0, word.size() - length)) + found->second.substr(1);
    }
  }
  return std::string(word);
}

}  // namespace

std::string resolve_apostrophes(std::string_view text, const LanguageData& data) {
  std::string out;
  bool quoting = false;  // an apostrophe before a word opened a quotation
  std::size_t word_start = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c != '\'') {
      if (!is_word_byte(c)) word_start = out.size() + 1;
      out += c;
      continue;
    }
    const bool after_word = pos > 0 && is_word_byte(text[pos - 1]);
    const bool before_word = pos + 1 < text.size() && is_word_byte(text[pos + 1]);
    if (!after_word && before_word && !is_digit(text[pos + 1])) {
      quoting = true;  // 'basta': a quotation mark, silent
      word_start = out.size();
      continue;
    }
    if (!after_word || before_word || is_digit(text[pos - 1])) {
      out += c;  // an elision (l'Onu), a year ('80), minutes (60')
      word_start = out.size();
      continue;
    }
    if (quoting) {
      quoting = false;  // basta': the quotation closes
      continue;
    }
    const std::string word = out.substr(word_start) + "'";
    if (!is_ascii_vowel(word[word.size() - 2])) {
      out += c;  // a consonant before the apostrophe: an elision before a space ("dell' Alta")
      continue;
    }
    const std::string said = with_accent(word, data);
    out.replace(word_start, std::string::npos, said);
  }
  return out;
}

}  // namespace narra
