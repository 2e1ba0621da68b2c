#include "core/phrasing.h"

#include "core/error.h"
#include "core/tsv.h"
#include "core/utf8.h"

namespace narra {
namespace {

bool is_word_character(char32_t cp) { return is_letter(cp) || (cp >= U'0' && cp <= U'9'); }

// The code points of `text`, with the byte each starts at.
std::vector<std::pair<std::size_t, char32_t>> code_points(std::string_view text) {
  std::vector<std::pair<std::size_t, char32_t>> points;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    points.emplace_back(at, decode_utf8(text, pos));
  }
  return points;
}

// The punctuation after a word's last letter or digit ("Putin»," → "»,").
std::string_view tail(std::string_view word) {
  const auto points = code_points(word);
  std::size_t end = points.size();
  while (end > 0 && !is_word_character(points[end - 1].second)) --end;
  return end == points.size() ? std::string_view() : word.substr(points[end].first);
}

// A capitalised word: its first letter is upper-case ("Putin", "«Mosca", "IV").
bool is_capitalised(std::string_view word) {
  for (const auto& [at, cp] : code_points(word)) {
    if (is_word_character(cp)) return is_upper(cp);
  }
  return false;
}

// Digits, or a Roman numeral in capitals: "4", "IV", "XXI".
bool is_numeral(std::string_view word) {
  const std::string_view bare = word.substr(0, word.size() - tail(word).size());
  if (bare.empty()) return false;
  const bool digits = bare.find_first_not_of("0123456789") == std::string_view::npos;
  return digits || bare.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

bool is_opener(const PhraseWords& words, const std::string& bare) {
  if (words.openers.count(bare) > 0) return true;
  // An elided opener written onto its word: "dell'aereo", "l'accordo".
  const auto apostrophe = bare.find('\'');
  return apostrophe != std::string::npos && apostrophe + 1 < bare.size() &&
         words.openers.count(bare.substr(0, apostrophe + 1)) > 0;
}

bool starts_with_any(std::string_view word, std::initializer_list<std::string_view> prefixes) {
  for (const std::string_view prefix : prefixes) {
    if (word.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// The cut after words[i] of `pieces`.
Cut cut_after(const std::vector<std::string_view>& pieces, std::size_t i, const PhraseWords& words) {
  if (i + 1 == pieces.size()) return Cut::sentence;
  const std::string_view word = pieces[i];
  const std::string_view next = pieces[i + 1];
  const std::string_view punctuation = tail(word);
  if (punctuation.find_first_of(".!?") != std::string_view::npos ||
      punctuation.find("\u2026") != std::string_view::npos) {
    return Cut::sentence;
  }
  if (punctuation.find_first_of(",;:)]") != std::string_view::npos ||
      starts_with_any(next, {"(", "[", "-", "\u2013", "\u2014"})) {
    return Cut::clause;
  }
  const std::string bare = bare_word(word);
  if (words.openers.count(bare) > 0) return Cut::never;
  // A name holds together: capitalised words in a row, a numeral before a
  // capitalised word, and capitalised words joined by a name link.
  if (is_capitalised(next) && (is_capitalised(word) || is_numeral(word))) return Cut::never;
  if (is_capitalised(word) && i + 2 < pieces.size() && words.name_links.count(bare_word(next)) > 0 &&
      is_capitalised(pieces[i + 2])) {
    return Cut::never;
  }
  if (is_opener(words, bare_word(next)) || starts_with_any(next, {"\"", "\u00AB", "\u201C"}))
    return Cut::phrase;
  // A name is a whole phrase: its end is one too (not a capital that only starts the text).
  if (i > 0 && is_capitalised(word) && !is_capitalised(next)) return Cut::phrase;
  return Cut::word;
}

}  // namespace

PhraseWords load_phrase_words(const std::filesystem::path& language_dir) {
  const std::filesystem::path file = language_dir / "phrasing.tsv";
  PhraseWords words;
  for (const auto& row : read_tsv(file, 2, 2)) {
    const std::string& kind = row.fields[0];
    if (kind == "article" || kind == "preposition" || kind == "auxiliary" || kind == "conjunction") {
      words.openers.insert(to_lower(row.fields[1]));
    } else if (kind == "name-link") {
      words.name_links.insert(to_lower(row.fields[1]));
    } else {
      throw bad_data_line(
          file, row.line,
          "unknown kind '" + kind + "' (article, preposition, auxiliary, conjunction or name-link)");
    }
  }
  return words;
}

std::string bare_word(std::string_view word) {
  const auto points = code_points(word);
  std::size_t first = 0;
  while (first < points.size() && !is_word_character(points[first].second)) ++first;
  std::size_t end = points.size();
  while (end > first && !is_word_character(points[end - 1].second)) --end;
  if (first == end) return {};
  // An elided word keeps its apostrophe: "dell'".
  const bool elided = end < points.size() && points[end].second == U'\'';
  const std::size_t stop = elided ? end + 1 : end;
  const std::size_t to = stop < points.size() ? points[stop].first : word.size();
  return to_lower(word.substr(points[first].first, to - points[first].first));
}

std::vector<TextWord> split_words(std::string_view text, const PhraseWords& words) {
  std::vector<TextWord> out;
  std::vector<std::string_view> pieces;
  for (std::size_t pos = 0; pos < text.size();) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const std::size_t end = std::min(text.find(' ', pos), text.size());
    if (pos >= end) break;
    out.push_back({pos, end, Cut::sentence});
    pieces.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  for (std::size_t i = 0; i < out.size(); ++i) out[i].after = cut_after(pieces, i, words);
  return out;
}

}  // namespace narra
