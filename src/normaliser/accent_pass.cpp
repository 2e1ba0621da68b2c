#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// The accented letter an apostrophe after `vowel` stands for (accents.tsv):
// its closed form ("e+") when `closed` and the language has one, else its
// usual one; empty when the letter takes no accent.
std::string_view accented(char vowel, bool closed, const LanguageData& data) {
  const std::string key(1, vowel);
  if (closed) {
    if (const auto found = data.accents.find(key + "+"); found != data.accents.end()) return found->second;
  }
  const auto found = data.accents.find(key);
  return found == data.accents.end() ? std::string_view() : std::string_view(found->second);
}

// True when the lower-case word takes a closed é: "perche", "nonche", "ventitre", "ne".
bool acute_e(const std::string& word, const LanguageData& data) {
  if (data.is_cue("acute-e", word)) return true;
  const auto found = data.cues.find("acute-e-ending");
  if (found == data.cues.end()) return false;
  for (const auto& ending : found->second) {
    if (word.size() > ending.size() &&
        word.compare(word.size() - ending.size(), ending.size(), ending) == 0) {
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
    // Quotation marks typed as apostrophes are silent, and leave the script.
    if (starts_with_at(text, pos, "‘")) {
      quote_open = true;
      pos += std::string_view("‘").size() - 1;
      continue;
    }
    if (text[pos] != '\'') {
      out += text[pos];
      continue;
    }
    if (opens_quote(text, pos)) {
      quote_open = true;
      continue;
    }
    std::size_t start = pos;
    while (start > 0 && is_ascii_letter(text[start - 1])) --start;
    const bool word_ends = pos + 1 >= text.size() || !is_word_byte(text[pos + 1]);
    const bool accentable = pos > 0 && !accented(text[pos - 1], false, data).empty();
    const std::string word = to_lower(text.substr(start, pos - start));
    if (word_ends && quote_open && start < pos) {  // the quotation's closing mark
      quote_open = false;
      continue;
    }
    // "cosi'", "E'", "perche'" but not "po'", "de'", nor "l'" before a space.
    if (!accentable || !word_ends || start == pos || (word.size() == 1 && word != "e") ||
        (start > 0 && is_word_byte(text[start - 1])) || data.is_cue("keeps-apostrophe", word)) {
      out += '\'';
      continue;
    }
    out.pop_back();
    out += accented(text[pos - 1], acute_e(word, data), data);
  }
  return out;
}

}  // namespace narra
